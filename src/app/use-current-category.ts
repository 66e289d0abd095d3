// Which category the sidebar should mark: the one in a /category/ URL, or the category of the open article.
import { useQuery } from '@tanstack/react-query';
import { useLocation, useMatch } from 'react-router';
import { articleQueries } from '@/articles/article-queries';
import { parseCategoryPathname } from '@/shared/category-url';

const none: readonly string[] = [];

export function useCurrentCategory(): { path: readonly string[]; isPage: boolean } {
  const { pathname } = useLocation();
  const articleId = useMatch('/article/:id')?.params.id;
  // Reads the article the page itself loads; it never fetches on its own account.
  const article = useQuery({ ...articleQueries.detail(articleId ?? ''), enabled: false });
  const categoryPath = parseCategoryPathname(pathname);
  if (categoryPath) return { path: categoryPath, isPage: true };
  if (articleId && article.data) return { path: article.data.category, isPage: false };
  return { path: none, isPage: false };
}
