// A <time> showing a short localised date, with the exact date and time on hover.
import { formatExactDate, formatListDate } from '@/i18n/format-date';

export function DateText({ iso, exact = false }: { iso: string; exact?: boolean }) {
  const full = formatExactDate(iso);
  if (!full) return null;
  return (
    <time dateTime={iso} title={full}>
      {exact ? full : formatListDate(iso)}
    </time>
  );
}
