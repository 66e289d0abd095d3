// The current row of the page's list for j/k/o/s: found by focus or remembered by index, so a windowed list works.
import { KEYBOARD_LIST_ATTRIBUTE, SCROLL_TO_INDEX_EVENT } from '@/shared/keyboard-list';

/** Frames to wait for a windowed list to render a row it was asked to scroll to. */
const RENDER_FRAMES = 30;

/** The last row moved to, by page address: focus is lost when its row leaves the window or the reader opens it. */
let remembered: { path: string; index: number } | null = null;

export function currentList(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`main [${KEYBOARD_LIST_ATTRIBUTE}]`);
}

function rows(list: HTMLElement): HTMLLIElement[] {
  return [...list.children].filter((child): child is HTMLLIElement => child instanceof HTMLLIElement);
}

function indexOf(list: HTMLElement, row: HTMLLIElement): number {
  const index = row.dataset.index;
  return index === undefined ? rows(list).indexOf(row) : Number(index);
}

function rowAt(list: HTMLElement, index: number): HTMLLIElement | undefined {
  return rows(list).find((row) => indexOf(list, row) === index);
}

function count(list: HTMLElement): number {
  const declared = Number(list.dataset.count);
  return Number.isInteger(declared) && declared >= 0 ? declared : rows(list).length;
}

function isOnScreen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  return rect.bottom > headerBottom && rect.top < window.innerHeight;
}

/** The current row: the one holding focus, else the remembered one if it is still on screen. */
export function currentRow(list: HTMLElement | null = currentList()): HTMLLIElement | null {
  if (!list) return null;
  const focused = document.activeElement?.closest('li');
  if (focused && focused.parentElement === list) return focused as HTMLLIElement;
  if (remembered?.path !== location.pathname) return null;
  const row = rowAt(list, remembered.index);
  return row && isOnScreen(row) ? row : null;
}

function focusRow(row: HTMLLIElement): void {
  const link = row.querySelector<HTMLElement>('a[href]');
  link?.focus({ preventScroll: true });
  // `block: nearest` respects the row's scroll-margin (global.css), so the row is not left under the sticky header.
  row.scrollIntoView({ block: 'nearest' });
}

async function renderedRow(list: HTMLElement, index: number): Promise<HTMLLIElement | undefined> {
  for (let frame = 0; frame < RENDER_FRAMES; frame++) {
    const row = rowAt(list, index);
    if (row) return row;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return undefined;
}

/** Moves to the next (1) or previous (-1) row; from no current row, to the first row on screen. */
export async function moveCursor(delta: 1 | -1): Promise<void> {
  const list = currentList();
  if (!list) return;
  const current = currentRow(list);
  let target: number;
  if (current) {
    target = Math.min(Math.max(indexOf(list, current) + delta, 0), count(list) - 1);
  } else {
    const visible = rows(list).filter(isOnScreen);
    const first = visible.length ? Math.min(...visible.map((row) => indexOf(list, row))) : 0;
    target = first;
  }
  if (target < 0) return;
  remembered = { path: location.pathname, index: target };
  if (!rowAt(list, target)) list.dispatchEvent(new CustomEvent(SCROLL_TO_INDEX_EVENT, { detail: target }));
  const row = await renderedRow(list, target);
  if (row && remembered.index === target) focusRow(row);
}

export function openCurrent(): boolean {
  const link = currentRow()?.querySelector<HTMLElement>('a[href]');
  link?.click();
  return Boolean(link);
}

/** Toggles saving of the current row, or of the open article. */
export function saveCurrent(): boolean {
  const scope = currentRow() ?? document.querySelector('main article');
  const button = scope?.querySelector<HTMLElement>('button.save-button');
  button?.click();
  return Boolean(button);
}
