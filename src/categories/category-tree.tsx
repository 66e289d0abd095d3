// The category navigation: group -> source -> channel with counts, the current one marked, groups collapsible.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatCount } from '@/i18n/format-count';
import { t } from '@/i18n/locale';
import { categoryHref } from '@/shared/category-url';
import type { CategoryNode } from '@/shared/schema';

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, i) => path[i] === name);
}

/** The current category and whether it is the page itself (a category page) or the open article's home. */
interface Current {
  path: readonly string[];
  isPage: boolean;
}

function CategoryLink({ node, current }: { node: CategoryNode; current: Current }) {
  const exact = node.path.length === current.path.length && startsWith(current.path, node.path);
  const inside = startsWith(current.path, node.path);
  return (
    <Link
      to={categoryHref(node.path)}
      className={inside ? 'tree-link in-path' : 'tree-link'}
      aria-current={exact ? (current.isPage ? 'page' : 'true') : undefined}
    >
      <span className="tree-name">{node.name}</span> <span className="count">{formatCount(node.count)}</span>
    </Link>
  );
}

/**
 * A source's lone channel repeats the source (same articles), so it is listed only while it is the
 * current one; the source page's chips still lead to it.
 */
function showsChildren(node: CategoryNode, current: Current): boolean {
  return node.children.length > 1 || (node.children.length === 1 && startsWith(current.path, node.path));
}

function Branch({ nodes, current }: { nodes: CategoryNode[]; current: Current }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.key}>
          <CategoryLink node={node} current={current} />
          {showsChildren(node, current) && <Branch nodes={node.children} current={current} />}
        </li>
      ))}
    </ul>
  );
}

function Group({ node, current }: { node: CategoryNode; current: Current }) {
  const inPath = startsWith(current.path, node.path);
  const [open, setOpen] = useState(inPath);
  const [wasInPath, setWasInPath] = useState(inPath);
  // Opening the group of a category reached from elsewhere (a link in a list, the breadcrumb).
  if (inPath !== wasInPath) {
    setWasInPath(inPath);
    if (inPath) setOpen(true);
  }
  const childrenId = useId();
  return (
    <li className="tree-group">
      <div className="tree-row">
        <CategoryLink node={node} current={current} />
        {node.children.length > 0 && (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-controls={childrenId}
            aria-label={t.expandGroup(node.name)}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" className="chevron" />
          </button>
        )}
      </div>
      {node.children.length > 0 && (
        <div id={childrenId} hidden={!open}>
          <Branch nodes={node.children} current={current} />
        </div>
      )}
    </li>
  );
}

export function CategoryTree({
  categories,
  current,
  currentIsPage = true,
}: {
  categories: CategoryNode[];
  current: readonly string[];
  currentIsPage?: boolean;
}) {
  const marked: Current = { path: current, isPage: currentIsPage };
  return (
    <nav className="category-tree" aria-label={t.categories}>
      <ul>
        {categories.map((group) => (
          <Group key={group.key} node={group} current={marked} />
        ))}
      </ul>
    </nav>
  );
}
