// Table tests for the body sanitiser: hostile bodies lose every active part, benign bodies survive, and invariants hold for all.
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { sanitiseBody } from '@/articles/sanitise-body';
import { EMBED_HOSTS } from '@/shared/embed-hosts';
import { benignBodies, hostileBodies } from '@/test/hostile-bodies';

// jsdom has no Trusted Types, so the output is a string here (a TrustedHTML in Chromium, see e2e/xss.spec.ts).
function sanitised(html: string): string {
  const output = sanitiseBody(html);
  if (typeof output !== 'string') throw new Error('expected a string without Trusted Types');
  return output;
}

describe('sanitiseBody', () => {
  it.each(hostileBodies)('neutralises $class: $name', ({ input, expected }) => {
    expect(sanitised(input)).toBe(expected);
  });

  it.each(benignBodies)('keeps $name', ({ input, expected }) => {
    expect(sanitised(input)).toBe(expected);
  });
});

// The policy restated, so a change to the allowlist has to be made twice, on purpose.
const POLICY_TAGS = new Set(
  'p br hr h2 h3 h4 h5 h6 strong b em i u s del sub sup small mark abbr cite q code pre kbd samp blockquote ul ol li dl dt dd a img picture source figure figcaption video table thead tbody tfoot tr th td caption colgroup col details summary span div section time ruby rt rp'.split(
    ' ',
  ),
);
const SAFE_URL = /^(?:https?:\/\/[^/]|\/(?!\/)|#|data:image\/(?:png|gif|jpeg|webp);base64,)/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function problemsIn(html: string): string[] {
  const problems: string[] = [];
  for (const el of parse(html).querySelectorAll('*')) {
    const tag = el.localName;
    if (el.namespaceURI !== HTML_NS) problems.push(`${tag} outside HTML`);
    if (!POLICY_TAGS.has(tag)) problems.push(`tag ${tag}`);
    for (const { name, value } of el.attributes) {
      if (/^on|^(?:style|class|id|name|srcdoc|srcset|ping|formaction)$/.test(name)) problems.push(`${tag}[${name}]`);
      if (name === 'href' && !(SAFE_URL.test(value) || value.startsWith('mailto:'))) problems.push(`href ${value}`);
      if ((name === 'src' || name === 'poster') && !SAFE_URL.test(value)) problems.push(`${name} ${value}`);
    }
    const href = el.getAttribute('href');
    if (tag === 'a' && href && !href.startsWith('#') && el.getAttribute('rel') !== 'noopener noreferrer') {
      problems.push(`link without rel: ${href}`);
    }
    if (tag === 'img' && el.getAttribute('referrerpolicy') !== 'no-referrer') problems.push('img leaks referrer');
    const embedSrc = el.getAttribute('data-embed-src');
    if (embedSrc !== null) {
      const url = new URL(embedSrc);
      if (url.protocol !== 'https:' || !EMBED_HOSTS.includes(url.hostname)) problems.push(`embed ${embedSrc}`);
      if (el.getAttribute('data-embed-host') !== url.hostname) problems.push('embed host mismatch');
    }
  }
  return problems;
}

describe('every output, hostile or benign', () => {
  const all = [...hostileBodies, ...benignBodies];

  it.each(all)('holds the policy invariants: $name', ({ input }) => {
    expect(problemsIn(sanitised(input))).toEqual([]);
  });

  // Mutation XSS lives in the gap between what was checked and what the page parses; there must be none.
  it.each(all)('parses back to itself: $name', ({ input }) => {
    const output = sanitised(input);
    const template = document.createElement('template');
    template.innerHTML = output;
    expect(template.innerHTML).toBe(output);
  });

  it('only emits elements that DOMPurify\'s own HTML profile also keeps', () => {
    const output = benignBodies.map((c) => sanitised(c.input)).join('');
    const profile = DOMPurify(window).sanitize(output, { USE_PROFILES: { html: true } });
    const tags = (html: string) => [...parse(html).querySelectorAll('*')].map((el) => el.localName);
    expect(tags(profile)).toEqual(tags(output));
  });
});

describe('embed placeholders', () => {
  it('lists exactly the allowed player hosts', () => {
    expect([...EMBED_HOSTS].sort()).toEqual([
      'player.bilibili.com',
      'player.vimeo.com',
      'www.youtube-nocookie.com',
      'www.youtube.com',
      'youtube.com',
    ]);
    expect(Object.isFrozen(EMBED_HOSTS)).toBe(true);
  });

  // The hook writes data-embed-* after DOMPurify has checked the placeholder; written any earlier,
  // ALLOW_DATA_ATTR: false would strip them, and an author's own data-embed-* must never survive.
  it('keeps its own data attributes and drops an author\'s on the same page', () => {
    const output = sanitised(
      '<div data-embed-src="https://evil.example/">x</div><iframe src="https://www.youtube.com/embed/a" title="T"></iframe>',
    );
    const divs = parse(output).querySelectorAll('div');
    expect(divs[0]?.attributes.length).toBe(0);
    expect(divs[1]?.getAttribute('data-embed-src')).toBe('https://www.youtube.com/embed/a');
    expect(divs[1]?.getAttribute('data-embed-title')).toBe('T');
  });

  it('makes one placeholder per iframe across repeated calls', () => {
    const input = '<iframe src="https://player.vimeo.com/video/9"></iframe>';
    expect(sanitised(input)).toBe(sanitised(input));
    expect(parse(sanitised(input + input)).querySelectorAll('[data-embed-src]')).toHaveLength(2);
  });
});
