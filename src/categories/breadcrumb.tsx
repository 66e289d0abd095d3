// The trail from "All articles" down to the current category.
import { Link } from 'react-router';
import { t } from '@/i18n/locale';
import { categoryHref } from '@/shared/category-url';

export function Breadcrumb({ path }: { path: readonly string[] }) {
  return (
    <nav className="breadcrumb" aria-label={t.breadcrumb}>
      <ol>
        <li>
          <Link to="/">{t.allArticles}</Link>
        </li>
        {path.map((name, i) => {
          const here = i === path.length - 1;
          const href = categoryHref(path.slice(0, i + 1));
          return (
            <li key={href}>
              <Link to={href} aria-current={here ? 'page' : undefined}>
                {name}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
