// The one bottom-up walk over a parsed body: drops junk, cleans attributes, rebuilds figures, tidies spacing.
import { type ChildNode, Element, type ParentNode, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { contentOf, createElement, isBlank, isElement, isNamed, setChildren, textOf } from './dom';
import { type CaptionHint, figureOf, hasCaptionClass, inlineCaption, isCaptionBlock, isCaptionShell, isFigureShell, rebuildFigure, soleImage } from './figures';
import {
  BLOCK_ELEMENTS,
  DROPPED_ELEMENTS,
  DROPPED_WHEN_EMPTY,
  hasClass,
  isCentred,
  isHidden,
  KNOWN_ELEMENTS,
  keptAttributes,
  UNWRAPPED_ELEMENTS,
} from './html-rules';
import { cleanImage } from './image-element';
import { normaliseImageUrl } from './image-url';
import { normaliseLinkUrl } from './link-url';
import { normaliseEmbedUrl, normaliseMediaUrl } from './url';

/** Start indices let an unknown tag be put back as the exact text it was written as. */
export const PARSE_OPTIONS = { withStartIndices: true, withEndIndices: true } as const;

const RENAMED: ReadonlyMap<string, string> = new Map([
  ['h1', 'h2'], // the page's own h1 is the article title
  ['strike', 's'],
  ['dir', 'ul'],
  ['menu', 'ul'],
  ['xmp', 'pre'],
]);

// Layout boxes with no meaning of their own once class and style are gone: replaced by paragraphs.
const CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'center']);

// Plain ASCII whitespace; no-break and ideographic spaces are content (indents, spacing between words).
const ASCII_BLANK = /^[ \t\n\r\f]*$/;
const SPACE_RUN = /[ \t\n\r\f]{2,}/g;

/** Cleaned nodes waiting to be placed right after the node now being cleaned at one level of the tree. */
interface Level {
  after: ChildNode[];
}

interface Walk {
  /** The text the nodes were parsed from. */
  source: string;
  /** One entry per list of siblings being cleaned, outermost first. */
  levels: Level[];
  inPre: boolean;
  inFigure: boolean;
}

/** Cleans a body's top-level nodes (already parsed from `source`) and returns the cleaned list. */
export function cleanBody(nodes: readonly ChildNode[], source: string): ChildNode[] {
  const cleaned = paragraphs(cleanList(nodes, { source, levels: [], inPre: false, inFigure: false }, 'body'));
  // Rules at the very start or end of an article are leftovers of the page around it.
  while (cleaned.length > 0 && isNamed(cleaned[0], 'hr')) cleaned.shift();
  while (cleaned.length > 0 && isNamed(cleaned[cleaned.length - 1], 'hr')) cleaned.pop();
  return cleaned;
}

interface Picture {
  block: ChildNode;
  media: Element;
  centred: boolean;
}

function cleanList(nodes: readonly ChildNode[], walk: Walk, parentName: string): ChildNode[] {
  const level: Level = { after: [] };
  walk.levels.push(level);
  const out: ChildNode[] = [];
  // The last block that held only a picture: a caption paragraph may follow it.
  let picture: Picture | null = null;
  for (const node of nodes) {
    if (node instanceof Text) {
      out.push(node);
      if (picture !== null && !isBlank(node.data)) picture = null;
    } else if (isElement(node)) {
      // Cleaning gives the element a new attribute object; the raw one still tells centring and class.
      const raw = node.attribs;
      const cleaned = cleanElement(node, walk);
      const single = cleaned.length === 1 ? cleaned[0] : undefined;
      if (picture !== null && single !== undefined && isElement(single) && isCaptionBlock(single, captionHint(raw), picture.centred)) {
        out.splice(out.lastIndexOf(picture.block), out.length, figureOf([picture.media], inlineCaption(single.children)));
        picture = null;
      } else if (cleaned.length > 0) {
        out.push(...cleaned);
        const media = single === undefined ? null : soleImage(single);
        picture = media === null || single === undefined ? null : { block: single, media, centred: isCentred(raw) };
      }
    }
    // Comments, doctypes and processing instructions are dropped by falling through.
    if (level.after.length > 0) {
      out.push(...level.after);
      level.after = [];
      picture = null;
    }
  }
  walk.levels.pop();
  return walk.inPre ? out : tidySpacing(out, parentName === 'body' || BLOCK_ELEMENTS.has(parentName));
}

function captionHint(attribs: Record<string, string>): CaptionHint {
  if (hasCaptionClass(attribs)) return 'class';
  return isCentred(attribs) ? 'centred' : null;
}

