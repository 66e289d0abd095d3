// Highlight spans: Chinese phrases as one mark, English by stem, nothing for unrelated text.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted, matchSpans } from '@/search/highlight';
import { queryTerms } from '@/shared/search-tokens';

const terms = (query: string) => new Set(queryTerms(query));

describe('matchSpans', () => {
  it.each([
    { text: '城市里的萤火虫', query: '萤火虫', expected: [[4, 7]] },
    { text: '城市与城市之间', query: '城市', expected: [[0, 2], [3, 5]] },
    { text: '夜班火车', query: '夜', expected: [[0, 1]] },
    { text: 'Night trains are back', query: 'train', expected: [[6, 12]] },
    { text: 'AI 助手上线', query: 'ai 助手', expected: [[0, 2], [3, 5]] },
    { text: 'nothing here', query: '城市', expected: [] },
    { text: '新番動漫推薦', query: '动漫', expected: [[2, 4]] },
    { text: '新番动漫推荐', query: '動漫', expected: [[2, 4]] },
  ])('$query in $text', ({ text, query, expected }) => {
    expect(matchSpans(text, terms(query))).toEqual(expected);
  });
});

describe('Highlighted', () => {
  it('wraps matches in <mark> and keeps the rest of the text', () => {
    const { container } = render(
      <p>
        <Highlighted text="Trains and more trains" terms={terms('train')} />
      </p>,
    );
    expect(container.textContent).toBe('Trains and more trains');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Trains', 'trains']);
  });
});
