// The header's "Dark theme" switch (a pressed/unpressed button); the choice is remembered.
import { useEffect, useState } from 'react';
import { saveTheme, storedTheme, systemTheme, type Theme } from '@/app/theme';
import { t } from '@/i18n/locale';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(() => storedTheme() ?? systemTheme());

  // Until the reader picks a theme, the page follows the system, and so must the button's state.
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (!storedTheme()) setTheme(systemTheme());
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      aria-pressed={dark}
      title={t.themeToDark}
      onClick={() => {
        const next: Theme = dark ? 'light' : 'dark';
        saveTheme(next);
        setTheme(next);
      }}
    >
      <span aria-hidden="true" className="theme-icon" />
      <span className="visually-hidden">{t.themeToDark}</span>
    </button>
  );
}
