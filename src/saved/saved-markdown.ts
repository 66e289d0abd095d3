// The saved list as one Markdown file: per article a front matter block like the input posts', then its excerpt and link.
import type { SavedItem } from '@/saved/saved-format';

/** A YAML double-quoted scalar; JSON's escapes are valid YAML, so any title or URL survives. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

function entry(item: SavedItem, articleUrl: (id: string) => string): string {
  const link = articleUrl(item.id);
  const lines = ['---', `title: ${quoted(item.title)}`];
  if (item.category.length) lines.push('categories:', ...item.category.map((name) => `  - ${quoted(name)}`));
  if (item.date) lines.push(`date: ${item.date}`);
  if (item.leadImage) lines.push(`headimg: ${quoted(item.leadImage)}`);
  lines.push(`saved: ${item.savedAt}`, `id: ${item.id}`, `link: ${quoted(link)}`, '---', '');
  if (item.excerpt) lines.push(item.excerpt, '');
  lines.push(`<${link}>`, '');
  return lines.join('\n');
}

/** `articleUrl` gives each article's address in the reader, so the file's links open it. */
export function markdownExport(items: readonly SavedItem[], articleUrl: (id: string) => string): string {
  return items.map((item) => entry(item, articleUrl)).join('\n');
}
