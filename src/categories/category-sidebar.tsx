// The sidebar's category tree, fed by the manifest query, with its own small loading and error states; loaded apart from the shell.
import { useQuery } from '@tanstack/react-query';
import { CategoryTree } from '@/categories/category-tree';
import { manifestQuery } from '@/categories/manifest-query';
import { TreeSkeleton } from '@/categories/tree-skeleton';
import { t } from '@/i18n/locale';

export function CategorySidebar({ current, currentIsPage }: { current: readonly string[]; currentIsPage: boolean }) {
  const manifest = useQuery(manifestQuery());
  if (manifest.isPending) return <TreeSkeleton />;
  if (manifest.isError) {
    return (
      <div className="tree-error" role="alert">
        <p>{t.loadErrorTitle}</p>
        <button type="button" className="button" onClick={() => manifest.refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <CategoryTree categories={manifest.data.categories} current={current} currentIsPage={currentIsPage} />;
}
