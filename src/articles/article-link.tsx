// A link to an article page that prefetches the article on hover, focus and a moment in view.
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { prefetchArticle, prefetchWhenVisible, preloadArticleRoute } from '@/articles/prefetch-article';

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
  const ref = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    const element = ref.current;
    return element ? prefetchWhenVisible(element, () => prefetchArticle(client, id)) : undefined;
  }, [client, id]);

  const onIntent = () => {
    prefetchArticle(client, id);
    preloadArticleRoute();
  };

  return (
    <Link ref={ref} to={articleHref(id)} className={className} rel={rel} onMouseEnter={onIntent} onFocus={onIntent}>
      {children}
    </Link>
  );
}
