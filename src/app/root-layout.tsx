// The page frame on every route: skip link, header, category sidebar (a drawer on narrow screens), main.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigationType } from 'react-router';
import { firstScreenSettled } from '@/app/first-screen-settled';
import { HeaderSearch } from '@/app/header-search';
import { ThemeToggle } from '@/app/theme-toggle';
import { useCurrentCategory } from '@/app/use-current-category';
import { TreeSkeleton } from '@/categories/tree-skeleton';
import { SettingsButton } from '@/comfort/settings-button';
import { t } from '@/i18n/locale';
import { LazyShortcuts } from '@/keyboard/lazy-shortcuts';
import { OfflineNotice } from '@/offline/offline-notice';
import { SavedStatusNotice } from '@/saved/saved-status-notice';
import { useSavedList } from '@/saved/use-saved';

/** How many articles are saved, beside the Saved link; nothing while the list is empty. */
function SavedCount() {
  const count = useSavedList().length;
  return count > 0 ? <span className="nav-count"> {count}</span> : null;
}

// The tree is code the first screen can do without (on a phone it sits in a closed drawer): it starts loading with
// the shell, beside the route's chunks and data, and the list is drawn without waiting for it.
const loadSidebar = () => import('@/categories/category-sidebar');
// A load that failed early is tried again when the sidebar first renders.
const earlySidebar = loadSidebar().catch(() => null);
const CategorySidebar = lazy(async () => ({ default: ((await earlySidebar) ?? (await loadSidebar())).CategorySidebar }));

/** Must match the drawer breakpoint in global.css. */
const WIDE_LAYOUT = '(min-width: 60.01rem)';

export function RootLayout() {
  const { pathname, key } = useLocation();
  const navigationType = useNavigationType();
  const current = useCurrentCategory();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [lastPath, setLastPath] = useState(pathname);
  if (pathname !== lastPath) {
    setLastPath(pathname);
    setDrawerOpen(false);
  }
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sidebarRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  // After following a link, focus starts at the new page's content, not on a link that is gone.
  // Back and forward (POP) leave focus alone, and so does the first load.
  const firstKey = useRef(key);
  useEffect(() => {
    if (key === firstKey.current || navigationType === 'POP') return;
    mainRef.current?.focus({ preventScroll: true });
  }, [key, navigationType]);

  // Closing by Escape or the close button hands focus back to the toggle; following a link does not.
  const refocusToggle = useRef(false);
  const closeDrawer = () => {
    refocusToggle.current = true;
    setDrawerOpen(false);
  };

  useEffect(() => {
    // Runs after the header has lost `inert`, which would otherwise refuse the focus.
    if (drawerOpen || !refocusToggle.current) return;
    refocusToggle.current = false;
    toggleRef.current?.focus();
  }, [drawerOpen]);

  useEffect(() => {
    if (!drawerOpen) return;
    sidebarRef.current?.querySelector<HTMLElement>('.category-tree a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      refocusToggle.current = true;
      setDrawerOpen(false);
    };
    // Widening the window turns the drawer back into a sidebar; the page behind must not stay inert.
    const wide = matchMedia(WIDE_LAYOUT);
    const onWide = () => wide.matches && setDrawerOpen(false);
    document.addEventListener('keydown', onKey);
    wide.addEventListener('change', onWide);
    return () => {
      document.removeEventListener('keydown', onKey);
      wide.removeEventListener('change', onWide);
    };
  }, [drawerOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header" inert={drawerOpen}>
        <div className="header-inner">
          <button
            ref={toggleRef}
            type="button"
            className="icon-button drawer-toggle"
            aria-expanded={drawerOpen}
            aria-controls="sidebar"
            onClick={() => setDrawerOpen(!drawerOpen)}
          >
            <span aria-hidden="true" className="menu-icon" />
            <span className="visually-hidden">{t.openCategories}</span>
          </button>
          <Link to="/" className="brand">
            {t.appName}
          </Link>
          <OfflineNotice />
          <HeaderSearch />
          <nav className="site-nav" aria-label={t.appName}>
            <NavLink to="/" end>
              {t.home}
            </NavLink>
            <NavLink to="/saved">
              {t.saved}
              <SavedCount />
            </NavLink>
          </nav>
          <SettingsButton />
          <ThemeToggle />
        </div>
      </header>
      <div className="layout">
        <aside id="sidebar" ref={sidebarRef} className="sidebar" data-open={drawerOpen} aria-label={t.categories}>
          <div className="drawer-head">
            <h2>{t.categories}</h2>
            <button type="button" className="icon-button" onClick={closeDrawer}>
              <span aria-hidden="true" className="close-icon" />
              <span className="visually-hidden">{t.closeCategories}</span>
            </button>
          </div>
          <Suspense fallback={<TreeSkeleton />}>
            <CategorySidebar current={current.path} currentIsPage={current.isPage} />
          </Suspense>
        </aside>
        {drawerOpen && <div className="backdrop" aria-hidden="true" onClick={closeDrawer} />}
        <main id="main" ref={mainRef} className="main" tabIndex={-1} inert={drawerOpen}>
          <SavedStatusNotice />
          <Outlet />
        </main>
      </div>
      <ScrollRestoration />
      <LazyShortcuts after={firstScreenSettled} />
    </>
  );
}
