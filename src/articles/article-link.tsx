// A link to an article page that prefetches the article on intent: hover, focus or a touch (docs/performance.md).
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { prefetchArticle, preloadArticleRoute } from '@/articles/prefetch-article';

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

  return (
    <Link
      to={articleHref(id)}
      className={className}
      rel={rel}
      onMouseEnter={onIntent}
      onFocus={onIntent}
      onTouchStart={onIntent}
    >
      {children}
    </Link>
  );
}
