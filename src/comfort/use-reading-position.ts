// Keeps and restores an article's reading position by block, and holds it in place when the text reflows.
import { type RefObject, useEffect } from 'react';
import { positionStore } from '@/comfort/position-store';
import { type Anchor, anchorAt, type BlockBox, offsetOf, readingBlocks } from '@/comfort/reading-position';

const SAVE_DELAY_MS = 400;
/** How long a restored position is defended against the router's own scroll restoration and late layout. */
const RESTORE_MS = 1500;
const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** The reading line: just below the sticky header, in page coordinates. */
function readingLine(): number {
  const header = document.querySelector('.site-header');
  return window.scrollY + (header ? header.getBoundingClientRect().bottom : 0) + 1;
}

function boxes(body: Element): BlockBox[] {
  return readingBlocks(body).map((block) => {
    const rect = block.getBoundingClientRect();
    return { top: rect.top + window.scrollY, height: rect.height };
  });
}

function scrollToAnchor(body: Element, anchor: Anchor): void {
  const offset = offsetOf(boxes(body), anchor);
  if (offset === null) return;
  const top = offset - (readingLine() - window.scrollY);
  // Already there (give or take rounding): scrolling again would only fire another scroll event.
  if (Math.abs(top - window.scrollY) > 2) window.scrollTo({ top, behavior: 'instant' });
}

export function useReadingPosition(id: string, articleRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const body = articleRef.current?.querySelector('[data-article-body]');
    if (!body) return;
    let anchor = positionStore.get(id) ?? null;
    // The router restores its own pixel position (or the top) around the same time, possibly later: until the
    // reader does something, or a moment has passed, the restored anchor wins over any scroll.
    let restoring = anchor !== null;
    const stopRestoring = () => {
      restoring = false;
    };
    const restoreTimer = setTimeout(stopRestoring, RESTORE_MS);
    for (const type of USER_INPUT) window.addEventListener(type, stopRestoring, { passive: true, capture: true });
    if (anchor) scrollToAnchor(body, anchor);

    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(saveTimer);
      saveTimer = undefined;
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      // Read to the end, or back above the body: the next visit starts at the top.
      positionStore.set(id, atEnd ? null : anchor);
    };

    // Text size, line width, typeface or late images change the body's height: stay on the same words.
    let lastHeight = body.getBoundingClientRect().height;
    /** True when the body reflowed since last seen; the page is then put back on the anchor, not re-read. */
    const holdOnReflow = (): boolean => {
      const height = body.getBoundingClientRect().height;
      if (height === lastHeight) return false;
      lastHeight = height;
      if (anchor) scrollToAnchor(body, anchor);
      return true;
    };

    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // A reflow the resize observer has not reported yet would make the reading line point at other words.
        if (holdOnReflow()) return;
        if (restoring && anchor) return scrollToAnchor(body, anchor);
        anchor = anchorAt(boxes(body), readingLine());
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, SAVE_DELAY_MS);
      });
    };
    // jsdom and very old browsers have no ResizeObserver: the position is then only kept, not held through reflows.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(holdOnReflow) : null;
    resize?.observe(body);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      resize?.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(restoreTimer);
      for (const type of USER_INPUT) window.removeEventListener(type, stopRestoring, { capture: true });
      if (saveTimer !== undefined) save();
    };
  }, [id, articleRef]);
}
