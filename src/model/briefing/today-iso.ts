const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's own calendar, `YYYY-MM-DD`: the date a deck is generated on and its file is named by. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
