// The router's error boundary: a 404 response reads "not found", anything else "could not load".
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { t } from '@/i18n/locale';
import { LoadError, NotFound } from '@/ui/load-states';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound message={t.notFoundPage} />;
  // Usually a route chunk that failed to download (offline, or a newer deployment replaced it).
  return <LoadError onRetry={() => window.location.reload()} />;
}

export function NotFoundRoute() {
  return <NotFound message={t.notFoundPage} />;
}
