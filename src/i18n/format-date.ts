// Dates in the UI's two languages, a short relative or calendar form for lists and the exact time for hover, written
// out by hand: Chromium's first Intl call sets ICU up for 45-60 ms, and every list and article shows dates on its first
// screen (docs/performance.md).
import { uiLocale } from '@/i18n/locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beyond this, "3 years ago" says less than the date itself, so lists show the date. */
const RELATIVE_LIMIT = 30 * DAY;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

type Unit = 'minute' | 'hour' | 'day';
const UNITS_ZH: Record<Unit, string> = { minute: '分钟', hour: '小时', day: '天' };
/** The words that replace a number of days, as Intl's `numeric: 'auto'` has them. */
const NAMED_DAYS_EN: Record<number, string> = { [-1]: 'yesterday', 1: 'tomorrow' };
const NAMED_DAYS_ZH: Record<number, string> = { [-2]: '前天', [-1]: '昨天', 1: '明天', 2: '后天' };

function isChinese(locale: string): boolean {
  return locale.toLowerCase().startsWith('zh');
}

function relative(amount: number, unit: Unit, zh: boolean): string {
  if (unit === 'minute' && amount === 0) return zh ? '此刻' : 'this minute';
  const named = unit === 'day' ? (zh ? NAMED_DAYS_ZH : NAMED_DAYS_EN)[amount] : undefined;
  if (named) return named;
  const count = Math.abs(amount);
  if (zh) return `${count}${UNITS_ZH[unit]}${amount < 0 ? '前' : '后'}`;
  const label = count === 1 ? unit : `${unit}s`;
  return amount < 0 ? `${count} ${label} ago` : `in ${count} ${label}`;
}

function calendarDate(date: Date, zh: boolean): string {
  if (zh) return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  return `${MONTHS[date.getMonth()]?.slice(0, 3)} ${date.getDate()}, ${date.getFullYear()}`;
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

/** The full date and time ("Thursday, July 29, 2021 at 5:11 AM"), for `title` and the article page. */
export function formatExactDate(iso: string, locale: string = uiLocale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  const minutes = twoDigits(date.getMinutes());
  if (isChinese(locale)) {
    return `${calendarDate(date, true)}星期${WEEKDAYS_ZH[date.getDay()]} ${twoDigits(date.getHours())}:${minutes}`;
  }
  const hours = date.getHours();
  const clock = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${WEEKDAYS[date.getDay()]}, ${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()} at ${clock}`;
}
