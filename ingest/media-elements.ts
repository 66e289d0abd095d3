// Cleans pictures, video, audio and embeds: the real source behind lazy loading and proxies, sizes, controls.
import type { ChildNode, Element } from 'domhandler';
import { isNamed, setChildren } from './dom';
import { keptAttributes, positiveInteger } from './html-rules';
import { normaliseImageUrl } from './image-url';
import { cleanUrl, isHttpUrl, normaliseEmbedUrl, normaliseMediaUrl } from './url';

// Where lazy-loading scripts park the real source, most specific first.
const LAZY_SOURCES = ['data-src', 'data-original', 'data-original-src', '_src', 'zoomfile', 'data-actualsrc', 'data-lazy-src'];

// Pairs that give the picture's real pixel size. Sites disagree with their own width/height
// (IT之家 writes w="1440" h="477" beside height="272"), so these win when both halves are numbers.
const SIZE_HINTS: ReadonlyArray<readonly [string, string]> = [
  ['data-original-width', 'data-original-height'],
  ['data-rawwidth', 'data-rawheight'],
  ['w', 'h'],
  ['data-w', 'data-h'],
  ['data-width', 'data-height'],
  ['width', 'height'],
];

const SRCSET_SEPARATOR = /,\s+/;

/** Rewrites the image's attributes in place; false when it has no usable source and should go. */
export function cleanImage(img: Element): boolean {
  const src = imageSource(img.attribs);
  if (src === null) return false;
  const raw = img.attribs;
  const attribs = { src, ...keptAttributes('img', raw), ...imageSize(raw) };
  const srcset = webOnlySrcset(raw.srcset ?? raw['data-srcset']);
  if (srcset !== null) {
    Object.assign(attribs, raw.sizes === undefined ? { srcset } : { srcset, sizes: raw.sizes });
  }
  img.attribs = attribs;
  return true;
}

/**
 * The usable src, else the first usable lazy-loading attribute. Placeholders (spinners, `/undefined`)
 * are not usable; an inline data: src is, but loses to a lazy URL since it is then a blurred preview.
 */
export function imageSource(attribs: Record<string, string>): string | null {
  const src = normaliseImageUrl(attribs.src);
  if (src !== null && !src.startsWith('data:')) return src;
  for (const name of LAZY_SOURCES) {
    const lazy = normaliseImageUrl(attribs[name]);
    if (lazy !== null) return lazy;
  }
  return src;
}

function imageSize(attribs: Record<string, string>): Record<string, string> {
  for (const [widthName, heightName] of SIZE_HINTS) {
    const width = positiveInteger(attribs[widthName]);
    const height = positiveInteger(attribs[heightName]);
    if (width !== null && height !== null) return { width, height };
  }
  // A lone width (GameRes's width="600") still caps the picture; a lone height would distort it.
  const width = positiveInteger(attribs.width);
  return width === null ? {} : { width };
}

/** The srcset with every candidate made absolute, or null when any candidate is not a web URL. */
function webOnlySrcset(srcset: string | undefined): string | null {
  if (srcset === undefined || srcset.trim() === '') return null;
  const candidates: string[] = [];
  for (const candidate of srcset.trim().split(SRCSET_SEPARATOR)) {
    const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
    const cleaned = cleanUrl(url);
    if (cleaned === null || !isHttpUrl(cleaned)) return null;
    candidates.push([cleaned, ...descriptors].join(' '));
  }
  return candidates.join(', ');
}

/** Rewrites a <video>, <audio>, <source> or <track> after its children are cleaned; false when nothing is left to play. */
export function cleanPlayable(element: Element, children: ChildNode[]): boolean {
  const { name, attribs: raw } = element;
  const src = normaliseMediaUrl(raw.src);
  const kept = keptAttributes(name, raw);
  if (name === 'source' || name === 'track') {
    element.attribs = { src: src ?? '', ...kept };
    setChildren(element, []);
    return src !== null;
  }
  // Fallback text ("your browser does not support video") is dropped; <source> and <track> stay.
  const sources = children.filter((child) => isNamed(child, 'source') || isNamed(child, 'track'));
  if (src === null && !sources.some((child) => isNamed(child, 'source'))) return false;
  const poster = name === 'video' ? normaliseImageUrl(raw.poster) : null;
  // Without controls a scraped video cannot be started: its page's player script is gone.
  element.attribs = { ...(src === null ? {} : { src }), ...(poster === null ? {} : { poster }), ...kept, controls: '' };
  setChildren(element, sources);
  return true;
}

/** A <picture> becomes its <img>: the sources' formats are a nicety the reader does without. */
export function pictureImage(picture: Element): Element | null {
  const img = picture.children.find((child): child is Element & { name: 'img' } => isNamed(child, 'img'));
  return img !== undefined && cleanImage(img) ? img : null;
}

/** Rewrites an <iframe> to its https src and size, with no content; false when its src is not a web page. */
export function cleanEmbed(iframe: Element): boolean {
  const src = normaliseEmbedUrl(iframe.attribs.src);
  if (src === null) return false;
  iframe.attribs = { src, ...keptAttributes('iframe', iframe.attribs) };
  setChildren(iframe, []);
  return true;
}
