// The header's search box: a plain GET form to /search?q=, showing the current query while on the results page.
import '@/app/header-search.css';
import { type MouseEvent, useRef } from 'react';
import { Form, useLocation } from 'react-router';
import { t } from '@/i18n/locale';

export function HeaderSearch() {
  const { pathname, search } = useLocation();
  const query = pathname === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const input = useRef<HTMLInputElement>(null);
  // With nothing typed, the button opens the box (folded on phones) rather than searching for nothing.
  const onButton = (event: MouseEvent) => {
    if (input.current && !input.current.value.trim()) {
      event.preventDefault();
      input.current.focus();
    }
  };
  return (
    <Form action="/search" role="search" className="header-search">
      <label htmlFor="header-search-q" className="visually-hidden">
        {t.search}
      </label>
      {/* Keyed by the query so going back or forward to another search shows that search's words. */}
      <input
        key={query}
        ref={input}
        id="header-search-q"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
      />
      {/* Not taking focus on press keeps the phone box open under the finger, so the tap lands and submits. */}
      <button type="submit" className="icon-button" onMouseDown={(event) => event.preventDefault()} onClick={onButton}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M15 15l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t.search}</span>
      </button>
    </Form>
  );
}
