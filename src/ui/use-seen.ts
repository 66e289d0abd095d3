// Whether an element has come near the viewport yet (and stays true after), for work worth doing only for what is seen.
import { type RefObject, useEffect, useState } from 'react';

export function useSeen(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  // Without IntersectionObserver (old browsers, jsdom) everything counts as seen.
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen, rootMargin]);
  return seen;
}
