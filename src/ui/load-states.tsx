// The two ways a page can fail, told apart: "not found" (a way home) and "could not load" (Retry).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '@/i18n/locale';
import { isNotFound } from '@/shared/fetch-json';

export function NotFound({ message }: { message: string }) {
  return (
    <section className="state-panel" aria-labelledby="state-title">
      <title>{`${t.notFoundTitle} · ${t.appName}`}</title>
      <h1 id="state-title">{t.notFoundTitle}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t.backHome}</Link>
      </p>
    </section>
  );
}

export function LoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <section className="state-panel" role="alert" aria-labelledby="state-title">
      <title>{`${t.loadErrorTitle} · ${t.appName}`}</title>
      <h1 id="state-title">{t.loadErrorTitle}</h1>
      <p>{t.loadErrorBody}</p>
      <p className="state-actions">
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
        <Link to="/">{t.backHome}</Link>
      </p>
    </section>
  );
}

/** Picks the right failure view for a query error. */
export function QueryFailure({
  error,
  notFoundMessage,
  onRetry,
}: {
  error: unknown;
  notFoundMessage: string;
  onRetry: () => void;
}): ReactNode {
  return isNotFound(error) ? <NotFound message={notFoundMessage} /> : <LoadError onRetry={onRetry} />;
}
