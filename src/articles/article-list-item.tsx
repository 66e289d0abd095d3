// One row of an article list: title link, source · channel, date, reading time, excerpt, thumbnail, save.
import { memo } from 'react';
import { ArticleLink } from '@/articles/article-link';
import { t } from '@/i18n/locale';
import { SaveButton } from '@/saved/save-button';
import type { ArticleSummary } from '@/shared/schema';
import { CategoryTrail } from '@/ui/category-trail';
import { DateText } from '@/ui/date-text';
import { Thumbnail } from '@/ui/thumbnail';

// Memoised: the windowed list re-renders on every scroll step, the rows themselves rarely change.
export const ArticleListItem = memo(function ArticleListItem({ article }: { article: ArticleSummary }) {
  return (
    <div className="item">
      <div className="item-text">
        <h2 className="item-title" lang={article.lang}>
          <ArticleLink id={article.id} className="item-link">
            {article.title || t.untitled}
          </ArticleLink>
        </h2>
        <p className="item-meta">
          <CategoryTrail category={article.category} />
          {article.date && (
            <>
              <span aria-hidden="true"> · </span>
              <DateText iso={article.date} />
            </>
          )}
          <span aria-hidden="true"> · </span>
          <span>{t.readingTime(article.readingMinutes)}</span>
        </p>
        {article.excerpt && (
          <p className="item-excerpt" lang={article.lang}>
            {article.excerpt}
          </p>
        )}
      </div>
      <Thumbnail src={article.leadImage} />
      <div className="item-actions">
        <SaveButton article={article} />
      </div>
    </div>
  );
});
