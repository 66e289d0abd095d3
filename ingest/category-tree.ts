// Builds the group -> source -> channel tree with counts and the list keys each article belongs to.
import type { CategoryNode } from '@/shared/schema';
import { categoryKey } from './article-id';

/** Depth of the tree: group, source, channel. Deeper paths are cut to this. */
export const CATEGORY_DEPTH = 3;

/** The category path as it is stored and shown: at most three non-empty levels. */
export function categoryPath(category: readonly string[]): string[] {
  return category.filter((name) => name.length > 0).slice(0, CATEGORY_DEPTH);
}

/** One entry per level of the path: the article is listed on its group, source and channel pages. */
export function categoryPrefixes(category: readonly string[]): string[][] {
  return category.map((_, depth) => category.slice(0, depth + 1));
}

const collator = new Intl.Collator(['zh', 'en'], { numeric: true });

function byCountThenName(a: CategoryNode, b: CategoryNode): number {
  return b.count - a.count || collator.compare(a.name, b.name);
}

/** Counts every prefix of every article's category; children sorted by size, then name. */
export function buildCategoryTree(categories: Iterable<readonly string[]>): CategoryNode[] {
  const roots: CategoryNode[] = [];
  // By the joined path: the key's hash is taken once per category, not once per article.
  const nodes = new Map<string, CategoryNode>();
  for (const category of categories) {
    let siblings = roots;
    for (const path of categoryPrefixes(category)) {
      const joined = path.join('\u001f');
      let node = nodes.get(joined);
      if (!node) {
        node = { name: path[path.length - 1] ?? '', path, key: categoryKey(path), count: 0, children: [] };
        nodes.set(joined, node);
        siblings.push(node);
      }
      node.count += 1;
      siblings = node.children;
    }
  }
  const sort = (list: CategoryNode[]): void => {
    list.sort(byCountThenName);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}
