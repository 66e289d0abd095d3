import { describe, expect, it } from 'vitest';
import { formatExactDate, formatListDate } from '@/i18n/format-date';
import { pickLang } from '@/i18n/locale';
import { en } from '@/i18n/strings-en';
import { zh } from '@/i18n/strings-zh';

describe('pickLang', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['zh'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-HK'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
    [['zha'], 'en'],
  ])('%j -> %s', (languages, expected) => {
    expect(pickLang(languages)).toBe(expected);
  });
});

describe('formatListDate', () => {
  const now = Date.parse('2022-03-10T12:00:00Z');
  it.each([
    ['2022-03-10T11:55:00Z', 'en', '5 minutes ago'],
    ['2022-03-10T09:00:00Z', 'en', '3 hours ago'],
    ['2022-03-09T12:00:00Z', 'en', 'yesterday'],
    ['2022-03-09T12:00:00Z', 'zh-CN', '昨天'],
    ['2021-07-29T05:11:25Z', 'en', 'Jul 29, 2021'],
    ['2021-07-29T05:11:25Z', 'zh-CN', '2021年7月29日'],
    ['not a date', 'en', ''],
  ])('%s in %s -> %s', (iso, locale, expected) => {
    expect(formatListDate(iso, now, locale)).toBe(expected);
  });

  it('gives the exact time for hover', () => {
    expect(formatExactDate('2021-07-29T05:11:25Z', 'en')).toMatch(/Thursday, July 29, 2021/);
  });
});

describe('strings', () => {
  it('has every English string in Chinese too, and different', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.categories).toBe('分类');
    expect(zh.articleCount(3)).toContain('3');
  });
});
