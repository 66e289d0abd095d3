// Renders reader components the way the app does: a fresh QueryClient, a memory router and a fresh saved store.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { createSavedStore, type SavedStore } from '@/saved/saved-store';
import { SavedStoreContext } from '@/saved/use-saved';

export function freshQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** A saved store over the test's localStorage (cleared after every test). */
export function freshSavedStore(): SavedStore {
  return createSavedStore(localStorage, () => new Date('2022-03-02T00:00:00Z'));
}

function providers(client: QueryClient, store: SavedStore, children: ReactNode) {
  return (
    <QueryClientProvider client={client}>
      <SavedStoreContext.Provider value={store}>{children}</SavedStoreContext.Provider>
    </QueryClientProvider>
  );
}

/** Renders `ui` at `path` (with its own route pattern) inside a memory router. */
export function renderAt(
  ui: ReactNode,
  { path = '/', pattern = '*', store = freshSavedStore() }: { path?: string; pattern?: string; store?: SavedStore } = {},
) {
  const client = freshQueryClient();
  const router = createMemoryRouter([{ path: pattern, element: ui }], { initialEntries: [path] });
  return { client, router, store, ...render(providers(client, store, <RouterProvider router={router} />)) };
}

/** Renders the app's own route table at `path`, with `client` as the app's query client. */
export function renderRoutes(routes: RouteObject[], path: string, client: QueryClient, store = freshSavedStore()) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, store, ...render(providers(client, store, <RouterProvider router={router} />)) };
}
