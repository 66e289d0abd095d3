import { describe, expect, it } from 'vitest';
import { ARTICLE_ID_PATTERN, isListKey } from '@/shared/schema';
import { articleIdForPath, categoryKey } from './article-id';

describe('articleIdForPath', () => {
  it('is stable and URL-safe', () => {
    const id = articleIdForPath('新媒体/cnBeta/最新/某篇文章.md');
    expect(id).toMatch(ARTICLE_ID_PATTERN);
    expect(articleIdForPath('新媒体/cnBeta/最新/某篇文章.md')).toBe(id);
  });

  it('treats Windows separators and Unicode normal forms alike', () => {
    expect(articleIdForPath('a\\b\\café.md')).toBe(articleIdForPath('a/b/cafe\u0301.md'));
  });

  it('differs for different paths', () => {
    const ids = new Set(Array.from({ length: 5000 }, (_, i) => articleIdForPath(`g/s/c/${i}.md`)));
    expect(ids.size).toBe(5000);
  });
});

describe('categoryKey', () => {
  it('is a valid list key and tells nested paths apart', () => {
    const key = categoryKey(['游戏', '3DMGame']);
    expect(isListKey(key)).toBe(true);
    expect(categoryKey(['游戏', '3DMGame'])).toBe(key);
    expect(categoryKey(['游戏3DMGame'])).not.toBe(key);
    expect(categoryKey(['游戏', '3DMGame', '新闻中心'])).not.toBe(key);
  });
});
