// Resolves once the first route has rendered with its data and the browser is idle: when to start what the first screen does not need.
import type { createBrowserRouter } from 'react-router';
import { queryClient } from '@/app/query-client';

/** Safari has no requestIdleCallback; a short timer after the data is close enough there. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
}

let settle = () => {};
/**
 * The service worker's precaching and the shortcuts' chunk would otherwise compete with the first screen for the
 * network and the main thread. The 'load' event is too early a signal: a lazy route's chunk and data come after it.
 */
export const firstScreenSettled = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Started once by main.tsx: waits until the router has its first route and no query is fetching. */
export function watchFirstScreen(router: ReturnType<typeof createBrowserRouter>): void {
  const check = () => {
    if (!router.state.initialized || router.state.navigation.state !== 'idle' || queryClient.isFetching()) return;
    stopRouter();
    stopQueries();
    whenIdle(settle);
  };
  const stopRouter = router.subscribe(check);
  const stopQueries = queryClient.getQueryCache().subscribe(check);
  check();
}
