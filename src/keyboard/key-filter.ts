// Which key presses may be shortcuts: none while typing in a field, composing with an input method, or with Ctrl/Alt/Meta.

/** The fields of a KeyboardEvent the filter reads, so tests can pass plain objects. */
export interface KeyPress {
  key: string;
  keyCode: number;
  isComposing: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** keyCode 229 is what browsers report for keys an input method takes, even where isComposing is not set. */
const IME_KEY_CODE = 229;

export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  return target instanceof HTMLElement && Boolean(target.isContentEditable);
}

export function isShortcutCandidate(event: KeyPress): boolean {
  if (event.defaultPrevented || event.isComposing || event.keyCode === IME_KEY_CODE || event.key === 'Process') return false;
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  return !isTypingTarget(event.target);
}
