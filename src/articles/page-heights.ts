// The heights of a windowed list's pages, so the pages outside the window it holds can be stood in for by their height.

/** A page as last laid out: its height, how many rows it had, and how many of those were measured, not estimated. */
export interface PageHeight {
  height: number;
  rows: number;
  measured: number;
}

export type PageHeights = Map<number, PageHeight>;

/** The height of pages `from` to `to` (inclusive) as last laid out, `estimate` for each page never laid out. */
export function heightOfPages(heights: PageHeights, from: number, to: number, estimate: number): number {
  let total = 0;
  for (let page = from; page <= to; page++) total += heights.get(page)?.height ?? estimate;
  return total;
}

/** A row's size before it is measured: its page's average if that page was laid out before. */
export function estimatedRow(heights: PageHeights, page: number | undefined, fallback: number): number {
  const known = page === undefined ? undefined : heights.get(page);
  return known?.rows ? known.height / known.rows : fallback;
}

/**
 * Records the height of each page in the window as its rows lay out now (`rows[i]` is laid out as `sizes[i]`); a
 * page with no rows shown (all read, with read articles hidden) is 0 high. A page now laid out from fewer measured
 * rows than before, such as one just fetched again, keeps the height it had.
 */
export function recordPageHeights(
  heights: PageHeights,
  windowPages: readonly number[],
  rows: readonly { page: number }[],
  sizes: readonly { size: number; measured: boolean }[],
): void {
  const now = new Map<number, PageHeight>(windowPages.map((page) => [page, { height: 0, rows: 0, measured: 0 }]));
  rows.forEach((row, i) => {
    const size = sizes[i];
    if (!size) return;
    const page = now.get(row.page);
    if (!page) return;
    page.height += size.size;
    page.rows += 1;
    page.measured += size.measured ? 1 : 0;
  });
  for (const [page, height] of now) {
    const known = heights.get(page);
    if (!known || height.measured >= known.measured) heights.set(page, height);
  }
}
