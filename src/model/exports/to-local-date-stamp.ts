/** "2026-12-01": a time's calendar date where the reader is (not UTC), as a download's file name and citation use it. */
export function toLocalDateStamp(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