function cleanElement(element: Element, walk: Walk): ChildNode[] {
  const { name, attribs } = element;
  if (DROPPED_ELEMENTS.has(name) || isHidden(attribs) || (name === 'ins' && hasClass(attribs, 'adsbygoogle'))) return [];
  if (!KNOWN_ELEMENTS.has(name)) return cleanUnknown(element, walk);
  switch (name) {
    case 'img':
      return cleanImage(element) ? [element] : [];
    case 'iframe':
      return cleanIframe(element, walk);
    case 'picture':
      return cleanPicture(element);
    case 'svg':
    case 'math':
      // Foreign content is passed through whole; the browser sanitiser decides what of it survives.
      return [element];
    case 'br':
    case 'hr':
    case 'wbr':
      element.attribs = {};
      return [element];
  }
  const figureShell = !walk.inFigure && isFigureShell(element);
  const captionShell = walk.inFigure && isCaptionShell(element);
  const { inPre, inFigure } = walk;
  walk.inPre = inPre || name === 'pre' || name === 'xmp';
  walk.inFigure = inFigure || figureShell;
  const children = cleanList(element.children, walk, name);
  walk.inPre = inPre;
  walk.inFigure = inFigure;
  if (figureShell) return rebuildFigure(children);
  return finishElement(element, captionShell ? 'figcaption' : (RENAMED.get(name) ?? name), children, walk);
}

/** Gives a cleaned element its final name, attributes and children, or says what replaces it. */
function finishElement(element: Element, name: string, children: ChildNode[], walk: Walk): ChildNode[] {
  if (UNWRAPPED_ELEMENTS.has(name)) return children;
  const raw = element.attribs;
  let attribs = keptAttributes(name, raw);
  switch (name) {
    case 'span':
      if (Object.keys(attribs).length === 0) return children;
      break;
    case 'a': {
      const href = normaliseLinkUrl(raw.href);
      // A link that leads nowhere (script, anchor, relative path) keeps its text.
      if (href === null) return children;
      attribs = { href, ...attribs };
      break;
    }
    case 'video':
    case 'audio':
    case 'source':
    case 'track': {
      const media = cleanMedia(name, raw, attribs, children);
      if (media === null) return [];
      attribs = media.attribs;
      children = media.children;
      break;
    }
  }
  element.name = name;
  element.attribs = attribs;
  setChildren(element, children);
  if (DROPPED_WHEN_EMPTY.has(name) && isEmpty(children)) return walk.inPre ? children : [];
  if (CONTAINERS.has(name)) return paragraphs(children);
  if (name === 'table') return layoutTableContent(element) ?? [element];
  return [element];
}

function isEmpty(children: readonly ChildNode[]): boolean {
  return children.every((child) => isNamed(child, 'br') || (child instanceof Text && isBlank(child.data)));
}

/**
 * A container's content as blocks: its blocks as they are, each run of loose text and inline elements
 * between them as a paragraph, with a double line break ending a paragraph. This is what bodies that
 * are bare text with <br><br> between paragraphs (forum posts, 知乎 answers) or stacks of <div> lines
 * (DraftJS editors) look like to a reader, as markup the reader's typography understands.
 */
