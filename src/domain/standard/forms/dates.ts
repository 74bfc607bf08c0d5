import type { PlainDate } from '../deps.js';
import { comparePlainDates, isPlainDate } from '../deps.js';
import { type Issues } from './field-issue.js';

// Dates on the forms arrive as text `YYYY-MM-DD` (the UI converts from «3 наурыз 2026» etc.).
/** The date, or null after recording REQUIRED / DATE_INVALID / DATE_IN_FUTURE. */
export function checkDate(
  issues: Issues,
  path: string,
  value: string | undefined,
  opts: { required?: boolean; notAfter?: PlainDate } = {},
): PlainDate | null {
  const v = value?.trim() ?? '';
  if (v === '') {
    if (opts.required !== false) issues.error(path, 'REQUIRED');
    return null;
  }
  if (!isPlainDate(v)) {
    issues.error(path, 'DATE_INVALID');
    return null;
  }
  if (opts.notAfter && comparePlainDates(v, opts.notAfter) > 0) {
    issues.error(path, 'DATE_IN_FUTURE');
    return null;
  }
  return v;
}

export function isBefore(a: PlainDate, b: PlainDate): boolean {
  return comparePlainDates(a, b) < 0;
}
