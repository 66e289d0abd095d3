// Whole numbers (article counts) with thousands separators ("12,345"), the same in both UI languages, without Intl (see format-date.ts).
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
