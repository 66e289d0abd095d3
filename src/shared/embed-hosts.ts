// The video players a body may embed: the sanitiser's iframe allowlist and the CSP's frame-src, from one list.

/** Hosts whose players may be embedded (after a click, in a sandboxed iframe); matched exactly on the parsed URL. */
export const EMBED_HOSTS: readonly string[] = Object.freeze([
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.bilibili.com',
  'player.vimeo.com',
]);
