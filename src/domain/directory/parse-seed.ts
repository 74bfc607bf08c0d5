import type { AnnexNo, SeedRow, SeedRowKind, Suspect } from './types.js';
import {
  parseRaw,
  type Anomaly,
  type DroppedFragment,
  type Heading,
  type NoiseLine,
  type RawRow,
} from './seed-rows-raw.js';
import { fixSpaceBeforeComma, joinSpacedLetters, normaliseSpace } from './text.js';
import { parsePhoneCell, tidyPhoneText } from './phones.js';
import { parseSchedule } from './schedule.js';
import { townOf } from './address.js';
import { regionByKk } from './data/regions.js';
import { assignCodes } from './codes.js';
import { applySuspectRules } from './suspects.js';

// Stage 2 of the seed parse: raw rows → SeedRow. Further named rules, recorded per row:
//   spaced-letters            "І л е ауданының әкімдігі" → "Іле ауданының әкімдігі" (names, addresses)
//   space-before-comma        "ауылы , Батталханов" → "ауылы, Батталханов"
//   stray-comma-in-name       "Ырғыз ауданының, Ішкі саясат бөлімі" (annex 2 row 34)
//   stray-spaces-in-phone     "55 -66-92", "(725 48)"
//   inherited-area-code       a second number printed without its area code
//   website-in-email-column   annex 1 rows 1–2 print a web address where the e-mail goes
//   two-settlements-in-address  see address.ts
//   region-derived-from-name  annexes 1 and 3 print no region headings

export interface SeedParse {
  rows: SeedRow[];
  headings: Heading[];
  noise: NoiseLine[];
  dropped: DroppedFragment[];
  anomalies: Anomaly[];
}

/** Joins the parts of a schedule split across lines: a part ending in "-" was cut inside a word. */
export function joinSchedule(parts: readonly string[]): string {
  return parts.reduce((acc, p) => (acc === '' ? p : acc.endsWith('-') ? acc + p : `${acc} ${p}`), '');
}

const GENITIVE_REGION = /^(.+?) (облысының|қаласының) /u;

function derivedRegion(name: string): string {
  const m = GENITIVE_REGION.exec(name);
  if (!m) throw new Error(`cannot derive the region of ${JSON.stringify(name)}`);
  return `${m[1]} ${m[2] === 'облысының' ? 'облысы' : 'қаласы'}`;
}

function kindOf(annex: AnnexNo, name: string, region: string): SeedRowKind {
  const republicanCity = regionByKk(region).code === '71' || regionByKk(region).code === '75';
  switch (annex) {
    case 1:
      return 'regional-department';
    case 2:
      // Annex 2 rows 1–2 repeat annex 1's Astana and Almaty departments (domain.md §1).
      return name.endsWith('басқармасы') ? 'regional-department' : 'division';
    case 3:
      return 'regional-akimat';
    case 4:
      return republicanCity ? 'regional-akimat' : 'district-akimat';
  }
}

function buildRow(raw: RawRow, note: (rule: string) => void): SeedRow {
  const suspect: Suspect[] = [];
  const join = (parts: string[]) => normaliseSpace(parts.join(' '));

  let name = join(raw.cells.name);
  const unspacedName = joinSpacedLetters(name);
  if (unspacedName !== name) note('spaced-letters');
  name = unspacedName;
  if (/ауданының, /u.test(name)) {
    note('stray-comma-in-name');
    name = name.replace(/ауданының, /u, 'ауданының ');
  }

  let address = join(raw.cells.address);
  const unspacedAddress = joinSpacedLetters(address);
  if (unspacedAddress !== address) note('spaced-letters');
  const fixed = fixSpaceBeforeComma(unspacedAddress);
  if (fixed !== unspacedAddress) note('space-before-comma');
  address = fixed;
  const town = townOf(address);
  if (
    town !== null &&
    address.split(',').filter((p) => / (қаласы|ауылы|селосы)$/u.test(p.trim())).length > 1
  ) {
    note('two-settlements-in-address');
  }

  const phoneText = join(raw.cells.phone);
  if (tidyPhoneText(phoneText) !== phoneText) note('stray-spaces-in-phone');
  const phones = parsePhoneCell(phoneText);
  if (phones.phones.some((p) => !p.startsWith('8 ('))) note('inherited-area-code');
  suspect.push(...phones.suspect);

  const emails: string[] = [];
  const websites: string[] = [];
  for (const value of raw.cells.email.flatMap((c) => c.split(',')).map(normaliseSpace)) {
    if (value.includes('@')) emails.push(value);
    else {
      note('website-in-email-column');
      websites.push(value);
      suspect.push({
        field: 'emails',
        value,
        reason: 'printed in the e-mail column without "@": kept as a website',
      });
    }
  }
  websites.push(...raw.cells.web.map(normaliseSpace));

  let schedule = null;
  if (raw.cells.schedule.length > 0) {
    const printed = joinSchedule(raw.cells.schedule);
    schedule = parseSchedule(printed);
    if (schedule === null)
      suspect.push({ field: 'schedule', value: printed, reason: 'days or hours cannot be read' });
  }

  const regionDerived = raw.region === null;
  const region = raw.region ?? derivedRegion(name);
  if (regionDerived) note('region-derived-from-name');

  return {
    annex: raw.annex,
    n: raw.n,
    region,
    regionDerived,
    kind: kindOf(raw.annex, name, region),
    name,
    address,
    town,
    phones: phones.phones,
    phonesE164: phones.phonesE164,
    faxes: phones.faxes,
    emails,
    websites,
    schedule,
    suspect,
    officeCode: '',
    lines: [...raw.lines].sort((a, b) => a - b),
  };
}

/** The full parse: rows plus where every other seed line went (for the token-coverage test). */
export function parseSeedDetailed(text: string): SeedParse {
  const raw = parseRaw(text);
  const anomalies = [...raw.anomalies];
  const rows = raw.rows.map((r) =>
    buildRow(r, (rule) => {
      if (!anomalies.some((a) => a.annex === r.annex && a.n === r.n && a.rule === rule)) {
        anomalies.push({ annex: r.annex, n: r.n, rule, lines: [...r.lines] });
      }
    }),
  );
  assignCodes(rows);
  applySuspectRules(rows);
  return { rows, headings: raw.headings, noise: raw.noise, dropped: raw.dropped, anomalies };
}

/** Annexes 1–4 of the seed as 430 rows (16 + 199 + 16 + 199). Pure: takes the seed's text. */
export function parseSeed(text: string): SeedRow[] {
  return parseSeedDetailed(text).rows;
}
