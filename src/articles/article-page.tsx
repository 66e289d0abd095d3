// The article route: title, meta line, hero image, the sanitised body, save, and newer/older in the category.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ArticleBody } from '@/articles/article-body';
import { ArticleLink } from '@/articles/article-link';
import { articleQueries } from '@/articles/article-queries';
import { readStore } from '@/comfort/read-store';
import { ReadingProgress } from '@/comfort/reading-progress';
import { readingStyle } from '@/comfort/reading-settings';
import { useReadingSettings } from '@/comfort/use-comfort';
import { useReadingPosition } from '@/comfort/use-reading-position';
import { t } from '@/i18n/locale';
import { SaveButton } from '@/saved/save-button';
import type { Article } from '@/shared/schema';
import { CategoryTrail } from '@/ui/category-trail';
import { DateText } from '@/ui/date-text';
import { QueryFailure } from '@/ui/load-states';
import { ArticleSkeleton } from '@/ui/skeleton';

function HeroImage({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return (
    <figure className="hero">
      <img src={src} alt="" referrerPolicy="no-referrer" decoding="async" onError={() => setFailed(true)} />
    </figure>
  );
}

function Neighbours({ article }: { article: Article }) {
  if (!article.newer && !article.older) return null;
  return (
    <nav className="neighbours" aria-label={t.articleNeighbours}>
      {article.newer && (
        <ArticleLink id={article.newer.id} className="neighbour newer" rel="prev">
          <span className="neighbour-label">← {t.newer}</span>
          <span className="neighbour-title">{article.newer.title || t.untitled}</span>
        </ArticleLink>
      )}
      {article.older && (
        <ArticleLink id={article.older.id} className="neighbour older" rel="next">
          <span className="neighbour-label">{t.older} →</span>
          <span className="neighbour-title">{article.older.title || t.untitled}</span>
        </ArticleLink>
      )}
    </nav>
  );
}

function ArticleView({ article }: { article: Article }) {
  const ref = useRef<HTMLElement>(null);
  const settings = useReadingSettings();
  useEffect(() => readStore.markRead(article.id), [article.id]);
  useReadingPosition(article.id, ref);
  return (
    <article ref={ref} className="article comfort" lang={article.lang} style={readingStyle(settings)}>
      <ReadingProgress articleRef={ref} />
      <title>{`${article.title || t.untitled} · ${t.appName}`}</title>
      <header className="article-header">
        <p className="article-kicker">
          <CategoryTrail category={article.category} />
        </p>
        <h1>{article.title || t.untitled}</h1>
        <p className="article-meta">
          {article.author && <span>{t.byAuthor(article.author)}</span>}
          {article.date && <DateText iso={article.date} exact />}
          <span>{t.readingTime(article.readingMinutes)}</span>
        </p>
        <SaveButton article={article} labelled />
      </header>
      {article.heroImage && <HeroImage src={article.heroImage} />}
      <ArticleBody html={article.html} />
      <footer className="article-footer">
        <Neighbours article={article} />
      </footer>
    </article>
  );
}

export function ArticlePage() {
  const { id = '' } = useParams();
  const query = useQuery(articleQueries.detail(id));
  if (query.isPending) return <ArticleSkeleton />;
  if (query.isError) {
    return <QueryFailure error={query.error} notFoundMessage={t.notFoundArticle} onRetry={() => query.refetch()} />;
  }
  return <ArticleView key={query.data.id} article={query.data} />;
}
