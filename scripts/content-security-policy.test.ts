// The shipped policy: strict where it must be, in step with the embed allowlist, injected once, and documented as shipped.
import { readFileSync } from 'node:fs';
import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerPolicy, metaPolicy } from './content-security-policy.ts';
import { EMBED_HOSTS } from '../src/shared/embed-hosts.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));

describe('the policy', () => {
  const meta = directives(metaPolicy);

  it('denies by default and allows no inline or evaluated script', () => {
    expect(meta.get('default-src')).toBe("'none'");
    expect(meta.get('script-src')).toBe("'self'");
    expect(metaPolicy).not.toMatch(/unsafe-|'strict-dynamic'|\*/);
    for (const name of ['object-src', 'base-uri', 'form-action']) expect(meta.get(name)).toBe("'none'");
  });

  it('enforces Trusted Types with only DOMPurify\'s and the worker\'s policies', () => {
    expect(meta.get('require-trusted-types-for')).toBe("'script'");
    expect(meta.get('trusted-types')).toBe('dompurify kanbao-worker');
  });

  it('frames exactly the embed hosts, over https', () => {
    expect(meta.get('frame-src')?.split(' ')).toEqual(EMBED_HOSTS.map((host) => `https://${host}`));
  });

  it('keeps header-only directives out of the meta tag, where browsers ignore them', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
  });

  it('is what docs/deploy.md tells servers to send', () => {
    const deploy = readFileSync(new URL('../docs/deploy.md', import.meta.url), 'utf8');
    expect(deploy).toContain(`Content-Security-Policy: ${headerPolicy}\n`);
    expect(deploy).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
  });
});

describe('the build plugin', () => {
  const plugin = contentSecurityPolicy();
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  const transform = (html: string) => hook.handler.call({} as never, html, { path: '/index.html', filename: 'index.html' });

  it('runs for builds only', () => {
    expect(plugin.apply).toBe('build');
  });

  it('puts the meta tag right after the charset, before any script', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/a.js"></script>\n</head>';
    const out = String(transform(html));
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(out).toContain(`content="${metaPolicy}"`);
  });

  it('fails the build rather than ship a page without the policy', () => {
    expect(() => transform('<head><script src="/a.js"></script></head>')).toThrow(/charset/);
  });
});
