import { describe, expect, it } from 'vitest';
import { isShortcutCandidate, isTypingTarget, type KeyPress } from '@/keyboard/key-filter';

function press(overrides: Partial<KeyPress> = {}): KeyPress {
  return {
    key: 'j',
    keyCode: 74,
    isComposing: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    defaultPrevented: false,
    target: document.body,
    ...overrides,
  };
}

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector('[data-target]') as Element;
}

describe('isShortcutCandidate', () => {
  it.each([
    ['a plain key on the page', press(), true],
    ['Shift (for ?) is allowed', press({ key: '?' }), true],
    ['while an input method composes', press({ isComposing: true }), false],
    ['the IME keyCode 229 without isComposing', press({ keyCode: 229 }), false],
    ['the "Process" key', press({ key: 'Process' }), false],
    ['with Ctrl', press({ ctrlKey: true }), false],
    ['with Alt', press({ altKey: true }), false],
    ['with Meta', press({ metaKey: true }), false],
    ['already handled', press({ defaultPrevented: true }), false],
  ])('%s: %s', (_name, event, expected) => {
    expect(isShortcutCandidate(event)).toBe(expected);
  });

  it.each([
    ['<input data-target>', true],
    ['<input type="checkbox" data-target>', true],
    ['<textarea data-target></textarea>', true],
    ['<select data-target><option>a</option></select>', true],
    ['<button data-target>b</button>', false],
    ['<a href="/x" data-target>x</a>', false],
  ])('typing in %s: %s', (html, typing) => {
    const target = element(html);
    expect(isTypingTarget(target)).toBe(typing);
    expect(isShortcutCandidate(press({ target }))).toBe(!typing);
  });

  it('ignores keys inside contenteditable', () => {
    const target = element('<div contenteditable="true"><p data-target>text</p></div>');
    // jsdom does not compute isContentEditable, so the check is stubbed the way a browser answers it.
    Object.defineProperty(target, 'isContentEditable', { value: true });
    expect(isShortcutCandidate(press({ target }))).toBe(false);
  });
});
