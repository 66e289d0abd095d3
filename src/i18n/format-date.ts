// Localised dates through Intl: a short relative or calendar form for lists, the exact time for hover.
import { uiLocale } from '@/i18n/locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beyond this, "3 years ago" says less than the date itself, so lists show the date. */
const RELATIVE_LIMIT = 30 * DAY;

const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

// Intl formatters are costly to build and lists format hundreds of dates, so each is made once.
function cached<F extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  const found = formatters.get(key);
  if (found) return found as F;
  const made = make();
  formatters.set(key, made);
  return made;
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  return cached(`rel:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

function dateFormat(locale: string, kind: 'short' | 'exact'): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    kind === 'short' ? { dateStyle: 'medium' } : { dateStyle: 'full', timeStyle: 'short' };
  return cached(`${kind}:${locale}`, () => new Intl.DateTimeFormat(locale, options));
}

/** "5 minutes ago", "yesterday", or for older dates the calendar date ("Jul 29, 2021"). */
export function formatListDate(iso: string, now: number = Date.now(), locale: string = uiLocale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const diff = time - now;
  const abs = Math.abs(diff);
  if (abs >= RELATIVE_LIMIT) return dateFormat(locale, 'short').format(time);
  const rtf = relativeFormat(locale);
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/** The full date and time, for `title` and the article page. */
export function formatExactDate(iso: string, locale: string = uiLocale): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : dateFormat(locale, 'exact').format(time);
}
