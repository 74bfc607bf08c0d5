// Supervisors' figures (issue 6; domain.md §8): counts published only as aggregates, small cells
// suppressed — a count of 1 to 4 is shown as "fewer than 5", and when a table's total would give a
// single suppressed cell away, the next smallest cell is suppressed too (secondary suppression), so
// no one registration (and no one person's faith) can be read out of a table.
export const SMALL_CELL = 5;

export interface FigureCell {
  key: string;
  count: number;
}

export type ShownCell = { key: string; count: number; suppressed: false } | { key: string; suppressed: true };

/** The cells as shown: zero stays zero, 1–4 suppressed, and a lone suppressed cell gets a partner. */
export function suppressSmallCells(cells: readonly FigureCell[], min = SMALL_CELL): ShownCell[] {
  const hidden = new Set(cells.filter((c) => c.count > 0 && c.count < min).map((c) => c.key));
  if (hidden.size === 1) {
    const partner = cells
      .filter((c) => c.count > 0 && !hidden.has(c.key))
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))[0];
    if (partner) hidden.add(partner.key);
  }
  return cells.map((c) =>
    hidden.has(c.key) ? { key: c.key, suppressed: true } : { key: c.key, count: c.count, suppressed: false },
  );
}

/** The total shown under a table: exact, since no suppressed cell can be worked out from it alone. */
export function tableTotal(cells: readonly FigureCell[]): number {
  return cells.reduce((n, c) => n + c.count, 0);
}

/** The term of a certificate (issued → valid until), in the buckets the figures use. */
export type TermBucket = 'up_to_6_months' | 'up_to_1_year' | 'over_1_year';
export function termBucket(days: number): TermBucket {
  if (days <= 183) return 'up_to_6_months';
  if (days <= 366) return 'up_to_1_year';
  return 'over_1_year';
}
