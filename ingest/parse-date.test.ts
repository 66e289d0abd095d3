import { describe, expect, it } from 'vitest';
import { CHINA_TIME, parsePostDate, parseTimezone } from './parse-date';

describe('parsePostDate', () => {
  const cases: [name: string, raw: string | null, expected: string | null][] = [
    // RFC 2822 / 1123, as the feed generator writes them
    ['RFC 1123 in GMT', 'Thu, 29 Jul 2021 05:11:25 GMT', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 with a numeric zone', 'Thu, 29 Jul 2021 13:11:25 +0800', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 with a negative zone', 'Wed, 28 Jul 2021 23:41:25 -0530', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 without a weekday', '29 Jul 2021 05:11:25 GMT', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 with a wrong weekday (ignored)', 'Mon, 29 Jul 2021 05:11:25 UT', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 without seconds', 'Thu, 29 Jul 2021 05:11 GMT', '2021-07-29T05:11:00.000Z'],
    ['RFC 2822 with a one-digit day, full month name', '3 August 2021 10:00:00 Z', '2021-08-03T10:00:00.000Z'],
    ['RFC 2822 with a US zone name', 'Thu, 29 Jul 2021 01:11:25 EDT', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 with a zone comment', 'Thu, 29 Jul 2021 13:11:25 +0800 (CST)', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 with a two-digit year', '29 Jul 21 05:11:25 GMT', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 without a zone is read in the reader zone', '29 Jul 2021 13:11:25', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 in lower case', 'thu, 29 jul 2021 05:11:25 gmt', '2021-07-29T05:11:25.000Z'],
    ['RFC 2822 with an unknown zone name', 'Thu, 29 Jul 2021 05:11:25 XYZ', null],
    ['RFC 2822 with an unknown month', 'Thu, 29 Jux 2021 05:11:25 GMT', null],
    // ISO 8601 with a zone
    ['ISO with Z', '2021-07-29T05:11:25Z', '2021-07-29T05:11:25.000Z'],
    ['ISO with milliseconds and Z', '2021-07-29T05:11:25.123Z', '2021-07-29T05:11:25.123Z'],
    ['ISO with a long fraction', '2021-07-29T05:11:25.123456789Z', '2021-07-29T05:11:25.123Z'],
    ['ISO with +08:00', '2021-07-29T13:11:25+08:00', '2021-07-29T05:11:25.000Z'],
    ['ISO with +0800', '2021-07-29T13:11:25+0800', '2021-07-29T05:11:25.000Z'],
    ['ISO with -05:30', '2021-07-28T23:41:25-05:30', '2021-07-29T05:11:25.000Z'],
    ['ISO with a space and a zone', '2021-07-29 13:11:25 +08:00', '2021-07-29T05:11:25.000Z'],
    // Zone-less forms: read in the reader zone (China time here)
    ['YYYY-MM-DD HH:MM:SS', '2022-04-26 12:19:01', '2022-04-26T04:19:01.000Z'],
    ['YYYY-MM-DDTHH:MM:SS', '2022-04-26T12:19:01', '2022-04-26T04:19:01.000Z'],
    ['YYYY-MM-DD', '2022-04-26', '2022-04-25T16:00:00.000Z'],
    ['YYYY/MM/DD HH:MM', '2022/04/26 12:19', '2022-04-26T04:19:00.000Z'],
    ['single-digit month and day', '2022/4/6 08:00', '2022-04-06T00:00:00.000Z'],
    ['surrounding spaces', '  2022-04-26 12:19:01 ', '2022-04-26T04:19:01.000Z'],
    ['mixed separators', '2022-04/26', null],
    // Unix timestamps
    ['seconds', '1627535485', '2021-07-29T05:11:25.000Z'],
    ['milliseconds', '1627535485123', '2021-07-29T05:11:25.123Z'],
    ['too few digits for a timestamp', '16275354', null],
    ['11 digits', '16275354851', null],
    // Not dates
    ['Invalid Date', 'Invalid Date', null],
    ['null', null, null],
    ['empty', '', null],
    ['blank', '   ', null],
    ['garbage', 'yesterday at noon', null],
    ['month 13', '2021-13-01 00:00:00', null],
    ['day 0', '2021-02-00', null],
    ['Feb 30', '2021-02-30', null],
    ['Feb 29 in a common year', '2021-02-29', null],
    ['Feb 29 in a leap year', '2024-02-29 12:00:00', '2024-02-29T04:00:00.000Z'],
    ['hour 24', '2021-07-29 24:00:00', null],
    ['minute 60', '2021-07-29 10:60:00', null],
    ['31 Apr in RFC form', '31 Apr 2021 10:00:00 GMT', null],
    ['year before 1970', '1969-12-31T00:00:00Z', null],
    ['year after 2100', '2101-01-01T00:00:00Z', null],
    ['the last moment of 2100', '2100-12-31T23:59:59Z', '2100-12-31T23:59:59.000Z'],
    ['an out-of-range offset', '2021-07-29T05:11:25+19:00', null],
    ['a very long string', `2021-07-29 ${'x'.repeat(1000)}`, null],
    // What JavaScript's Date#toString writes
    ['Date#toString', 'Thu Jul 29 2021 13:11:25 GMT+0800 (China Standard Time)', '2021-07-29T05:11:25.000Z'],
  ];

  it.each(cases)('%s', (_name, raw, expected) => {
    expect(parsePostDate(raw, CHINA_TIME)).toBe(expected);
  });

  it('reads zone-less dates in the zone it is given, and leaves zoned ones alone', () => {
    const utc = parseTimezone('UTC');
    expect(parsePostDate('2022-04-26 12:19:01', utc)).toBe('2022-04-26T12:19:01.000Z');
    expect(parsePostDate('Thu, 29 Jul 2021 05:11:25 GMT', utc)).toBe('2021-07-29T05:11:25.000Z');
    expect(parsePostDate('2021-07-29T05:11:25+02:00', utc)).toBe('2021-07-29T03:11:25.000Z');
  });

  it('follows daylight saving time in an IANA zone', () => {
    const newYork = parseTimezone('America/New_York');
    expect(parsePostDate('2021-01-15 12:00:00', newYork)).toBe('2021-01-15T17:00:00.000Z');
    expect(parsePostDate('2021-07-15 12:00:00', newYork)).toBe('2021-07-15T16:00:00.000Z');
  });
});

describe('parseTimezone', () => {
  const at = Date.UTC(2021, 6, 29, 12);
  const cases: [spec: string, offset: number, name: string][] = [
    ['+08:00', 480, '+08:00'],
    ['+0800', 480, '+08:00'],
    ['+08', 480, '+08:00'],
    ['-05:30', -330, '-05:30'],
    ['UTC+8', 480, '+08:00'],
    ['UTC', 0, 'UTC'],
    ['utc', 0, 'UTC'],
    ['Z', 0, 'UTC'],
    ['GMT', 0, 'UTC'],
    ['Asia/Shanghai', 480, 'Asia/Shanghai'],
    [' asia/shanghai ', 480, 'asia/shanghai'],
    ['Asia/Kathmandu', 345, 'Asia/Kathmandu'],
    ['Europe/Berlin', 120, 'Europe/Berlin'],
  ];

  it.each(cases)('%s', (spec, offset, name) => {
    const zone = parseTimezone(spec);
    expect(zone.offsetAt(at)).toBe(offset);
    expect(zone.name).toBe(name);
  });

  it('gives China time as the default zone', () => {
    expect(CHINA_TIME.offsetAt(at)).toBe(480);
  });

  it.each(['Mars/Olympus', '+25:00', '+08:75', 'eight', ''])('rejects %j with a clear message', (spec) => {
    expect(() => parseTimezone(spec)).toThrow(/unknown time zone .*: use an offset such as \+08:00, UTC, or an IANA name/);
  });
});
