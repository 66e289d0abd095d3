// Whitespace and line breaks in a cleaned body: spacing between siblings, paragraphs out of loose text.
import { type ChildNode, Text } from 'domhandler';
import { createElement, isBlank, isElement, isNamed } from './dom';
import { BLOCK_ELEMENTS } from './html-rules';

// Plain ASCII whitespace; no-break and ideographic spaces are content (indents, spacing between words).
const ASCII_BLANK = /^[ \t\n\r\f]*$/;
const SPACE_RUN = /[ \t\n\r\f]{2,}/g;

/** Nothing a reader would see: only blank text and line breaks. */
export function isEmpty(children: readonly ChildNode[]): boolean {
  return children.every((child) => isNamed(child, 'br') || (child instanceof Text && isBlank(child.data)));
}

/**
 * A container's content as blocks: its blocks as they are, each run of loose text and inline elements
 * between them as a paragraph, with a double line break ending a paragraph. This is what bodies that
 * are bare text with <br><br> between paragraphs (forum posts, 知乎 answers) or stacks of <div> lines
 * (DraftJS editors) look like to a reader, as markup the reader's typography understands.
 */
export function paragraphs(nodes: readonly ChildNode[]): ChildNode[] {
  const out: ChildNode[] = [];
  let run: ChildNode[] = [];
  for (const node of nodes) {
    if (isElement(node) && BLOCK_ELEMENTS.has(node.name)) {
      endParagraph(run, out);
      run = [];
      out.push(node);
    } else if (isNamed(node, 'br') && isNamed(run.findLast((item) => !isAsciiBlank(item)), 'br')) {
      endParagraph(run, out);
      run = [];
    } else {
      run.push(node);
    }
  }
  endParagraph(run, out);
  return out;
}

function endParagraph(run: ChildNode[], out: ChildNode[]): void {
  trimEdges(run);
  if (!isEmpty(run)) out.push(createElement('p', run));
}

/**
 * Spacing within one list of siblings: at most two line breaks in a row; no breaks or blank text next
 * to a block (the block's margin already separates); other blank runs shortened; and in block
 * containers no breaks or spaces at the edges.
 */
export function tidySpacing(nodes: ChildNode[], blockContainer: boolean): ChildNode[] {
  const out: ChildNode[] = [];
  let breaks = 0;
  let afterBlock = false;
  for (const node of nodes) {
    if (isNamed(node, 'br')) {
      if (afterBlock || breaks >= 2) continue;
      breaks++;
    } else if (node instanceof Text) {
      if (ASCII_BLANK.test(node.data)) {
        if (afterBlock || node.data === '') continue;
        node.data = shortSpace(node.data);
      } else {
        // Source indentation inside text (20-line gaps on Axis pages) renders as one space anyway.
        node.data = node.data.replace(SPACE_RUN, shortSpace);
        breaks = 0;
        afterBlock = false;
      }
    } else {
      breaks = 0;
      afterBlock = isElement(node) && BLOCK_ELEMENTS.has(node.name);
      if (afterBlock) dropTrailingSpacing(out);
    }
    out.push(node);
  }
  if (blockContainer) trimEdges(out);
  return out;
}

function shortSpace(run: string): string {
  return run.includes('\n') ? '\n' : ' ';
}

function dropTrailingSpacing(nodes: ChildNode[]): void {
  while (isEdge(nodes[nodes.length - 1])) nodes.pop();
}

function isAsciiBlank(node: ChildNode): boolean {
  return node instanceof Text && ASCII_BLANK.test(node.data);
}

function isEdge(node: ChildNode | undefined): boolean {
  return node !== undefined && (isNamed(node, 'br') || isAsciiBlank(node));
}

function trimEdges(nodes: ChildNode[]): void {
  while (isEdge(nodes[0])) nodes.shift();
  while (isEdge(nodes[nodes.length - 1])) nodes.pop();
  const first = nodes[0];
  if (first instanceof Text) first.data = trimAsciiStart(first.data);
  const last = nodes[nodes.length - 1];
  if (last instanceof Text) last.data = trimAsciiEnd(last.data);
}

// String#trim would also eat no-break and ideographic spaces, which are content here.
function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

function trimAsciiStart(text: string): string {
  let start = 0;
  while (start < text.length && isAsciiSpace(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

function trimAsciiEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
