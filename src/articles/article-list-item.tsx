// One row of an article list: title link, source · channel, date, reading time, excerpt, thumbnail, save.
import '@/comfort/comfort.css';
import { memo, type ReactNode } from 'react';
import { ArticleLink } from '@/articles/article-link';
import { useIsRead } from '@/comfort/use-comfort';
import { t } from '@/i18n/locale';
import { SaveButton } from '@/saved/save-button';
import type { ArticleSummary } from '@/shared/schema';
import { CategoryTrail } from '@/ui/category-trail';
import { DateText } from '@/ui/date-text';
import { Thumbnail } from '@/ui/thumbnail';

// Memoised: the windowed list re-renders on every scroll step, the rows themselves rarely change.
const plain = (text: string): ReactNode => text;

/** `renderText` lets the search results mark matches in the title, category names and excerpt. */
export const ArticleListItem = memo(function ArticleListItem({
  article,
  renderText = plain,
}: {
  article: ArticleSummary;
  renderText?: (text: string) => ReactNode;
}) {
  const read = useIsRead(article.id);
  return (
    <div className={read ? 'item is-read' : 'item'}>
      <div className="item-text">
        <h2 className="item-title" lang={article.lang}>
          <ArticleLink id={article.id} className="item-link">
            {article.title ? renderText(article.title) : t.untitled}
          </ArticleLink>
        </h2>
        <p className="item-meta">
          <CategoryTrail category={article.category} renderText={renderText} />
          {article.date && (
            <>
              <span aria-hidden="true"> · </span>
              <DateText iso={article.date} />
            </>
          )}
          <span aria-hidden="true"> · </span>
          <span>{t.readingTime(article.readingMinutes)}</span>
          {read && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="read-mark">{t.readMark}</span>
            </>
          )}
        </p>
        {article.excerpt && (
          <p className="item-excerpt" lang={article.lang}>
            {renderText(article.excerpt)}
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