function paragraphs(nodes: readonly ChildNode[]): ChildNode[] {
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

/** The content of a one-cell table: forums and old site builders lay pages out with them. */
function layoutTableContent(table: Element): ChildNode[] | null {
  let rows = contentOf(table);
  if (rows.length === 1 && rows[0] !== undefined && isElement(rows[0]) && rows[0].name !== 'tr') rows = contentOf(rows[0]);
  const row = rows[0];
  if (rows.length !== 1 || !isNamed(row, 'tr')) return null;
  const cells = contentOf(row);
  const cell = cells[0];
  return cells.length === 1 && (isNamed(cell, 'td') || isNamed(cell, 'th')) ? cell.children : null;
}

interface CleanMedia {
  attribs: Record<string, string>;
  children: ChildNode[];
}

function cleanMedia(name: string, raw: Record<string, string>, kept: Record<string, string>, children: ChildNode[]): CleanMedia | null {
  const src = normaliseMediaUrl(raw.src);
  if (name === 'source' || name === 'track') return src === null ? null : { attribs: { src, ...kept }, children: [] };
  // Fallback text ("your browser does not support video") is dropped; <source> and <track> stay.
  const sources = children.filter((child) => isNamed(child, 'source') || isNamed(child, 'track'));
  if (src === null && !sources.some((child) => isNamed(child, 'source'))) return null;
  const attribs: Record<string, string> = src === null ? {} : { src };
  const poster = name === 'video' ? normaliseImageUrl(raw.poster) : null;
  if (poster !== null) attribs.poster = poster;
  // Without controls a scraped video cannot be started: its page's player script is gone.
  return { attribs: { ...attribs, ...kept, controls: '' }, children: sources };
}

function cleanPicture(picture: Element): ChildNode[] {
  const img = picture.children.find((child): child is Element => isNamed(child, 'img'));
  return img !== undefined && cleanImage(img) ? [img] : [];
}

/**
 * An element that is not HTML came from text that looked like a tag: `<DistroName>` in a shell
 * command, `<missing>` in docker output. Without attributes it is put back as that text; with
 * attributes (`<spanmicrosoft yahei'>`, a broken tag) or as a custom or namespaced element, only its
 * content stays.
 */
function cleanUnknown(element: Element, walk: Walk): ChildNode[] {
  const children = cleanList(element.children, walk, 'span');
  const { name } = element;
  if (Object.keys(element.attribs).length > 0 || name.includes('-') || name.includes(':')) return children;
  return [new Text(writtenTag(element, walk.source)), ...children];
}

function writtenTag(element: Element, source: string): string {
  const start = element.startIndex;
  if (start !== null && source[start] === '<') {
    const end = source.indexOf('>', start);
    if (end > start) return source.slice(start, end + 1);
  }
  return `<${element.name}>`;
}

function cleanIframe(iframe: Element, walk: Walk): ChildNode[] {
  const swallowed = textOf(iframe.children);
  if (swallowed.includes('<')) recoverSwallowed(iframe, swallowed, walk);
  const src = normaliseEmbedUrl(iframe.attribs.src);
  if (src === null) return [];
  iframe.attribs = { src, ...keptAttributes('iframe', iframe.attribs) };
  setChildren(iframe, []);
  return [iframe];
}

/**
 * An unclosed <iframe> turns the rest of the body into its raw text (3DMGame posts do this). That text
 * is parsed again as if the iframe had been closed, with the iframe's ancestors re-opened in front of it
 * so each part lands at its own level: after the iframe, after its parent, and so on up. What falls
 * outside the content being cleaned (past the post's wrapper <div>) is the scraped page around the
 * article and is dropped.
 */
function recoverSwallowed(iframe: Element, swallowed: string, walk: Walk): void {
  const ancestors: Element[] = [];
  for (let parent = iframe.parent; parent instanceof Element; parent = parent.parent) ancestors.unshift(parent);
  const source = ancestors.map((ancestor) => `<${ancestor.name}>`).join('') + swallowed;
  const recovered = parseDocument(source, PARSE_OPTIONS);
  const sub: Walk = { source, levels: [], inPre: false, inFigure: false };
  const here = walk.levels.length - 1;
  const deliver = (nodes: ChildNode[], levelIndex: number, parentName: string): void => {
    const level = walk.levels[levelIndex];
    if (level !== undefined && nodes.length > 0) level.after.push(...cleanList(nodes, sub, parentName));
  };
  let container: ParentNode = recovered;
  for (const [depth, ancestor] of ancestors.entries()) {
    const reopened: ChildNode | undefined = container.children[0];
    if (reopened === undefined || !isNamed(reopened, ancestor.name)) break;
    // What follows the re-opened ancestor belongs after the real one, at the level that holds it.
    deliver(container.children.slice(1), here - (ancestors.length - depth), ancestors[depth - 1]?.name ?? 'body');
    container = reopened;
  }
  deliver(container.children, here, ancestors[ancestors.length - 1]?.name ?? 'body');
}

/**
 * Spacing within one list of siblings: at most two line breaks in a row, none next to a block (the
 * block's margin already separates), blank runs shortened, and in block containers no breaks or spaces
 * at the edges.
 */
function tidySpacing(nodes: ChildNode[], blockContainer: boolean): ChildNode[] {
  const out: ChildNode[] = [];
  let breaks = 0;
  let afterBlock = false;
  for (const node of nodes) {
    if (isNamed(node, 'br')) {
      if (afterBlock || breaks >= 2) continue;
      breaks++;
    } else if (node instanceof Text) {
      if (ASCII_BLANK.test(node.data)) {
        if (node.data === '') continue;
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
      if (afterBlock) dropTrailingBreaks(out);
    }
    out.push(node);
  }
  if (blockContainer) trimEdges(out);
  return out;
}

function shortSpace(run: string): string {
  return run.includes('\n') ? '\n' : ' ';
}

function dropTrailingBreaks(nodes: ChildNode[]): void {
  let end = nodes.length;
  while (end > 0 && isEdge(nodes[end - 1])) end--;
  const kept = nodes.slice(end).filter((node) => !isNamed(node, 'br'));
  nodes.splice(end, nodes.length - end, ...kept);
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
