// The worker URL policy signs the app's own sw.js and nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { trustedWorkerUrl } from '@/app/trusted-worker-url';

type Rules = { createScriptURL(url: string): string };
const win = window as { trustedTypes?: unknown };

afterEach(() => {
  delete win.trustedTypes;
});

describe('trustedWorkerUrl', () => {
  it('passes the string through where there are no Trusted Types', () => {
    expect(trustedWorkerUrl('/sw.js')).toBe('/sw.js');
  });

  it('signs only the app\'s own worker through the kanbao-worker policy', () => {
    const created: string[] = [];
    win.trustedTypes = {
      createPolicy(name: string, rules: Rules) {
        created.push(name);
        return { createScriptURL: (url: string) => ({ signed: rules.createScriptURL(url) }) };
      },
    };
    expect(trustedWorkerUrl('/sw.js')).toEqual({ signed: new URL('/sw.js', window.location.href).href });
    expect(created).toEqual(['kanbao-worker']);
    for (const other of ['/evil.js', 'https://evil.example/sw.js', '/sw.js?x=1', 'data:text/javascript,1']) {
      expect(() => trustedWorkerUrl(other)).toThrow(/refused/);
    }
  });
});
