import { describe, expect, it } from 'vitest';
import { createKeyMatcher } from '@/keyboard/key-sequence';

const bindings = { j: 'next', 'g h': 'home', 'g s': 'saved', s: 'save' } as const;

describe('createKeyMatcher', () => {
  it('maps single keys', () => {
    const m = createKeyMatcher(bindings, 1000);
    expect(m.press('j', 0)).toBe('next');
    expect(m.press('x', 1)).toBeNull();
  });

  it('completes a two-key sequence, where the second key alone means something else', () => {
    const m = createKeyMatcher(bindings, 1000);
    expect(m.press('g', 0)).toBe('pending');
    expect(m.press('s', 500)).toBe('saved');
    expect(m.press('s', 600)).toBe('save');
  });

  it('drops a sequence that took too long, or was broken by another key', () => {
    const m = createKeyMatcher(bindings, 1000);
    m.press('g', 0);
    expect(m.press('h', 1001)).toBeNull();
    m.press('g', 2000);
    expect(m.press('x', 2001)).toBeNull();
    expect(m.press('h', 2002)).toBeNull();
  });

  it('forgets a pending prefix on reset', () => {
    const m = createKeyMatcher(bindings, 1000);
    m.press('g', 0);
    m.reset();
    expect(m.press('h', 1)).toBeNull();
  });
});
