// Which elements and attributes a normalised body keeps: the tables the tree walk consults.

/** Removed with everything inside: scripts, styling, page furniture and form controls. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'link', 'meta', 'base', 'head', 'title', 'template',
  'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter',
  'object', 'embed', 'applet', 'param', 'canvas', 'map', 'area', 'dialog', 'frame', 'frameset', 'noframes',
]);

/** Replaced by their children: wrappers that add nothing once class and style are gone. */
export const UNWRAPPED_ELEMENTS: ReadonlySet<string> = new Set(['html', 'body', 'font', 'form', 'label', 'fieldset', 'legend', 'basefont', 'nobr', 'blink', 'marquee']);

/** Every HTML element name; anything else came from text that looked like a tag (`<DistroName>`). */
export const KNOWN_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'address', 'applet', 'area', 'article', 'aside', 'audio', 'b', 'base', 'basefont', 'bdi', 'bdo',
  'big', 'blink', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup',
  'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset',
  'figcaption', 'figure', 'font', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main',
  'map', 'mark', 'marquee', 'math', 'menu', 'meta', 'meter', 'nav', 'nobr', 'noframes', 'noscript', 'object', 'ol',
  'optgroup', 'option', 'output', 'p', 'param', 'picture', 'pre', 'progress', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's',
  'samp', 'script', 'search', 'section', 'select', 'slot', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub',
  'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr',
  'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr', 'xmp',
]);

/** Block-level elements: they end a line of text and make a body HTML rather than markdown. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'caption', 'xmp',
]);

/** Removed when nothing but whitespace and line breaks is left inside them. */
export const DROPPED_WHEN_EMPTY: ReadonlySet<string> = new Set([
  'p', 'div', 'span', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'small', 'big', 'sup', 'sub', 'mark', 'code',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'figure', 'section', 'article', 'header', 'footer',
  'aside', 'main', 'nav', 'center', 'ul', 'ol', 'li', 'dl', 'table', 'tt', 'q', 'cite', 'abbr', 'ins', 'del',
]);

/** Media that makes an element worth keeping even without text. */
export const MEDIA_ELEMENTS: ReadonlySet<string> = new Set(['img', 'video', 'audio', 'iframe', 'picture', 'svg', 'math']);

const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set(['title', 'lang', 'dir']);

// Per element, beyond the global ones. src/href/srcset are not listed: the walk sets them after cleaning.
const ELEMENT_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['img', new Set(['alt'])],
  ['iframe', new Set(['width', 'height', 'allowfullscreen', 'frameborder'])],
  ['video', new Set(['width', 'height', 'controls', 'muted', 'loop', 'playsinline', 'preload'])],
  ['audio', new Set(['controls', 'muted', 'loop', 'preload'])],
  ['source', new Set(['type'])],
  ['track', new Set(['kind', 'srclang', 'label', 'default'])],
  ['ol', new Set(['start', 'type', 'reversed'])],
  ['li', new Set(['value'])],
  ['td', new Set(['colspan', 'rowspan', 'align'])],
  ['th', new Set(['colspan', 'rowspan', 'align', 'scope'])],
  ['p', new Set(['align'])],
  ['col', new Set(['span'])],
  ['colgroup', new Set(['span'])],
  ['time', new Set(['datetime'])],
  ['details', new Set(['open'])],
]);

const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['allowfullscreen', 'controls', 'muted', 'loop', 'playsinline', 'reversed', 'default', 'open']);
const NUMERIC_ATTRIBUTES: ReadonlySet<string> = new Set(['width', 'height', 'colspan', 'rowspan', 'start', 'span', 'value']);
const ALIGNMENTS: ReadonlySet<string> = new Set(['left', 'center', 'right', 'justify']);
const POSITIVE_NUMBER = /^\s*(\d+)(\.\d+)?\s*$/;
const TEXT_ALIGN = /(?:^|;)\s*text-align\s*:\s*([a-z]+)/i;
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** The attributes worth keeping on a cleaned element (no class, style, id, data-*, event handlers). */
export function keptAttributes(name: string, attribs: Record<string, string>): Record<string, string> {
  const allowed = ELEMENT_ATTRIBUTES.get(name);
  const kept: Record<string, string> = {};
  for (const key in attribs) {
    if (!GLOBAL_ATTRIBUTES.has(key) && !allowed?.has(key)) continue;
    const value = attribs[key] ?? '';
    if (BOOLEAN_ATTRIBUTES.has(key)) kept[key] = '';
    else if (NUMERIC_ATTRIBUTES.has(key)) {
      const number = positiveInteger(value);
      if (number !== null) kept[key] = number;
    } else if (key !== 'align' && (value.trim() !== '' || key === 'alt')) kept[key] = value;
  }
  // Left and justify are the reading default; only centring and right-alignment say something.
  if (allowed?.has('align')) {
    const align = alignmentOf(attribs);
    if (align === 'center' || align === 'right') kept.align = align;
  }
  return kept;
}

/** A whole, positive number as a string ("600", "600.0"), or null for "100%", "auto", "0", "undefinedpx". */
export function positiveInteger(value: string | undefined): string | null {
  const match = value === undefined ? null : POSITIVE_NUMBER.exec(value);
  if (match === null || Number(match[1]) === 0) return null;
  return String(Number(match[1]));
}

/** Horizontal alignment from `align` or an inline `text-align`, lower-cased. */
export function alignmentOf(attribs: Record<string, string>): string | null {
  const fromAttribute = attribs.align?.trim().toLowerCase();
  if (fromAttribute !== undefined && ALIGNMENTS.has(fromAttribute)) return fromAttribute;
  const fromStyle = attribs.style === undefined ? undefined : TEXT_ALIGN.exec(attribs.style)?.[1]?.toLowerCase();
  return fromStyle !== undefined && ALIGNMENTS.has(fromStyle) ? fromStyle : null;
}

export function isCentred(attribs: Record<string, string>): boolean {
  return alignmentOf(attribs) === 'center';
}

/** Hidden by the page itself. `visibility:hidden` is not counted: WeChat hides whole articles that way until its script runs. */
export function isHidden(attribs: Record<string, string>): boolean {
  return attribs.hidden !== undefined || (attribs.style !== undefined && DISPLAY_NONE.test(attribs.style));
}

export function hasClass(attribs: Record<string, string>, name: string): boolean {
  return attribs.class?.split(/\s+/).includes(name) ?? false;
}

/**
 * Page furniture a feed copies along with the article, marked only by its class: ad slots, and the
 * author's avatar beside a byline (知乎日报), which would otherwise become the article's lead image.
 */
export function isFurniture(name: string, attribs: Record<string, string>): boolean {
  return (name === 'ins' && hasClass(attribs, 'adsbygoogle')) || (name === 'img' && hasClass(attribs, 'avatar'));
}
