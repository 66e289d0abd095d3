// The built app's Content-Security-Policy: the directives, the <meta> form Vite injects, and the header form for servers.
import type { Plugin } from 'vite';
import { EMBED_HOSTS } from '../src/shared/embed-hosts.ts';

/**
 * Trusted Types policies allowed to exist. `dompurify` is DOMPurify's own: it signs sanitised article HTML,
 * the only HTML the app writes into the page. `kanbao-worker` signs the service worker's script URL.
 */
export const TRUSTED_TYPES_POLICIES = ['dompurify', 'kanbao-worker'] as const;

// What a <meta> tag can carry. Every fetch the app makes is listed; anything else is refused.
const META_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // React's style props are DOM properties, which CSP allows; style="" and <style> in HTML are refused.
  ['style-src', "'self'"],
  // Article images come from anywhere on the web, but never over plain http.
  ['img-src', "'self' https: data:"],
  ['media-src', "'self' https:"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['frame-src', EMBED_HOSTS.map((host) => `https://${host}`).join(' ')],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', TRUSTED_TYPES_POLICIES.join(' ')],
];

// Only an HTTP header can say who may frame the reader.
const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

function serialise(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as shipped in index.html's <meta http-equiv>. */
export const metaPolicy = serialise(META_DIRECTIVES);

/** The policy a server should send as a `Content-Security-Policy` header (docs/deploy.md). */
export const headerPolicy = serialise([...META_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

const CHARSET_META = /<meta charset="UTF-8"\s*\/?>/i;

/** Adds the policy to the built index.html only: the dev server needs inline scripts and eval for hot reloading. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'kanbao-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET_META.test(html)) throw new Error('index.html: no <meta charset="UTF-8"> to put the CSP after');
        // Right after the charset and before every script, so the policy governs all of them.
        return html.replace(CHARSET_META, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`);
      },
    },
  };
}
