import { describe, expect, it } from 'vitest';
import { normaliseImageUrl, sameImage } from './image-url';

const realDataImage = `data:image/png;base64,${'A'.repeat(400)}`;

describe('normaliseImageUrl', () => {
  it.each([
    { name: 'keeps an https URL', input: 'https://img.example.com/a.jpg?w=770&resize=770%2C433', expected: 'https://img.example.com/a.jpg?w=770&resize=770%2C433' },
    { name: 'trims', input: '  https://img.example.com/a.jpg\n', expected: 'https://img.example.com/a.jpg' },
    { name: 'keeps http as it is', input: 'http://img.example.com/a.jpg', expected: 'http://img.example.com/a.jpg' },
    { name: 'gives protocol-relative URLs https', input: '//img.example.com/a.jpg', expected: 'https://img.example.com/a.jpg' },
    { name: 'keeps root-relative demo images', input: '/demo/images/harbour.svg', expected: '/demo/images/harbour.svg' },
    { name: 'strips a CORS-proxy prefix', input: 'https://cors.zfour.workers.dev/?http://lain.example.com/pic/cover/1.jpg', expected: 'http://lain.example.com/pic/cover/1.jpg' },
    { name: 'keeps a real inline image', input: realDataImage, expected: realDataImage },
    { name: 'drops a blank', input: '', expected: null },
    { name: 'drops null', input: null, expected: null },
    { name: 'drops undefined', input: undefined, expected: null },
    { name: 'drops a path ending in /undefined', input: 'https://www.example.com/undefined', expected: null },
    { name: 'drops a path ending in /null', input: 'https://www.example.com/img/null', expected: null },
    { name: 'drops the word null', input: 'null', expected: null },
    { name: 'drops about:blank', input: 'about:blank', expected: null },
    { name: 'drops javascript:', input: 'javascript:alert(1)', expected: null },
    { name: 'drops a data: URI that is not an image', input: 'data:text/html;base64,PHNjcmlwdD4=', expected: null },
    { name: 'drops a one-pixel data: gif', input: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', expected: null },
    { name: 'drops picsum.photos stock photos', input: 'https://picsum.photos/400/300?random=7', expected: null },
    { name: 'drops placeholder services on subdomains', input: 'https://via.placeholder.com/150', expected: null },
    { name: 'drops lazy-loading spinners', input: 'https://static.example.com/images/loading.gif', expected: null },
    { name: 'drops a root-relative spacer', input: '/static/blank.gif', expected: null },
    { name: 'drops relative paths that depend on the source page', input: 'images/a.png', expected: null },
    { name: 'drops a URL with no host', input: 'https://', expected: null },
  ])('$name', ({ input, expected }) => {
    expect(normaliseImageUrl(input)).toBe(expected);
  });
});

describe('sameImage', () => {
  it.each([
    { name: 'identical URLs', a: 'https://img.example.com/a.jpg', b: 'https://img.example.com/a.jpg', expected: true },
    { name: 'http and https', a: 'http://img.example.com/a.jpg', b: 'https://img.example.com/a.jpg', expected: true },
    { name: 'protocol-relative and absolute', a: '//img.example.com/a.jpg', b: 'https://img.example.com/a.jpg', expected: true },
    { name: 'proxied and direct', a: 'https://cors.zfour.workers.dev/?http://img.example.com/a.jpg', b: 'https://img.example.com/a.jpg', expected: true },
    { name: 'host case', a: 'https://IMG.example.com/a.jpg', b: 'https://img.example.com/a.jpg', expected: true },
    { name: 'different queries', a: 'https://img.example.com/a.jpg?w=300', b: 'https://img.example.com/a.jpg?w=770', expected: false },
    { name: 'different paths', a: 'https://img.example.com/a.jpg', b: 'https://img.example.com/b.jpg', expected: false },
    { name: 'a bogus URL', a: 'https://www.example.com/undefined', b: 'https://www.example.com/undefined', expected: false },
    { name: 'root-relative paths', a: '/demo/images/a.svg', b: '/demo/images/a.svg', expected: true },
  ])('$name: $expected', ({ a, b, expected }) => {
    expect(sameImage(a, b)).toBe(expected);
  });
});
