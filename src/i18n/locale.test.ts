import { describe, expect, it } from 'vitest';
import { formatCount } from '@/i18n/format-count';
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
    expect(formatExactDate('2021-07-29T05:11:25Z', 'en')).toMatch(/^Jul 29, 2021, \d{1,2}:11 [AP]M$/);
  });

  // Written out by hand to keep Intl off the first screen; Intl itself is the reference.
  const sameSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const offsets = [-45 * 86_400_000, -2 * 86_400_000, -86_400_000, -5 * 3_600_000, -3_600_000, -30 * 60_000, -60_000, 0, 90_000, 3 * 3_600_000, 86_400_000, 2 * 86_400_000, 400 * 86_400_000];
  it.each(['en', 'zh-CN'])('says what Intl says in %s, list dates and exact dates alike', (locale) => {
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const calendar = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const exact = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    for (const offset of offsets) {
      const iso = new Date(now + offset).toISOString();
      const abs = Math.abs(offset);
      const expected =
        abs >= 30 * 86_400_000
          ? calendar.format(now + offset)
          : abs < 3_600_000
            ? rtf.format(Math.round(offset / 60_000), 'minute')
            : abs < 86_400_000
              ? rtf.format(Math.round(offset / 3_600_000), 'hour')
              : rtf.format(Math.round(offset / 86_400_000), 'day');
      expect(formatListDate(iso, now, locale)).toBe(expected);
      expect(sameSpaces(formatExactDate(iso, locale))).toBe(sameSpaces(exact.format(now + offset)));
    }
    for (const iso of ['2021-07-29T00:01:00', '2021-07-29T12:30:00', '2021-12-31T23:59:00']) {
      expect(sameSpaces(formatExactDate(iso, locale))).toBe(sameSpaces(exact.format(Date.parse(iso))));
    }
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
  ])('%d -> %s', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
    expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});

describe('strings', () => {
  it('has every English string in Chinese too, and different', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.categories).toBe('分类');
    expect(zh.articleCount(3)).toContain('3');
  });
});
