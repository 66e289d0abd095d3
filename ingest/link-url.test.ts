import { describe, expect, it } from 'vitest';
import { normaliseLinkUrl } from './link-url';

describe('normaliseLinkUrl', () => {
  it.each([
    { name: 'keeps a web link', input: 'https://www.example.com/a?b=1#c', expected: 'https://www.example.com/a?b=1#c' },
    { name: 'gives protocol-relative links https', input: '//www.example.com/a', expected: 'https://www.example.com/a' },
    { name: 'keeps mail and phone links', input: 'mailto:editor@example.com', expected: 'mailto:editor@example.com' },
    { name: 'keeps phone links', input: 'tel:+8610000000', expected: 'tel:+8610000000' },
    { name: 'unwraps links.jianshu.com/go?to=', input: 'https://links.jianshu.com/go?to=https%3A%2F%2Fmirrors.example.org%2F', expected: 'https://mirrors.example.org/' },
    { name: 'unwraps link.zhihu.com/?target=', input: 'https://link.zhihu.com/?target=https%3A//docs.example.org/page', expected: 'https://docs.example.org/page' },
    { name: 'unwraps c.duomai.com tracking', input: 'https://c.duomai.com/track.php?site_id=242986&euid=&t=https://shop.example.com/', expected: 'https://shop.example.com/' },
    { name: 'unwraps link.juejin.cn', input: 'https://link.juejin.cn/?target=https%3A%2F%2Fdeveloper.example.com%2Fblog', expected: 'https://developer.example.com/blog' },
    { name: 'unwraps google.com/url', input: 'https://www.google.com/url?q=https://www.example.org/&sa=D', expected: 'https://www.example.org/' },
    { name: 'keeps a redirect whose target is not a web URL', input: 'https://link.zhihu.com/?target=javascript%3Aalert(1)', expected: 'https://link.zhihu.com/?target=javascript%3Aalert(1)' },
    { name: 'keeps other pages on a redirect host', input: 'https://www.google.com/search?q=kanbao', expected: 'https://www.google.com/search?q=kanbao' },
    { name: 'drops javascript:', input: 'javascript:void(0)', expected: null },
    { name: 'drops in-page anchors', input: '#comments', expected: null },
    { name: 'drops relative links into the source site', input: '/news/1.html', expected: null },
    { name: 'drops blanks', input: '', expected: null },
  ])('$name', ({ input, expected }) => {
    expect(normaliseLinkUrl(input)).toBe(expected);
  });
});
