// A link to an article page that prefetches the article on intent: a resting mouse, focus or a touch (docs/performance.md).
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { prefetchArticle, preloadArticleRoute } from '@/articles/prefetch-article';

/**
 * A mouse that rests on a link this long means intent. A list scrolled under a resting pointer passes a row under it
 * every few milliseconds, and each would otherwise fetch an article (and keep it for the query's gcTime).
 */
export const HOVER_INTENT_MS = 100;

export function articleHref(id: string): string {
  return `/article/${encodeURIComponent(id)}`;
}

export function ArticleLink({
  id,
  className,
  rel,
  children,
}: {
  id: string;
  className?: string;
  rel?: string;
  children: ReactNode;
}) {
  const client = useQueryClient();
  // Not on sight: a phone scrolling past a list should not pay for articles it never opens.
  // A touch starts ~100 ms before the click, a hover or focus usually longer.
  const onIntent = () => {
    prefetchArticle(client, id);
    preloadArticleRoute();
  };
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hoverTimer.current), []);

  return (
    <Link
      to={articleHref(id)}
      className={className}
      rel={rel}
      onPointerEnter={(event) => {
        if (event.pointerType !== 'mouse') return;
        clearTimeout(hoverTimer.current);
        hoverTimer.current = setTimeout(onIntent, HOVER_INTENT_MS);
      }}
      onPointerLeave={() => clearTimeout(hoverTimer.current)}
      onFocus={onIntent}
      onTouchStart={onIntent}
    >
      {children}
    </Link>
  );
}
