// Looks a category path up in the manifest's tree.
import type { CategoryNode } from '@/shared/schema';

export function findCategory(tree: readonly CategoryNode[], path: readonly string[]): CategoryNode | null {
  let level = tree;
  let found: CategoryNode | null = null;
  for (const name of path) {
    found = level.find((node) => node.name === name) ?? null;
    if (!found) return null;
    level = found.children;
  }
  return found;
}
