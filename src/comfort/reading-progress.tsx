// A thin bar under the header showing how far through a long article the reader is.
import '@/comfort/comfort.css';
import { type RefObject, useEffect, useRef } from 'react';

/** Shorter articles than this many screens get no bar: the scrollbar says enough. */
const LONG_SCREENS = 2;

/** How far the reader is through `article`, from 0 (its top at the reading line) to 1 (its end in view). */
export function progressThrough(top: number, height: number, scrollY: number, viewport: number): number {
  const span = height - viewport;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (scrollY - top) / span));
}

// Decorative (aria-hidden): screen readers already know where they are, and a live progressbar that changes on
// every scroll step would be announced (NVDA beeps progress bars by default) while the reader is listening.
export function ReadingProgress({ articleRef }: { articleRef: RefObject<HTMLElement | null> }) {
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const bar = barRef.current;
    const article = articleRef.current;
    if (!bar || !article) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const rect = article.getBoundingClientRect();
      const long = rect.height > LONG_SCREENS * window.innerHeight;
      bar.hidden = !long;
      const value = progressThrough(rect.top + window.scrollY, rect.height, window.scrollY, window.innerHeight);
      bar.style.setProperty('--progress', value.toFixed(3));
      bar.dataset.progress = String(Math.round(value * 100));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(article);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resize?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [articleRef]);

  return <div ref={barRef} className="reading-progress" aria-hidden="true" hidden />;
}
