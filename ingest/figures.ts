// Recognises the ways feeds mark up a captioned picture and rebuilds each as <figure><img><figcaption>.
import type { ChildNode, Element } from 'domhandler';
import { contentOf, createElement, findDescendant, isBlank, isBlankText, isElement, isNamed, isTextNode, textOf } from './dom';
import { BLOCK_ELEMENTS, hasClass, MEDIA_ELEMENTS } from './html-rules';

/** Longest text still read as a caption rather than a paragraph of the article. */
const MAX_CAPTION_LENGTH = 200;

// Class names sites give caption blocks: WordPress wp-caption-text, 简书 image-caption, 小黑盒 img-desc.
const CAPTION_CLASS = /(^|[\s_-])caption($|[\s_-])|(^|\s)(img|image|pic|photo)[-_]?(desc|caption|note)($|\s)/i;
// How captions under pictures usually start: "(via …)", "（图片来自…）", "图1", "▲", "↑", "Photo: …".
const CAPTION_START = /^\s*(\(\s*via\b|（|\(|图|圖|▲|△|↑|⬆|photo\b|image\b|source\b|credit|来源|來源)/i;
const ENDS_WITH_COLON = /[:：]\s*$/;

/** How a block announced itself as a caption before its class and style were stripped. */
export type CaptionHint = 'class' | 'centred' | null;

/** Elements that wrap one picture and its caption: <figure>, WordPress `.wp-caption`, 简书 `.image-package`. */
export function isFigureShell(element: Element): boolean {
  if (element.name === 'figure') return true;
  return element.name === 'div' && (hasClass(element.attribs, 'wp-caption') || hasClass(element.attribs, 'image-package'));
}

/** Caption holders inside a figure shell. */
export function isCaptionShell(element: Element): boolean {
  return element.name === 'figcaption' || hasCaptionClass(element.attribs);
}

export function hasCaptionClass(attribs: Record<string, string>): boolean {
  return attribs.class !== undefined && CAPTION_CLASS.test(attribs.class);
}

function isMedia(element: Element): boolean {
  if (MEDIA_ELEMENTS.has(element.name)) return true;
  // A link around a lone picture (the full-size version) travels with the picture.
  if (element.name !== 'a') return false;
  const content = contentOf(element);
  return content.length === 1 && isNamed(content[0], 'img');
}

/**
 * Rebuilds the cleaned children of a figure shell as pictures plus one caption. Text beside the
 * picture with no <figcaption> (Aljazeera writes it so) is the caption.
 */
export function rebuildFigure(children: ChildNode[]): ChildNode[] {
  const media: Element[] = [];
  const captions: ChildNode[] = [];
  const loose: ChildNode[] = [];
  const collect = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) loose.push(node);
      else if (node.name === 'figcaption') captions.push(...node.children);
      else if (isMedia(node)) media.push(node);
      else if (findDescendant(node.children, isMedia) !== null) collect(node.children);
      else loose.push(node);
    }
  };
  collect(children);
  if (media.length > 0) return [figureOf(media, inlineCaption([...captions, ...loose]))];
  // No picture survived: the text stays, as a paragraph unless it holds blocks of its own.
  if (!loose.some((node) => isElement(node) && BLOCK_ELEMENTS.has(node.name))) return paragraphOf([...captions, ...loose]);
  return [...loose, ...paragraphOf(captions)];
}

function paragraphOf(nodes: ChildNode[]): ChildNode[] {
  const inline = inlineCaption(nodes);
  return inline.length === 0 ? [] : [createElement('p', inline)];
}

export function figureOf(media: Element[], caption: ChildNode[]): Element {
  const children: ChildNode[] = [...media];
  if (caption.length > 0) children.push(createElement('figcaption', caption));
  return createElement('figure', children);
}

/** The picture (or link around it) a block holds when it holds nothing else but line breaks. */
export function soleImage(node: ChildNode): Element | null {
  if (!isElement(node)) return null;
  if (isMedia(node)) return node.name === 'img' || node.name === 'a' ? node : null;
  if (!(node.name === 'p' || node.name === 'div')) return null;
  const content = contentOf(node).filter((child) => !isNamed(child, 'br'));
  const only = content[0];
  return content.length === 1 && only !== undefined && (isNamed(only, 'img') || (isNamed(only, 'a') && isMedia(only))) ? only : null;
}

/**
 * Whether a block right after a picture is that picture's caption: short text with no media, marked
 * as a caption by its class, or centred and either starting like a caption or under a centred
 * picture. Bold-only or colon-ended centred lines are left alone: they head what follows.
 */
export function isCaptionBlock(block: Element, hint: CaptionHint, imageCentred: boolean): boolean {
  if (hint === null || !(block.name === 'p' || block.name === 'div' || (hint === 'class' && /^h[2-6]$/.test(block.name)))) return false;
  if (findDescendant(block.children, (element) => MEDIA_ELEMENTS.has(element.name) || BLOCK_ELEMENTS.has(element.name)) !== null) return false;
  const text = textOf(block.children).trim();
  if (text === '' || text.length >= MAX_CAPTION_LENGTH) return false;
  if (hint === 'class' || CAPTION_START.test(text)) return true;
  return imageCentred && !isBoldOnly(block) && !ENDS_WITH_COLON.test(text);
}

function isBoldOnly(block: Element): boolean {
  const content = contentOf(block);
  return content.length === 1 && (isNamed(content[0], 'strong') || isNamed(content[0], 'b'));
}

/** Caption content as one line of inline nodes: blocks flattened (line breaks between), ends trimmed. */
export function inlineCaption(nodes: ChildNode[]): ChildNode[] {
  const inline: ChildNode[] = [];
  const add = (list: ChildNode[]): void => {
    for (const node of list) {
      if (isElement(node) && BLOCK_ELEMENTS.has(node.name)) {
        if (inline.length > 0) inline.push(createElement('br', []));
        add(node.children);
      } else inline.push(node);
    }
  };
  add(nodes);
  while (inline.length > 0 && isEdgeFiller(inline[0])) inline.shift();
  while (inline.length > 0 && isEdgeFiller(inline[inline.length - 1])) inline.pop();
  const first = inline[0];
  if (first !== undefined && isTextNode(first)) first.data = first.data.trimStart();
  const last = inline[inline.length - 1];
  if (last !== undefined && isTextNode(last)) last.data = last.data.trimEnd();
  return isBlank(textOf(inline)) ? [] : inline;
}

function isEdgeFiller(node: ChildNode | undefined): boolean {
  return node !== undefined && (isBlankText(node) || isNamed(node, 'br'));
}
