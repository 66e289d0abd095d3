// Entry point: language and theme on <html>, then the router inside the query client provider.
import '@/styles/global.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { firstScreenSettled, watchFirstScreen } from '@/app/first-screen-settled';
import { queryClient } from '@/app/query-client';
import { router } from '@/app/router';
import { applyTheme, storedTheme } from '@/app/theme';
import { t, uiLocale } from '@/i18n/locale';

document.documentElement.lang = uiLocale;
document.title = t.appName;
applyTheme(storedTheme());

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Offline support waits for the first screen: nothing on it depends on the worker, whose precaching would compete with it.
watchFirstScreen(router);
firstScreenSettled.then(() => import('@/app/start-offline')).then(({ startOffline }) => startOffline());
