// Ranking cases: every term must match, titles above bodies, rarer terms count more, ties keep doc order.
import { describe, expect, it } from 'vitest';
import { postingWeight, rankDocs } from '@/shared/search-ranking';

/** Postings from [doc, weight] pairs, gap-encoded as stored. */
function postings(...pairs: [number, number][]): number[] {
  let previous = 0;
  return pairs.flatMap(([doc, weight]) => {
    const gap = doc - previous;
    previous = doc;
    return [gap, weight];
  });
}

const body = (n: number) => postingWeight(n, false, false);
const title = postingWeight(0, true, false);

describe('rankDocs', () => {
  it('ranks a title match above any number of body matches', () => {
    const ranked = rankDocs(10, [postings([1, body(15)], [4, title], [7, body(1)])]);
    expect(ranked.map((r) => r.doc)).toEqual([4, 1, 7]);
  });

  it('keeps only documents holding every term', () => {
    const ranked = rankDocs(10, [postings([1, body(1)], [2, body(1)], [3, body(1)]), postings([2, body(1)], [3, body(2)])]);
    expect(ranked.map((r) => r.doc)).toEqual([3, 2]);
  });

  it('finds nothing when a term has no postings', () => {
    expect(rankDocs(10, [postings([1, body(1)]), undefined])).toEqual([]);
    expect(rankDocs(10, [])).toEqual([]);
  });

  it('weighs a rare term above a common one', () => {
    const common = postings([0, body(1)], [1, body(1)], [2, body(1)], [3, body(1)], [4, body(1)]);
    const rare = postings([3, body(1)]);
    const ranked = rankDocs(5, [common]);
    const both = rankDocs(5, [common, rare]);
    expect(both[0]?.score).toBeGreaterThan(ranked[0]?.score ?? 0);
  });

  it('breaks ties by document order (newest first)', () => {
    expect(rankDocs(10, [postings([2, body(1)], [5, body(1)], [8, body(1)])]).map((r) => r.doc)).toEqual([2, 5, 8]);
  });

  it('counts a category match below a title match', () => {
    const ranked = rankDocs(10, [postings([1, postingWeight(0, false, true)], [2, title])]);
    expect(ranked.map((r) => r.doc)).toEqual([2, 1]);
  });
});
