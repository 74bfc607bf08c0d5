import type { SeedRow, Suspect } from './types.js';

// The rows as `tirkeu directory export --json` prints them: these keys, in this order.
export interface ExportedSeedRow {
  annex: number;
  n: number;
  region: string;
  kind: string;
  name: string;
  address: string;
  phones: string[];
  phonesE164: string[];
  faxes: string[];
  emails: string[];
  websites: string[];
  schedule: {
    days: number[];
    open: string;
    close: string;
    break: { start: string; end: string } | null;
    text: string;
  } | null;
  suspect: Suspect[];
  officeCode: string;
}

export function exportSeedRows(rows: readonly SeedRow[]): ExportedSeedRow[] {
  return rows.map((r) => ({
    annex: r.annex,
    n: r.n,
    region: r.region,
    kind: r.kind,
    name: r.name,
    address: r.address,
    phones: [...r.phones],
    phonesE164: [...r.phonesE164],
    faxes: [...r.faxes],
    emails: [...r.emails],
    websites: [...r.websites],
    schedule:
      r.schedule === null
        ? null
        : {
            days: [...r.schedule.days],
            open: r.schedule.open,
            close: r.schedule.close,
            break:
              r.schedule.break === null ? null : { start: r.schedule.break.start, end: r.schedule.break.end },
            text: r.schedule.text,
          },
    suspect: r.suspect.map((s) => ({ field: s.field, value: s.value, reason: s.reason })),
    officeCode: r.officeCode,
  }));
}
