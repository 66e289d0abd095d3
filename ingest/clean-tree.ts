// The one bottom-up walk over a parsed body: drops junk, cleans attributes, rebuilds figures, tidies spacing.
import { type ChildNode, Element, type ParentNode, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { contentOf, flatText, isBlank, isElement, isNamed, setChildren, textOf } from './dom';
import { type CaptionHint, figureOf, hasCaptionClass, inlineCaption, isCaptionBlock, isCaptionShell, isFigureShell, rebuildFigure, soleImage } from './figures';
import {
  BLOCK_ELEMENTS,
  DROPPED_ELEMENTS,
  DROPPED_WHEN_EMPTY,
  isFurniture,
  isCentred,
  isHidden,
  KNOWN_ELEMENTS,
  keptAttributes,
  UNWRAPPED_ELEMENTS,
} from './html-rules';
import { normaliseLinkUrl } from './link-url';
import { cleanEmbed, cleanImage, cleanPlayable, imageSource, pictureImage } from './media-elements';
import { isEmpty, paragraphs, tidySpacing } from './spacing';

/** Source positions let text that the parser took for tags be put back exactly as it was written. */
export const PARSE_OPTIONS = { withStartIndices: true, withEndIndices: true } as const;

// Real articles nest a few dozen levels; anything deeper is flattened to its text, which keeps every
// recursive step (this walk, the serialiser) far from the stack limit.
const MAX_DEPTH = 256;

const RENAMED: ReadonlyMap<string, string> = new Map([
  ['h1', 'h2'], // the page's own h1 is the article title
  ['strike', 's'],
  ['dir', 'ul'],
  ['menu', 'ul'],
  ['xmp', 'pre'],
]);

// Inside <pre> these can only be the code's own text (a tutorial showing <script>, an embed snippet)
// that the feed decoded once too often.
const CODE_TEXT_IN_PRE: ReadonlySet<string> = new Set([...DROPPED_ELEMENTS, 'html', 'body', 'iframe']);

const PLAYABLE_ELEMENTS: ReadonlySet<string> = new Set(['video', 'audio', 'source', 'track']);

// Layout boxes with no meaning of their own once class and style are gone: replaced by paragraphs.
const CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'center']);

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
  /** Sources of the furniture images removed (avatars): a front matter image equal to one is no lead image either. */
  furnitureImages: string[];
}

export interface CleanedBody {
  nodes: ChildNode[];
  furnitureImages: string[];
}

/** Cleans a body's top-level nodes (already parsed from `source`). */
export function cleanBody(nodes: readonly ChildNode[], source: string): CleanedBody {
  const walk: Walk = { source, levels: [], inPre: false, inFigure: false, furnitureImages: [] };
  const cleaned = paragraphs(cleanList(nodes, walk, 'body'));
  // Rules at the very start or end of an article are leftovers of the page around it.
  while (cleaned.length > 0 && isNamed(cleaned[0], 'hr')) cleaned.shift();
  while (cleaned.length > 0 && isNamed(cleaned[cleaned.length - 1], 'hr')) cleaned.pop();
  return { nodes: cleaned, furnitureImages: walk.furnitureImages };
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
  if (walk.inPre && CODE_TEXT_IN_PRE.has(name)) return writtenElement(element, walk.source);
  if (DROPPED_ELEMENTS.has(name) || isHidden(attribs)) return [];
  if (isFurniture(name, attribs)) {
    const src = name === 'img' ? imageSource(attribs) : null;
    if (src !== null) walk.furnitureImages.push(src);
    return [];
  }
  if (walk.levels.length > MAX_DEPTH) return [new Text(flatText(element.children))];
  if (!KNOWN_ELEMENTS.has(name)) return cleanUnknown(element, walk);
  switch (name) {
    case 'img':
      return cleanImage(element) ? [element] : [];
    case 'iframe':
      return cleanIframe(element, walk);
    case 'picture': {
      const img = pictureImage(element);
      return img === null ? [] : [img];
    }
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
  if (PLAYABLE_ELEMENTS.has(name)) return cleanPlayable(element, children) ? [element] : [];
  let attribs = keptAttributes(name, element.attribs);
  if (name === 'a') {
    const href = normaliseLinkUrl(element.attribs.href);
    // A link that leads nowhere (script, anchor, relative path) keeps its text.
    if (href === null) return children;
    attribs = { href, ...attribs };
  } else if (name === 'span' && Object.keys(attribs).length === 0) {
    return children;
  }
  element.name = name;
  element.attribs = attribs;
  setChildren(element, children);
  if (DROPPED_WHEN_EMPTY.has(name) && isEmpty(children)) return walk.inPre ? children : [];
  if (CONTAINERS.has(name)) return paragraphs(children);
  if (name === 'table') return layoutTableContent(element) ?? [element];
  return [element];
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

/** An element as the text it was written as, when the parser recorded where it ends. */
function writtenElement(element: Element, source: string): ChildNode[] {
  const { startIndex: start, endIndex: end } = element;
  if (start === null || end === null || source[start] !== '<') return [];
  return [new Text(source.slice(start, end + 1))];
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
  return cleanEmbed(iframe) ? [iframe] : [];
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
  const sub: Walk = { source, levels: [], inPre: false, inFigure: false, furnitureImages: walk.furnitureImages };
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

