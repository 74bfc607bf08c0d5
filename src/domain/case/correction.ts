// domain.md §4: "Corrections after registration need a reason and the head's approval and appear on
// the timeline." The pure part: which fields of the application (annexes 7, 8) may be corrected, the
// value at a path, the application with a new value, and whether that value passes the intake
// validators (the same ones: domain/standard/forms).
import { transitionOf } from './transitions.js';
import type { CaseState } from './case-state.js';

/** A correction's field: a path of the application (`applicant.surname`, `members.2.iin`). */
export type FieldPath = string;

// Not corrected this way: what the case is (its kind and office), and the territory by the
// directory (a wrong office is a transfer, §1, §13), nor the choices of a list (a document's kind). Religious affiliation is special-category data
// (domain.md §8): its correction is for the roles that may see it.
const FIXED = /^(kind|officeCode|territoryUnit|applicationDate)$|(^|\.)(kind|documentKind)$/;
const SPECIAL = /^affiliation(\.|$)/;
const PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){0,5}$/;

/** The states a correction may be approved in (the one state table allows 'correct' there). */
export function correctableState(state: CaseState): boolean {
  return transitionOf(state, 'correct') !== undefined;
}

/** The application's leaf values (text and numbers) that may be corrected, by path, in order. */
export function correctableFields(
  application: unknown,
  opts: { affiliation: boolean },
): { path: FieldPath; value: string | number }[] {
  const out: { path: FieldPath; value: string | number }[] = [];
  const walk = (v: unknown, path: string) => {
    if (path && (FIXED.test(path) || (!opts.affiliation && SPECIAL.test(path)))) return;
    if (typeof v === 'string' || typeof v === 'number') {
      if (path) out.push({ path, value: v });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i)));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(application, '');
  return out;
}

/** The value at `path`, or undefined. */
export function valueAt(application: unknown, path: FieldPath): unknown {
  if (!PATH.test(path)) return undefined;
  let v: unknown = application;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** A copy of the application with `value` at `path` (an existing leaf). */
export function withValue<T>(application: T, path: FieldPath, value: string | number): T {
  const copy = structuredClone(application) as Record<string, unknown>;
  const parts = path.split('.');
  let v: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) v = v[part] as Record<string, unknown>;
  v[parts.at(-1)!] = value;
  return copy as T;
}

export type CorrectionIssue =
  'FIELD_NOT_CORRECTABLE' | 'VALUE_UNCHANGED' | 'NUMBER_EXPECTED' | 'REASON_REQUIRED';

/**
 * The new value as the application stores it (a number where the field holds one), or the issue.
 * The caller then runs the intake validators on withValue(…) and refuses an error at the path.
 */
export function parseCorrection(
  application: unknown,
  path: FieldPath,
  text: string,
  opts: { affiliation: boolean },
): { ok: true; value: string | number } | { ok: false; issue: CorrectionIssue } {
  const field = correctableFields(application, opts).find((f) => f.path === path);
  if (!field) return { ok: false, issue: 'FIELD_NOT_CORRECTABLE' };
  const trimmed = text.trim();
  let value: string | number = trimmed;
  if (typeof field.value === 'number') {
    if (!/^-?\d{1,9}$/.test(trimmed)) return { ok: false, issue: 'NUMBER_EXPECTED' };
    value = Number(trimmed);
  }
  if (value === field.value) return { ok: false, issue: 'VALUE_UNCHANGED' };
  return { ok: true, value };
}
