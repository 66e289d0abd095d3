// The article body: sanitised at render time, then given image fallbacks, click-to-load embeds and scrolling tables.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { addEmbedButtons, loadEmbed, markScrollables, replaceBrokenImage } from '@/articles/body-enhancements';
import { sanitiseBody } from '@/articles/sanitise-body';

export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitiseBody(html), [html]);
  const ref = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: React replaces the body's DOM when `clean` changes, so the enhancements must run again
  useLayoutEffect(() => {
    const body = ref.current;
    if (!body) return;
    // Image errors do not bubble, so one capture-phase listener on the container sees them all; it is
    // attached in the same task that set the HTML, before any image can have failed.
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement) replaceBrokenImage(event.target);
    };
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('.embed-load') : null;
      const slot = button?.closest<HTMLElement>('[data-embed-src]');
      if (slot) loadEmbed(slot)?.focus();
    };
    body.addEventListener('error', onError, true);
    body.addEventListener('click', onClick);
    addEmbedButtons(body);
    markScrollables(body);
    return () => {
      body.removeEventListener('error', onError, true);
      body.removeEventListener('click', onClick);
    };
  }, [clean]);

  return (
    <div ref={ref} className="prose" data-article-body dangerouslySetInnerHTML={{ __html: clean }} />
  );
}
