// Posting weights and the ranking over them: what a match in a title, a category or a body is worth.

/** A posting's weight packs the body count (capped) with flags for a title and a category match. */
const BODY_MASK = 15;
const TITLE_FLAG = 16;
const CATEGORY_FLAG = 32;

/** A title match outweighs any body count, so for the same terms titles always rank above bodies. */
const TITLE_SCORE = 2;
const CATEGORY_SCORE = 0.5;
/** BM25's term-frequency saturation: the tenth mention adds little over the third. */
const K1 = 1.2;

export function postingWeight(bodyCount: number, inTitle: boolean, inCategory: boolean): number {
  return Math.min(bodyCount, BODY_MASK) | (inTitle ? TITLE_FLAG : 0) | (inCategory ? CATEGORY_FLAG : 0);
}

export interface RankedDoc {
  doc: number;
  score: number;
}

/** Postings as stored: [docGap, weight, docGap, weight, ...], doc numbers ascending, each gap from the previous. */
function decode(postings: readonly number[]): Map<number, number> {
  const byDoc = new Map<number, number>();
  let doc = 0;
  for (let i = 0; i + 1 < postings.length; i += 2) {
    doc += postings[i] as number;
    byDoc.set(doc, postings[i + 1] as number);
  }
  return byDoc;
}

function termScore(weight: number, idf: number): number {
  const body = weight & BODY_MASK;
  const fields = (weight & TITLE_FLAG ? TITLE_SCORE : 0) + (weight & CATEGORY_FLAG ? CATEGORY_SCORE : 0);
  return idf * (fields + body / (body + K1));
}

/**
 * The documents that hold every query term (missing postings mean no match), best first; equal
 * scores keep doc order, which the ingest makes newest first.
 */
export function rankDocs(docCount: number, termPostings: readonly (readonly number[] | undefined)[]): RankedDoc[] {
  if (termPostings.length === 0 || termPostings.some((p) => !p || p.length === 0)) return [];
  const lists = (termPostings as (readonly number[])[]).map(decode).sort((a, b) => a.size - b.size);
  const idfs = lists.map((list) => Math.log(1 + (docCount - list.size + 0.5) / (list.size + 0.5)));
  const [shortest, ...rest] = lists as [Map<number, number>, ...Map<number, number>[]];
  const ranked: RankedDoc[] = [];
  for (const [doc, weight] of shortest) {
    let score = termScore(weight, idfs[0] as number);
    let all = true;
    for (const [i, list] of rest.entries()) {
      const other = list.get(doc);
      if (other === undefined) {
        all = false;
        break;
      }
      score += termScore(other, idfs[i + 1] as number);
    }
    if (all) ranked.push({ doc, score });
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
