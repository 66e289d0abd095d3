// The one sanitiser policy for article bodies: DOMPurify with an HTML-only allowlist, strict URL checks and embed placeholders.
import DOMPurify, { type Config, type UponSanitizeAttributeHookEvent, type UponSanitizeElementHookEvent } from 'dompurify';
import { EMBED_HOSTS } from '@/shared/embed-hosts';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

// Every tag here is also in DOMPurify's HTML profile (the test proves it). The profile option itself
// cannot be combined with ALLOWED_TAGS (DOMPurify ignores the list and warns), so the namespace
// allowlist below is what keeps SVG and MathML out.
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q',
  'code', 'pre', 'kbd', 'samp', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'img', 'picture', 'source', 'figure', 'figcaption', 'video',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'details', 'summary', 'span', 'div', 'section', 'time', 'ruby', 'rt', 'rp',
];

const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir',
  'start', 'reversed', 'datetime', 'controls', 'poster',
];

// Forbidden even though the allowlist already leaves them out, so a later edit to the list cannot
// let them in by accident. `iframe` is here too: allowed embeds become placeholders before this check.
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'noscript', 'noembed', 'noframes',
  'xmp', 'plaintext', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'output',
  'fieldset', 'legend', 'label', 'dialog', 'svg', 'math',
];

const FORBID_ATTR = ['style', 'class', 'id', 'name', 'srcdoc', 'srcset', 'formaction', 'action', 'is'];

const CONFIG: Config & { RETURN_TRUSTED_TYPE: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_NAMESPACES: [HTML_NAMESPACE],
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  // Where the browser has Trusted Types, the result is TrustedHTML from DOMPurify's own `dompurify`
  // policy: the CSP lets only that policy feed HTML sinks, so only sanitised HTML can reach the page.
  RETURN_TRUSTED_TYPE: true,
};

// A reserved name (RFC 2606) to resolve relative URLs against, so "relative" is a fact of the parse.
const PARSE_BASE = 'https://kanbao.invalid/';
const PARSE_HOST = 'kanbao.invalid';

type UrlKind = 'link' | 'image' | 'media';

const ALLOWED_PROTOCOLS: Record<UrlKind, readonly string[]> = {
  link: ['http:', 'https:', 'mailto:'],
  image: ['http:', 'https:'],
  media: ['http:', 'https:'],
};

const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=]*$/i;

// What the URL parser itself ignores: leading/trailing C0 controls and spaces, and tabs/newlines anywhere.
function stripIgnored(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value, PARSE_BASE);
  } catch {
    return null;
  }
}

/** The URL to write back for an attribute, normalised as the browser would read it, or null to drop it. */
function safeUrl(kind: UrlKind, raw: string): string | null {
  const value = stripIgnored(raw);
  if (kind === 'image' && DATA_IMAGE.test(value)) return value;
  const url = parseUrl(value);
  if (!url) return null;
  if (url.hostname === PARSE_HOST && url.protocol === 'https:') {
    if (kind === 'link' && value.startsWith('#')) return url.hash || '#';
    if (value.startsWith('/')) return url.pathname + url.search + url.hash;
    return null; // document-relative paths would resolve against the reader's own routes
  }
  return ALLOWED_PROTOCOLS[kind].includes(url.protocol) ? url.href : null;
}

// Where each URL attribute may appear, and what it may point at; anywhere else it is dropped.
const URL_ATTRS: Record<string, Readonly<Record<string, UrlKind>>> = {
  href: { a: 'link' },
  src: { img: 'image', source: 'media', video: 'media' },
  poster: { video: 'media' },
};

interface Embed {
  src: string;
  host: string;
  title: string;
}

/** An iframe's player, when its parsed src is https on exactly one of EMBED_HOSTS. */
function embedOf(iframe: Element): Embed | null {
  const value = stripIgnored(iframe.getAttribute('src') ?? '');
  // Protocol-relative embeds are common in feeds; resolving against the https base upgrades them.
  if (!value.startsWith('//') && !/^https:/i.test(value)) return null;
  const url = parseUrl(value);
  if (url?.protocol !== 'https:' || url.username || url.password || url.port) return null;
  if (!EMBED_HOSTS.includes(url.hostname)) return null;
  return { src: url.href, host: url.hostname, title: (iframe.getAttribute('title') ?? '').trim() };
}

// Placeholders made by the element hook, waiting for their data-embed-* attributes. They are set only
// after DOMPurify has checked the placeholder's attributes, because ALLOW_DATA_ATTR: false would strip them.
const pendingEmbeds = new WeakMap<Element, Embed>();

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function onElement(node: Node, event: UponSanitizeElementHookEvent): void {
  if (!isElement(node)) return;
  if (event.tagName === 'iframe') {
    const embed = embedOf(node);
    if (!embed) return; // the tag check removes it, with its content
    const placeholder = node.ownerDocument.createElement('div');
    pendingEmbeds.set(placeholder, embed);
    node.replaceWith(placeholder); // the walk visits the placeholder next, as a plain div
    return;
  }
  if (event.tagName === 'h1') {
    // The page's only h1 is the article title; a body h1 keeps its place one level down.
    const heading = node.ownerDocument.createElement('h2');
    heading.append(...node.childNodes);
    node.replaceWith(heading);
    return;
  }
  if (event.tagName === 'source') {
    const parent = node.parentElement?.localName;
    if (parent !== 'picture' && parent !== 'video') node.remove();
  }
}

function onAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const places = URL_ATTRS[event.attrName];
  if (!places) return;
  const kind = places[node.localName];
  const url = kind ? safeUrl(kind, event.attrValue) : null;
  if (url === null) event.keepAttr = false;
  else event.attrValue = url;
}

function afterAttributes(node: Node): void {
  if (!isElement(node)) return;
  const embed = pendingEmbeds.get(node);
  if (embed) {
    node.setAttribute('data-embed-src', embed.src);
    node.setAttribute('data-embed-host', embed.host);
    node.setAttribute('data-embed-title', embed.title);
    return;
  }
  switch (node.localName) {
    case 'a': {
      const href = node.getAttribute('href');
      if (href !== null && !href.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      return;
    }
    case 'img':
      // An image whose src was refused would only show a broken icon.
      if (!node.hasAttribute('src')) {
        node.remove();
        return;
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
      return;
    case 'video':
      // Nothing downloads until the reader presses play, and there must be a way to press it.
      node.setAttribute('controls', '');
      node.setAttribute('preload', 'none');
      return;
  }
}

// Without a DOM (Node) DOMPurify has no hooks to add to; sanitiseBody then refuses to run.
if (DOMPurify.isSupported) {
  DOMPurify.addHook('uponSanitizeElement', onElement);
  DOMPurify.addHook('uponSanitizeAttribute', onAttribute);
  DOMPurify.addHook('afterSanitizeAttributes', afterAttributes);
}

/**
 * Untrusted article HTML -> HTML safe to put in the page: TrustedHTML in browsers with Trusted Types, a
 * string elsewhere (jsdom). Throws where DOMPurify cannot run (no DOM).
 */
export function sanitiseBody(html: string): TrustedHTML | string {
  // Without a DOM, DOMPurify returns its input unchanged; refuse rather than pass hostile HTML on.
  if (!DOMPurify.isSupported) throw new Error('sanitiseBody needs a DOM (browser or jsdom)');
  return DOMPurify.sanitize(html, CONFIG);
}
