// Grey placeholders with the same box sizes as the content they stand for, so nothing shifts on load.
import { t } from '@/i18n/locale';

export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="list-skeleton">
      <p className="visually-hidden" role="status">
        {t.loading}
      </p>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders with no identity
        <div className="item skeleton-item" aria-hidden="true" key={i}>
          <div className="item-text">
            <span className="skeleton-line wide" />
            <span className="skeleton-line short" />
            <span className="skeleton-line" />
          </div>
          <span className="thumb skeleton-box" />
        </div>
      ))}
    </div>
  );
}

export function ArticleSkeleton() {
  return (
    <div className="article-skeleton">
      <p className="visually-hidden" role="status">
        {t.loading}
      </p>
      <span className="skeleton-line short" aria-hidden="true" />
      <span className="skeleton-line title" aria-hidden="true" />
      <span className="skeleton-line short" aria-hidden="true" />
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders with no identity
        <span className="skeleton-line" aria-hidden="true" key={i} />
      ))}
    </div>
  );
}
