import { describe, expect, it } from 'vitest';
import { estimatedRow, heightOfPages, type PageHeights, recordPageHeights } from '@/articles/page-heights';

const rowsOf = (pages: number[]) => pages.map((page) => ({ page }));
const measured = (size: number) => ({ size, measured: true });
const estimated = (size: number) => ({ size, measured: false });

describe('page heights', () => {
  it('adds up each page’s rows, and stands in for pages never laid out with an estimate', () => {
    const heights: PageHeights = new Map();
    recordPageHeights(heights, [3, 4], rowsOf([3, 3, 4]), [measured(100), measured(120), estimated(150)]);
    expect(heights.get(3)).toEqual({ height: 220, rows: 2, measured: 2 });
    expect(heightOfPages(heights, 1, 4, 1000)).toBe(1000 + 1000 + 220 + 150);
    expect(heightOfPages(heights, 5, 4, 1000)).toBe(0);
  });

  it('keeps a page’s measured height when it comes back laid out from estimates', () => {
    const heights: PageHeights = new Map();
    recordPageHeights(heights, [7], rowsOf([7, 7]), [measured(90), measured(110)]);
    recordPageHeights(heights, [7], rowsOf([7, 7]), [estimated(150), estimated(150)]);
    expect(heights.get(7)?.height).toBe(200);
    recordPageHeights(heights, [7], rowsOf([7, 7]), [measured(95), measured(110)]);
    expect(heights.get(7)?.height).toBe(205);
  });

  it('counts a page with no rows shown as 0 high', () => {
    const heights: PageHeights = new Map();
    recordPageHeights(heights, [1, 2], rowsOf([2]), [measured(80)]);
    expect(heights.get(1)).toEqual({ height: 0, rows: 0, measured: 0 });
    expect(heightOfPages(heights, 1, 2, 1000)).toBe(80);
  });

  it('estimates a row from its page’s average, or the fallback for a page never laid out', () => {
    const heights: PageHeights = new Map([[2, { height: 300, rows: 3, measured: 3 }]]);
    expect(estimatedRow(heights, 2, 150)).toBe(100);
    expect(estimatedRow(heights, 9, 150)).toBe(150);
    expect(estimatedRow(heights, undefined, 150)).toBe(150);
  });
});
