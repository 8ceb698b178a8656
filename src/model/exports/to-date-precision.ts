export type DatePrecision = 'day' | 'month' | 'year';

/**
 * How precise a dataset date is, from its ISO form: "2016-02-25" → day, "2014-04" → month, "2016" → year, null → null.
 * Exports keep the date as ISO text and say its precision in a column of its own, so that a spreadsheet never
 * turns "2014-04" into the 1st of April, nor mixes precisions unseen.
 */
export function toDatePrecision(date: string | null): DatePrecision | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}
