// Tokeniser cases: Chinese bigrams and unigrams, English words and stems, mixed text, spans for highlights.
import { describe, expect, it } from 'vitest';
import { queryTerms, scanTerms, shardOf, stem, termCounts } from '@/shared/search-tokens';

function terms(text: string, unigrams = false): string[] {
  const out: string[] = [];
  scanTerms(text, { unigrams }, (term) => out.push(term));
  return out;
}

describe('scanTerms', () => {
  it.each([
    { name: 'Chinese run as overlapping bigrams', text: '电子墨水', expected: ['电子', '子墨', '墨水'] },
    { name: 'punctuation splits runs', text: '深海采矿，暂停', expected: ['深海', '海采', '采矿', '暂停'] },
    { name: 'a lone Chinese character stays a unigram', text: '说：好', expected: ['说', '好'] },
    { name: 'English words lower-cased and stemmed', text: 'Night Trains, stories', expected: ['night', 'train', 'story'] },
    { name: 'possessive dropped', text: "Harbor's guide", expected: ['harbor', 'guide'] },
    { name: 'mixed text gives both kinds', text: '本地AI助手 2.0', expected: ['本地', 'ai', '助手', '2', '0'] },
    { name: 'full-width letters fold to ASCII', text: 'ＡＩ芯片', expected: ['ai', '芯片'] },
    { name: 'nothing in punctuation only', text: '——！？', expected: [] },
    { name: 'Traditional characters fold to Simplified', text: '動漫與電腦', expected: ['动漫', '漫与', '与电', '电脑'] },
    { name: 'Simplified text is left as it is', text: '动漫与电脑', expected: ['动漫', '漫与', '与电', '电脑'] },
  ])('$name', ({ text, expected }) => {
    expect(terms(text)).toEqual(expected);
  });

  it('adds every character as a unigram when asked (titles and categories)', () => {
    expect(terms('看报', true)).toEqual(['看', '看报', '报']);
  });

  it('reports each term at its span in the original text', () => {
    const spans: string[] = [];
    const text = 'Ｎight 列车 trains';
    scanTerms(text, {}, (_term, start, end) => spans.push(text.slice(start, end)));
    expect(spans).toEqual(['Ｎight', '列车', 'trains']);
  });

  it('keeps spans on the Traditional text as written while the term is folded', () => {
    const found: string[] = [];
    const text = '看動漫';
    scanTerms(text, {}, (term, start, end) => found.push(`${term}@${text.slice(start, end)}`));
    expect(found).toEqual(['看动@看動', '动漫@動漫']);
  });
});

describe('stem', () => {
  it.each([
    ['ships', 'ship'],
    ['stories', 'story'],
    ['glass', 'glass'],
    ['bus', 'bus'],
    ['this', 'this'],
    ['news', 'new'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('queryTerms and termCounts', () => {
  it('gives distinct query terms in order', () => {
    expect(queryTerms('城市 城市 萤火虫 city')).toEqual(['城市', '萤火', '火虫', 'city']);
  });

  it('counts repeated terms', () => {
    expect(termCounts('tool tools 工具工具')).toEqual(
      new Map([
        ['tool', 2],
        ['工具', 2],
        ['具工', 1],
      ]),
    );
  });
});

describe('shardOf', () => {
  it('is stable and within range', () => {
    expect(shardOf('城市', 512)).toBe(shardOf('城市', 512));
    for (const term of ['a', '城市', 'kettle', '萤']) {
      const shard = shardOf(term, 8);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(8);
    }
    expect(shardOf('anything', 1)).toBe(0);
  });
});
