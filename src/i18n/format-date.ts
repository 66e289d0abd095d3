// Dates in the UI's two languages, a short relative or calendar form for lists and the date and time for hover, written
// out by hand: Chromium's first Intl call sets ICU up for 45-60 ms, and every list and article shows dates on its first
// screen (docs/performance.md).
import { uiLocale } from '@/i18n/locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beyond this, "3 years ago" says less than the date itself, so lists show the date. */
const RELATIVE_LIMIT = 30 * DAY;

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

type Unit = 'minute' | 'hour' | 'day';
const UNITS_ZH: Record<Unit, string> = { minute: '分钟', hour: '小时', day: '天' };
/** The words that replace a number of days (-2 to 2), as Intl's `numeric: 'auto'` has them. */
const NAMED_DAYS_EN = ['', 'yesterday', '', 'tomorrow', ''];
const NAMED_DAYS_ZH = ['前天', '昨天', '', '明天', '后天'];

/** The UI's locales are `zh-CN` and `en` (locale.ts). */
function isChinese(locale: string): boolean {
  return locale.startsWith('zh');
}

function relative(amount: number, unit: Unit, zh: boolean): string {
  if (unit === 'minute' && amount === 0) return zh ? '此刻' : 'this minute';
  const named = unit === 'day' && (zh ? NAMED_DAYS_ZH : NAMED_DAYS_EN)[amount + 2];
  if (named) return named;
  const count = Math.abs(amount);
  if (zh) return `${count}${UNITS_ZH[unit]}${amount < 0 ? '前' : '后'}`;
  const label = count === 1 ? unit : `${unit}s`;
  return amount < 0 ? `${count} ${label} ago` : `in ${count} ${label}`;
}

function calendarDate(date: Date, zh: boolean): string {
  if (zh) return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  const month = date.getMonth() * 3;
  return `${MONTHS.slice(month, month + 3)} ${date.getDate()}, ${date.getFullYear()}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "5 minutes ago", "yesterday", or for older dates the calendar date ("Jul 29, 2021"), in the reader's time zone. */
export function formatListDate(iso: string, now: number = Date.now(), locale: string = uiLocale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const diff = time - now;
  const abs = Math.abs(diff);
  const zh = isChinese(locale);
  if (abs >= RELATIVE_LIMIT) return calendarDate(new Date(time), zh);
  if (abs < HOUR) return relative(Math.round(diff / MINUTE), 'minute', zh);
  if (abs < DAY) return relative(Math.round(diff / HOUR), 'hour', zh);
  return relative(Math.round(diff / DAY), 'day', zh);
}

/** The date and time ("Jul 29, 2021, 5:11 AM"), for `title` and the article page. */
export function formatExactDate(iso: string, locale: string = uiLocale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  const hours = date.getHours();
  const minutes = twoDigits(date.getMinutes());
  if (isChinese(locale)) return `${calendarDate(date, true)} ${twoDigits(hours)}:${minutes}`;
  return `${calendarDate(date, false)}, ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}
