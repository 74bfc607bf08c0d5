// One synthetic case, drawn from its own stream (seed, run, index): its day, office, kind, language,
// application (valid under annexes 7/8), the §11 items handed in and its planned acts.
import { trackingCodeFromBytes } from '../../domain/identifiers/index.js';
import {
  RULE_VERSIONS,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type ApplicationKind,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { toParts, type PlainDate } from '../../domain/time/plain-date.js';
import {
  completeItems,
  groupApplication,
  missionaryApplication,
  type Place,
} from './synthetic-applications.js';
import { planComplaint } from './synthetic-complaints.js';
import { planSteps } from './synthetic-plan.js';
import { SyntheticRandom } from './synthetic-random.js';
import type { LiveCase, ReplayOffice } from './synthetic-replay.js';
import type { PriorRegistrants } from './synthetic-registrants.js';

export interface CaseOffice extends ReplayOffice {
  place: Place;
  regionCode: string;
  parentCode: string | null;
  weight: number;
}

const KINDS: readonly (readonly [ApplicationKind, number])[] = [
  ['missionary-registration', 35],
  ['missionary-re-registration', 15],
  ['group-registration', 35],
  ['group-re-registration', 15],
];

// Share of applications in Russian by region (the official language, domain.md §6): higher in the
// north and in the two largest cities. A rough product assumption, not a statistic.
const RUSSIAN_SHARE: Readonly<Record<string, number>> = {
  '11': 0.55,
  '35': 0.55,
  '39': 0.6,
  '55': 0.6,
  '59': 0.65,
  '63': 0.5,
  '10': 0.45,
  '62': 0.45,
  '71': 0.5,
  '75': 0.55,
};

export interface CaseContext {
  seed: string;
  run: number;
  total: number;
  /** Take-in days (national working days of the period before the horizon). */
  days: readonly PlainDate[];
  pickOffice(rng: SyntheticRandom, year: number): CaseOffice;
  transferTarget(rng: SyntheticRandom, office: CaseOffice, year: number): CaseOffice | null;
  /** Incoming numbers the plan will take: the generator keeps every register within its capacity. */
  reserve(office: CaseOffice, year: number): void;
  trackingCodes: Set<string>;
  /** Earlier applicants of the run, whom re-registrations re-register (domain.md §4). */
  prior: PriorRegistrants;
}

const VALIDATE_ALL = 5000;
const VALIDATE_EVERY = 16;

/** The i-th case of the run (cases come in order of their take-in day), or null if none fits. */
export function makeCase(ctx: CaseContext, i: number): LiveCase | null {
  const rng = SyntheticRandom.of(ctx.seed, ctx.run, 'case', i);
  // Stratified over the days: case i falls on day ⌊(i + u)·D / N⌋, so days never go backwards.
  const day =
    ctx.days[Math.min(ctx.days.length - 1, Math.floor(((i + rng.next()) * ctx.days.length) / ctx.total))]!;
  const kind = rng.weighted(KINDS);
  const office = ctx.pickOffice(rng, toParts(day).year);
  const takeInDay = office.days.indexFrom(day);
  const on = office.days.days[takeInDay];
  if (on === undefined) return null;
  const language = rng.chance(RUSSIAN_SHARE[office.regionCode] ?? 0.3) ? 'ru' : 'kk';
  const version = ruleVersionFor(on, RULE_VERSIONS);
  const drawn = kind.startsWith('missionary')
    ? missionaryApplication(rng, kind as MissionaryApplicationInput['kind'], office.place, on, language)
    : groupApplication(rng, kind as GroupApplicationInput['kind'], office.place, on, language, version);
  const application = ctx.prior.reuse(rng, kind, drawn, office, on);
  // The counter would refuse an invalid one (open-case-at-counter.ts): a bug of the generator. The
  // check (annexes 7/8) is a tenth of the cost of a case: every application of the run's first
  // VALIDATE_ALL is checked, then one in VALIDATE_EVERY (the draws do not depend on it).
  const result =
    i >= VALIDATE_ALL && i % VALIDATE_EVERY !== 0
      ? { errors: [] }
      : kind.startsWith('missionary')
        ? validateMissionaryApplication(application as MissionaryApplicationInput, version)
        : validateGroupApplication(application as GroupApplicationInput, version);
  if (result.errors.length > 0)
    throw new Error(
      `synthetic application ${i} is invalid: ${result.errors.map((e) => `${e.path} ${e.code}`).join(', ')}`,
    );
  const items = completeItems(kind, application, version);
  // §16: about one hand-in in eight lacks an item or two (never the application itself).
  const droppable = items.filter((id) => !id.endsWith('-application'));
  const missing = rng.chance(0.12) ? pickSome(rng, droppable, rng.chance(0.8) ? 1 : 2) : [];
  const target = ctx.transferTarget(rng, office, toParts(on).year);
  const steps = planSteps(
    rng,
    {
      language,
      days: office.days,
      target: target?.days ?? null,
      takeInDay,
      missing,
      hasRepresentative: application.representative !== undefined,
    },
    target !== null && office.parentCode === target.code,
  );
  if (steps.length === 0) return null;
  ctx.reserve(office, toParts(on).year);
  // A complaint about the case, from its own stream: the case's draws are the same with or without.
  const ended = steps.at(-1)?.atTarget && target ? target : office;
  const complaint = planComplaint(SyntheticRandom.of(ctx.seed, ctx.run, 'complaint', i), steps, ended.days);
  if (complaint.length > 0) ctx.reserve(ended, toParts(on).year);
  if (!kind.endsWith('re-registration')) ctx.prior.remember(kind, application, office);
  if (target && steps.some((s) => s.kind === 'receive_transfer')) ctx.reserve(target, toParts(on).year);
  const transferred = steps.some((s) => s.kind === 'transfer');
  let trackingCode: string;
  do trackingCode = trackingCodeFromBytes(rng.bytes(9));
  while (ctx.trackingCodes.has(trackingCode));
  ctx.trackingCodes.add(trackingCode);
  return {
    id: rng.uuid(),
    trackingCode,
    kind,
    language,
    day: on,
    application: { ...application, kind, officeCode: office.code } as LiveCase['application'],
    itemsPresent: items.filter((id) => !missing.includes(id)),
    office,
    target: transferred ? target : null,
    steps: complaint.length > 0 ? [...steps, ...complaint] : steps,
    next: 0,
    snapshot: null,
    actions: [],
    tickets: [],
    survey: null,
    complaint: null,
    row: {
      trackingCode,
      kind,
      language,
      organisationId: office.id,
      firstOrganisationId: office.id,
      state: '',
    },
  };
}

function pickSome(rng: SyntheticRandom, items: readonly string[], n: number): string[] {
  const pool = [...items];
  const out: string[] = [];
  while (out.length < n && pool.length > 0)
    out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as string);
  return out;
}
