// Hexo posts may carry markdown instead of HTML: tells the two apart and renders markdown (GFM) to HTML.
import { type ChildNode, Element, Text } from 'domhandler';
import { Marked } from 'marked';
import { BLOCK_ELEMENTS } from './html-rules';

const markdown = new Marked({ gfm: true, async: false });

// Text, a blank line, more text: a new paragraph in markdown, a mere space in HTML.
const PARAGRAPH_BREAK = /\S[ \t]*\r?\n[ \t]*\r?\n\s*\S/;
// A line that opens a markdown heading or code fence.
const BLOCK_SYNTAX = /^ {0,3}(#{1,6}[ \t]+\S|```|~~~)/m;

/**
 * Decided on the parsed body, which costs nothing extra since HTML bodies need that parse anyway.
 * Feed bodies always hold block elements (the mirrored posts are wrapped in a <div>). A markdown post
 * holds none, since markdown writes blocks as text and uses HTML only inline (links, images); or, if
 * it embeds a block of HTML, its top-level text still shows markdown's blank-line paragraphs or
 * headings, which an HTML body never has at its top level.
 */
export function isMarkdownBody(nodes: readonly ChildNode[]): boolean {
  let hasBlock = false;
  for (const node of nodes) {
    if (node instanceof Text && (PARAGRAPH_BREAK.test(node.data) || BLOCK_SYNTAX.test(node.data))) return true;
    if (!hasBlock && node instanceof Element && containsBlock(node)) hasBlock = true;
  }
  return !hasBlock;
}

// Iterative: a deeply nested body must not overflow the stack here, before the walk can flatten it.
function containsBlock(element: Element): boolean {
  const stack: Element[] = [element];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (BLOCK_ELEMENTS.has(next.name)) return true;
    for (const child of next.children) if (child instanceof Element) stack.push(child);
  }
  return false;
}

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}
