// DOM touches on the rendered (already sanitised) body: broken-image fallbacks, click-to-load embeds, scrollable tables.
import { EMBED_HOSTS } from '@/shared/embed-hosts';
import { t } from '@/i18n/locale';

/** Swaps a failed image for a note that links the original; the figure and its caption stay. */
export function replaceBrokenImage(img: HTMLImageElement): void {
  const doc = img.ownerDocument;
  const src = img.currentSrc || img.getAttribute('src') || '';
  const insideLink = img.closest('a') !== null;
  // Inside a link the note cannot be a link of its own; it still says what was there.
  const linkable = !insideLink && /^https?:\/\//i.test(src);
  const note = doc.createElement(linkable ? 'a' : 'span');
  note.className = 'image-fallback';
  const message = linkable ? t.imageFailedLink : t.imageFailed;
  note.textContent = img.alt ? `${img.alt} — ${message}` : message;
  if (note instanceof HTMLAnchorElement) {
    note.href = src;
    note.target = '_blank';
    note.rel = 'noopener noreferrer';
  }
  img.replaceWith(note);
}

/** Gives every embed placeholder its "Load video from <host>" button (idempotent). */
export function addEmbedButtons(body: HTMLElement): void {
  for (const slot of body.querySelectorAll<HTMLElement>('[data-embed-src]')) {
    if (slot.querySelector('.embed-load')) continue;
    const host = slot.dataset.embedHost ?? '';
    const button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'embed-load';
    button.textContent = t.loadVideo(host);
    const note = slot.ownerDocument.createElement('span');
    note.className = 'embed-note';
    note.textContent = t.videoNotice;
    slot.append(button, note);
  }
}

/** Replaces a placeholder with its sandboxed player, re-checking the address against the allowlist. */
export function loadEmbed(slot: HTMLElement): HTMLIFrameElement | null {
  const src = slot.dataset.embedSrc ?? '';
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !EMBED_HOSTS.includes(url.hostname)) return null;
  const frame = slot.ownerDocument.createElement('iframe');
  frame.src = url.href;
  frame.title = slot.dataset.embedTitle || t.loadVideo(url.hostname);
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
  frame.setAttribute('allow', 'fullscreen; picture-in-picture; encrypted-media');
  frame.allowFullscreen = true;
  // Players refuse to start without knowing the embedding origin; the path stays private.
  frame.referrerPolicy = 'strict-origin';
  slot.replaceChildren(frame);
  slot.dataset.embedLoaded = '';
  return frame;
}

/** Wide tables and code blocks scroll sideways; the scrolling ones get a tab stop for keyboard users. */
export function markScrollables(body: HTMLElement): void {
  for (const box of body.querySelectorAll<HTMLElement>('table, pre')) {
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
  }
}
