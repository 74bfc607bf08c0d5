import type { Akimat, Directory, Office, SeedRow, SourceRow, Suspect } from './types.js';
import { regionByKk } from './data/regions.js';
import { akimatNameRu, officeNameRu, territoryOfName, townRu } from './names.js';
import { checkNameLinks } from './name-links.js';

// 213 service offices and 213 akimats (domain.md §1). One office may stand on several seed rows
// (annex 2 rows 1–2 repeat annex 1's Astana and Almaty departments; annex 4 rows 1–2 repeat
// annex 3's akimats): every source row is kept. The first source (annex 1 or 3) gives the name,
// address and schedule; phones, e-mails, websites and suspect flags are the union of all sources.

function union<T>(lists: T[][], key: (t: T) => string = (t) => JSON.stringify(t)): T[] {
  const seen = new Map<string, T>();
  for (const t of lists.flat()) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

function groupByCode(rows: readonly SeedRow[]): Map<string, SeedRow[]> {
  const groups = new Map<string, SeedRow[]>();
  for (const r of rows) groups.set(r.officeCode, [...(groups.get(r.officeCode) ?? []), r]);
  return groups;
}

// An akimat's territory is read from its office's name (annex 2), to which it is linked by row:
// annex 4 spells some names differently (data/name-link-exceptions.ts).
function common(rows: SeedRow[], territoryName: string = (rows[0] as SeedRow).name) {
  const primary = rows[0] as SeedRow;
  const region = regionByKk(primary.region);
  const regional = primary.kind === 'regional-department' || primary.kind === 'regional-akimat';
  return {
    primary,
    regional,
    regionCode: region.code,
    timeZone: region.timeZone,
    territory: regional ? primary.region : territoryOfName(territoryName),
    town: primary.town === null ? null : { kk: primary.town, ru: townRu(region.code, primary.town) },
    sources: rows.map((r): SourceRow => ({ annex: r.annex, n: r.n })),
    phones: union(rows.map((r) => r.phones)),
    phonesE164: union(rows.map((r) => r.phonesE164)),
    websites: union(rows.map((r) => r.websites)),
    suspect: union(
      rows.map((r) => r.suspect),
      (s: Suspect) => `${s.field}|${s.value}|${s.reason}`,
    ),
  };
}

export function buildDirectory(rows: readonly SeedRow[]): Directory {
  const links = checkNameLinks(rows);
  if (links.unreviewed.length > 0) {
    throw new Error(
      `unreviewed name mismatches between annexes 2 and 4: ${JSON.stringify(links.unreviewed)}`,
    );
  }
  const offices: Office[] = [];
  for (const [code, group] of groupByCode(rows.filter((r) => r.annex === 1 || r.annex === 2))) {
    const c = common(group);
    offices.push({
      code,
      kind: c.regional ? 'regional-department' : 'division',
      regionCode: c.regionCode,
      names: { kk: c.primary.name, ru: officeNameRu(c.regionCode, c.territory, c.regional) },
      address: c.primary.address,
      town: c.town,
      phones: c.phones,
      phonesE164: c.phonesE164,
      emails: union(group.map((r) => r.emails)),
      websites: c.websites,
      schedule: c.primary.schedule,
      timeZone: c.timeZone,
      akimatCode: `${code}-A`,
      parentCode: c.regional ? null : `${c.regionCode}-000`,
      sources: c.sources,
      suspect: c.suspect,
    });
  }
  const akimats: Akimat[] = [];
  for (const [code, group] of groupByCode(rows.filter((r) => r.annex === 3 || r.annex === 4))) {
    const officeName = offices.find((o) => `${o.code}-A` === code)?.names.kk;
    const c = common(group, officeName);
    akimats.push({
      code,
      kind: c.regional ? 'regional-akimat' : 'district-akimat',
      regionCode: c.regionCode,
      names: { kk: c.primary.name, ru: akimatNameRu(c.regionCode, c.territory, c.regional) },
      address: c.primary.address,
      town: c.town,
      phones: c.phones,
      phonesE164: c.phonesE164,
      faxes: union(group.map((r) => r.faxes)),
      websites: c.websites,
      schedule: group.find((r) => r.schedule !== null)?.schedule ?? null,
      timeZone: c.timeZone,
      officeCode: code.replace(/-A$/u, ''),
      sources: c.sources,
      suspect: c.suspect,
    });
  }
  const byCode = (a: { code: string }, b: { code: string }) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  return { offices: offices.sort(byCode), akimats: akimats.sort(byCode) };
}
