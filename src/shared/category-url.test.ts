import { describe, expect, it } from 'vitest';
import { categoryHref, parseCategoryPathname } from '@/shared/category-url';

describe('category URLs', () => {
  it.each([
    [['新媒体'], '/category/%E6%96%B0%E5%AA%92%E4%BD%93'],
    [['新媒体', 'cnBeta'], '/category/%E6%96%B0%E5%AA%92%E4%BD%93/cnBeta'],
    [['学习', '100% sure', 'a/b'], '/category/%E5%AD%A6%E4%B9%A0/100%25%20sure/a%2Fb'],
  ])('round-trips %j', (path, href) => {
    expect(categoryHref(path)).toBe(href);
    expect(parseCategoryPathname(href)).toEqual(path);
  });

  it.each([
    ['/', null],
    ['/category/', null],
    ['/category/a/b/c/d', null],
    ['/category/a//b', null],
    ['/category/%E0%A4%A', null],
    ['/category/a/', ['a']],
  ])('parses %s as %j', (pathname, expected) => {
    expect(parseCategoryPathname(pathname)).toEqual(expected);
  });
});
