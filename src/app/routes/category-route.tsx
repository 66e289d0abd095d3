// A category page: breadcrumb, heading with the count, subcategories and that category's article list.
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { ArticleList } from '@/articles/article-list';
import { Breadcrumb } from '@/categories/breadcrumb';
import { findCategory } from '@/categories/find-category';
import { manifestQuery } from '@/categories/manifest-query';
import { formatCount } from '@/i18n/format-count';
import { t } from '@/i18n/locale';
import { categoryHref, parseCategoryPathname } from '@/shared/category-url';
import { NotFound, QueryFailure } from '@/ui/load-states';
import { ListSkeleton } from '@/ui/skeleton';

export function CategoryRoute() {
  const path = parseCategoryPathname(useLocation().pathname);
  const manifest = useQuery(manifestQuery());

  if (!path) return <NotFound message={t.notFoundCategory} />;
  if (manifest.isPending) return <ListSkeleton />;
  if (manifest.isError) {
    return <QueryFailure error={manifest.error} notFoundMessage={t.notFoundCategory} onRetry={() => manifest.refetch()} />;
  }
  const node = findCategory(manifest.data.categories, path);
  if (!node) return <NotFound message={t.notFoundCategory} />;

  return (
    <>
      <title>{`${node.name} · ${t.appName}`}</title>
      <Breadcrumb path={node.path} />
      <h1 className="page-title">
        {node.name} <span className="page-count">{t.articleCount(node.count)}</span>
      </h1>
      {node.children.length > 0 && (
        <ul className="chips" aria-label={t.expandGroup(node.name)}>
          {node.children.map((child) => (
            <li key={child.key}>
              <Link to={categoryHref(child.path)} className="chip">
                {child.name} <span className="count">{formatCount(child.count)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <ArticleList key={node.key} listKey={node.key} label={node.name} emptyText={t.emptyCategory} />
    </>
  );
}
