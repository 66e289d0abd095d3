// "source · channel" as links to those categories, for list items and article headers.
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { categoryHref } from '@/shared/category-url';

/**
 * Links for the source and channel of a category path (the group alone when that is all there is).
 * `renderText` lets search results mark a query's match in a category name.
 */
export function CategoryTrail({ category, renderText }: { category: readonly string[]; renderText?: (text: string) => ReactNode }) {
  const shown = category.length > 1 ? category.slice(1) : category;
  const offset = category.length - shown.length;
  return (
    <span className="category-trail">
      {shown.map((name, i) => {
        const path = category.slice(0, offset + i + 1);
        return (
          <Fragment key={path.join('/')}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            <Link to={categoryHref(path)}>{renderText ? renderText(name) : name}</Link>
          </Fragment>
        );
      })}
    </span>
  );
}
