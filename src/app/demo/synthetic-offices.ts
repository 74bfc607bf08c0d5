// Which office a synthetic case goes to: by weight (regional departments and the cities see more),
// never past a register's capacity (domain.md §5: four digits a year), and where a transfer would
// send it (§1, §13: a division's case spanning several districts goes to its regional department; a
// department's case within one district goes to that district's division).
import type { PlainDate } from '../../domain/time/plain-date.js';
import type { CaseContext, CaseOffice } from './synthetic-case.js';
import { LAST_REGISTER_NUMBER, RegisterFullError, type RegisterLedger } from './synthetic-ledger.js';
import type { SyntheticRandom } from './synthetic-random.js';
import { PriorRegistrants } from './synthetic-registrants.js';

// A receive_transfer may take a number in the target's register on top of what was reserved.
const MARGIN = 2;

export function caseContext(
  seed: string,
  run: number,
  total: number,
  days: readonly PlainDate[],
  offices: readonly CaseOffice[],
  registers: RegisterLedger,
): CaseContext {
  const cumulative: number[] = [];
  let sum = 0;
  for (const o of offices) cumulative.push((sum += o.weight));
  const byCode = new Map(offices.map((o) => [o.code, o]));
  const children = new Map<string, CaseOffice[]>();
  for (const o of offices)
    if (o.parentCode && byCode.has(o.parentCode))
      children.set(o.parentCode, [...(children.get(o.parentCode) ?? []), o]);
  // Numbers the planned cases will take, on top of where each register stood when the batch began.
  const reserved = new Map<string, number>();
  const key = (o: CaseOffice, year: number) => `${o.id}|${year}`;
  const room = (o: CaseOffice, year: number) =>
    registers.first(o.id, 'incoming', year) + (reserved.get(key(o, year)) ?? 0) <=
    LAST_REGISTER_NUMBER - MARGIN;
  const weighted = (rng: SyntheticRandom): CaseOffice => {
    const x = rng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return offices[lo] as CaseOffice;
  };
  return {
    seed,
    run,
    total,
    days,
    trackingCodes: new Set(),
    prior: new PriorRegistrants(),
    pickOffice(rng, year) {
      for (let tries = 0; tries < 40; tries++) {
        const o = weighted(rng);
        if (room(o, year)) return o;
      }
      const free = offices.filter((o) => room(o, year));
      if (free.length === 0)
        throw new RegisterFullError(
          `the incoming registers of ${year} are full in every office: spread the cases over a longer period`,
        );
      return rng.pick(free);
    },
    transferTarget(rng, office, year) {
      const parent = office.parentCode ? byCode.get(office.parentCode) : undefined;
      const candidates = parent ? [parent] : (children.get(office.code) ?? []);
      if (candidates.length === 0) return null;
      const target = rng.pick(candidates);
      return room(target, year) ? target : null;
    },
    reserve(office, year) {
      reserved.set(key(office, year), (reserved.get(key(office, year)) ?? 0) + 1);
    },
  };
}
