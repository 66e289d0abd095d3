// Marks the query's terms in a title or excerpt, found by the same tokeniser that built the index.
import type { ReactNode } from 'react';
import { scanTerms } from '@/shared/search-tokens';

/** Spans of `text` holding any of `terms`, overlapping ones (a bigram chain) merged into one. */
export function matchSpans(text: string, terms: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  scanTerms(text, { unigrams: true }, (term, start, end) => {
    if (!terms.has(term)) return;
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  });
  return spans;
}

export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> }): ReactNode {
  const spans = matchSpans(text, terms);
  if (spans.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
