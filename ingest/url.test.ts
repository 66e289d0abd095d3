import { describe, expect, it } from 'vitest';
import { cleanUrl, isHttpUrl, normaliseEmbedUrl, normaliseMediaUrl } from './url';

describe('cleanUrl', () => {
  it.each([
    { name: 'trims', input: '  https://a.example.com/x  ', expected: 'https://a.example.com/x' },
    { name: 'drops tabs and newlines inside', input: 'https://a.example.com/\n  x\t.jpg', expected: 'https://a.example.com/  x.jpg' },
    { name: 'gives protocol-relative URLs https', input: '//a.example.com/x', expected: 'https://a.example.com/x' },
    { name: 'keeps http', input: 'http://a.example.com/x', expected: 'http://a.example.com/x' },
    { name: 'unwraps a CORS proxy', input: 'https://cors.zfour.workers.dev/?http://img.example.com/a.png?q=1', expected: 'http://img.example.com/a.png?q=1' },
    { name: 'unwraps an encoded proxied URL', input: 'https://proxy.example.net/fetch?https%3A%2F%2Fimg.example.com%2Fa.png', expected: 'https://img.example.com/a.png' },
    { name: 'unwraps a proxy around a proxy', input: 'https://p1.example.net/?https://p2.example.net/?https://img.example.com/a.png', expected: 'https://img.example.com/a.png' },
    { name: 'leaves a query that is a parameter alone', input: 'https://a.example.com/x?url=https://b.example.com/', expected: 'https://a.example.com/x?url=https://b.example.com/' },
    { name: 'leaves relative paths alone', input: '/demo/images/a.svg', expected: '/demo/images/a.svg' },
    { name: 'returns null for blank', input: '   ', expected: null },
    { name: 'returns null for a missing value', input: undefined, expected: null },
  ])('$name', ({ input, expected }) => {
    expect(cleanUrl(input)).toBe(expected);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://a.example.com/', true],
    ['HTTP://A.EXAMPLE.COM/', true],
    ['//a.example.com/', false],
    ['mailto:a@example.com', false],
    ['javascript:alert(1)', false],
  ])('%s is %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe('normaliseMediaUrl', () => {
  it.each([
    { input: '//media.example.com/v.mp4', expected: 'https://media.example.com/v.mp4' },
    { input: 'http://media.example.com/v.mp4', expected: 'http://media.example.com/v.mp4' },
    { input: '/demo/video.mp4', expected: '/demo/video.mp4' },
    { input: 'blob:https://a.example.com/123', expected: null },
    { input: 'video.mp4', expected: null },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(normaliseMediaUrl(input)).toBe(expected);
  });
});

describe('normaliseEmbedUrl', () => {
  it.each([
    { input: '//player.example.com/p.html?aid=1', expected: 'https://player.example.com/p.html?aid=1' },
    { input: 'http://www.example.com/embed/1', expected: 'https://www.example.com/embed/1' },
    { input: 'HTTP://www.example.com/embed/1', expected: 'https://www.example.com/embed/1' },
    { input: 'https://www.example.com/embed/1', expected: 'https://www.example.com/embed/1' },
    { input: 'about:blank', expected: null },
    { input: 'javascript:alert(1)', expected: null },
    { input: '/relative/embed', expected: null },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(normaliseEmbedUrl(input)).toBe(expected);
  });
});
