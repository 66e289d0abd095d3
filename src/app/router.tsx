// The one data router: lazy route modules, and loaders that start each route's queries without waiting.
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { queryClient } from '@/app/query-client';
import { RootLayout } from '@/app/root-layout';
import { NotFoundRoute, RouteError } from '@/app/route-error';
import { articleQueries } from '@/articles/article-queries';
import { listQueries } from '@/articles/list-queries';
import { findCategory } from '@/categories/find-category';
import { manifestQuery } from '@/categories/manifest-query';
import { parseCategoryPathname } from '@/shared/category-url';
import { ALL_ARTICLES_KEY } from '@/shared/schema';

const noop = () => {};
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

// Loaders return at once: pages show their skeletons while the queries they started are in flight,
// and each page reads its data (and its errors) from the same query through useQuery.
function startList(key: string): void {
  queryClient.infiniteQuery(listQueries.page(key)).catch(noop);
}

function categoryLoader({ request }: LoaderFunctionArgs): null {
  const pathname = new URL(request.url).pathname.slice(basename === '/' ? 0 : basename.length);
  const path = parseCategoryPathname(pathname);
  if (path) {
    queryClient
      .query(manifestQuery())
      .then((manifest) => {
        const node = findCategory(manifest.categories, path);
        if (node) startList(node.key);
      })
      .catch(noop);
  }
  return null;
}

function HydrateFallback() {
  return <div className="boot" />;
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback,
    loader: () => {
      queryClient.query(manifestQuery()).catch(noop);
      return null;
    },
    children: [
      {
        index: true,
        loader: () => {
          startList(ALL_ARTICLES_KEY);
          return null;
        },
        lazy: async () => ({ Component: (await import('@/articles/home-page')).HomePage }),
      },
      {
        path: 'category/*',
        loader: categoryLoader,
        lazy: async () => ({ Component: (await import('@/app/routes/category-route')).CategoryRoute }),
      },
      {
        path: 'article/:id',
        loader: ({ params }) => {
          if (params.id) queryClient.query(articleQueries.detail(params.id)).catch(noop);
          return null;
        },
        lazy: async () => ({ Component: (await import('@/articles/article-page')).ArticlePage }),
      },
      {
        path: 'saved',
        lazy: async () => ({ Component: (await import('@/saved/saved-page')).SavedPage }),
      },
      {
        path: 'search',
        lazy: async () => ({ Component: (await import('@/search/search-page')).SearchPage }),
      },
      { path: '*', Component: NotFoundRoute },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename });
