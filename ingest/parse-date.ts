// Turns the date text of a post's front matter into an ISO 8601 UTC time, reading zone-less dates in a chosen zone.

export interface TimeZone {
  /** Offset in minutes east of UTC for a local wall-clock time (given as if it were UTC millis). */
  offsetAt(localMillisAsUtc: number): number;
  name: string;
}

const MINUTE = 60_000;
const MAX_OFFSET_MINUTES = 18 * 60;
/** Posts outside these years are generator bugs (epoch zero, year 9999), not real dates. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2101, 0, 1);

function fixedZone(minutes: number, name: string): TimeZone {
  return { name, offsetAt: () => minutes };
}

const UTC = fixedZone(0, 'UTC');
/** The feeds this reader was built for are Chinese; their zone-less dates are China time. */
export const CHINA_TIME = fixedZone(8 * 60, '+08:00');

/** '+08:00', '+0800', '-05:30', 'UTC', 'Z' or an IANA name such as 'Asia/Shanghai'. */
export function parseTimezone(spec: string): TimeZone {
  const text = spec.trim();
  if (/^(?:z|utc|gmt)$/i.test(text)) return UTC;
  const offset = /^(?:utc|gmt)?([+-]\d{1,2}(?::?\d{2})?)$/i.exec(text);
  if (offset !== null) {
    const minutes = offsetMinutes(offset[1] ?? '');
    if (minutes !== null) return fixedZone(minutes, formatOffset(minutes));
  }
  return ianaZone(text, spec);
}

function ianaZone(name: string, spec: string): TimeZone {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
  } catch {
    throw new Error(
      `unknown time zone ${JSON.stringify(spec)}: use an offset such as +08:00, UTC, or an IANA name such as Asia/Shanghai`,
    );
  }
  const offsetAtInstant = (utcMillis: number): number => {
    const label = format.formatToParts(utcMillis).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    return offsetMinutes(label.slice(3)) ?? 0;
  };
  return {
    // As written: ICU would rename some zones to their old names (Asia/Kathmandu -> Asia/Katmandu).
    name,
    // Guess with the offset at the wall-clock instant, then correct once: right everywhere except
    // inside a DST change, where the hour is missing or repeated and either reading will do.
    offsetAt: (local) => offsetAtInstant(local - offsetAtInstant(local) * MINUTE),
  };
}

/** '+08:00', '+0800', '+08', '-5' -> minutes east of UTC; '' -> 0 (how Intl writes GMT); null when out of range. */
function offsetMinutes(text: string): number | null {
  if (text === '') return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (match === null) return null;
  const [, sign, hours = '0', minutes = '0'] = match;
  const total = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || total > MAX_OFFSET_MINUTES) return null;
  return sign === '-' ? -total : total;
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 in UTC ('2021-07-29T05:11:25.000Z'), or null when the text is not a usable date. */
export function parsePostDate(raw: string | null, zone: TimeZone): string | null {
  const text = raw?.trim() ?? '';
  if (text === '' || text.length > 80) return null;
  const millis = fromTimestamp(text) ?? fromIsoLike(text, zone) ?? fromRfc2822(text, zone) ?? fromDateToString(text);
  return millis !== null && millis >= EARLIEST && millis < LATEST ? new Date(millis).toISOString() : null;
}

/** Seconds (9-10 digits) or milliseconds (12-13 digits); other digit counts are not timestamps. */
function fromTimestamp(text: string): number | null {
  if (/^\d{9,10}$/.test(text)) return Number(text) * 1000;
  if (/^\d{12,13}$/.test(text)) return Number(text);
  return null;
}

const ISO_LIKE =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** 2021-07-29, 2021-07-29 05:11:25, 2021/7/29 05:11, 2021-07-29T05:11:25.123+08:00 ... */
function fromIsoLike(text: string, zone: TimeZone): number | null {
  const m = ISO_LIKE.exec(text);
  if (m === null) return null;
  const millis = Number((m[8] ?? '').slice(0, 3).padEnd(3, '0'));
  const clock = [m[5], m[6], m[7]].map((part) => Number(part ?? 0)) as [number, number, number];
  return wallClockToUtc([Number(m[1]), Number(m[3]), Number(m[4]), ...clock, millis], zoneOffset(m[9]), zone);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 2822 section 4.3. "CST" means US Central here, as in every mail and feed parser, not China time.
const NAMED_ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const RFC_2822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})?(?:\s*\(.*\))?$/i;

/** Thu, 29 Jul 2021 05:11:25 GMT; 29 Jul 2021 13:11 +0800; weekdays are not checked (feeds get them wrong). */
function fromRfc2822(text: string, zone: TimeZone): number | null {
  const m = RFC_2822.exec(text);
  if (m === null) return null;
  const month = monthNumber(m[2] ?? '');
  const offset = zoneOffset(m[7]);
  if (month === null || offset === null) return null;
  const year = Number(m[3]);
  // Two-digit years: RFC 2822 section 4.3.
  const fullYear = (m[3] ?? '').length === 2 ? year + (year < 50 ? 2000 : 1900) : year;
  return wallClockToUtc([fullYear, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0], offset, zone);
}

const DATE_TO_STRING =
  /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s+GMT([+-]\d{4})(?:\s*\(.*\))?$/i;

/** What JavaScript's `String(new Date())` writes: Thu Jul 29 2021 13:11:25 GMT+0800 (China Standard Time). */
function fromDateToString(text: string): number | null {
  const m = DATE_TO_STRING.exec(text);
  if (m === null) return null;
  const month = monthNumber(m[1] ?? '');
  const offset = offsetMinutes(m[7] ?? '');
  if (month === null || offset === null) return null;
  return wallClockToUtc([Number(m[3]), month, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]), 0], offset, UTC);
}

function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
}

/** undefined: no zone written (use the reader's zone); null: a zone we do not know. */
function zoneOffset(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  return NAMED_ZONES[text.toLowerCase()] ?? offsetMinutes(text);
}

type WallClock = [year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number];

function wallClockToUtc(clock: WallClock, offset: number | null | undefined, zone: TimeZone): number | null {
  const [year, month, day, hour, minute, second, ms] = clock;
  if (offset === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return local - (offset ?? zone.offsetAt(local)) * MINUTE;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
