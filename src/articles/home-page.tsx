// The home route: the newest articles across every category.
import { ArticleList } from '@/articles/article-list';
import { t } from '@/i18n/locale';
import { ALL_ARTICLES_KEY } from '@/shared/schema';

export function HomePage() {
  return (
    <>
      <title>{`${t.home} · ${t.appName}`}</title>
      <h1 className="page-title">{t.home}</h1>
      <ArticleList listKey={ALL_ARTICLES_KEY} label={t.allArticles} emptyText={t.emptyCollection} />
    </>
  );
}
