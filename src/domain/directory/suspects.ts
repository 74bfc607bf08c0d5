import type { SeedRow } from './types.js';
import { REGIONS, regionByKk } from './data/regions.js';
import { REVIEWED_SUSPECTS } from './data/reviewed-suspects.js';

// Rules that flag seed values as plainly wrong (domain.md §1: kept as printed, marked suspect,
// never shown as a working link). Phone digit counts and e-mails without "@" are flagged where
// they are parsed (phones.ts, parse-seed.ts); the cross-row rules live here.

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/iu;

function hostOf(website: string): string {
  return website.toLowerCase().replace(/^www\./u, '');
}

function portalRegion(host: string): string | null {
  for (const r of REGIONS) {
    if (r.portals.some((p) => host === p || host.endsWith(`.${p}`))) return r.code;
  }
  return null;
}

export function applySuspectRules(rows: SeedRow[]): void {
  for (const row of rows) {
    const own = regionByKk(row.region).code;
    for (const site of row.websites) {
      if (row.suspect.some((s) => s.value === site)) continue;
      const host = hostOf(site);
      if (!/^www\./iu.test(site) || !HOST.test(host)) {
        row.suspect.push({
          field: 'websites',
          value: site,
          reason: 'not a well-formed web address ("www." and a domain)',
        });
        continue;
      }
      const other = portalRegion(host);
      if (other !== null && other !== own) {
        row.suspect.push({
          field: 'websites',
          value: site,
          reason: `a website of another region (KATO ${other})`,
        });
      }
    }
  }
  flagSharedAreaCodes(rows);
  for (const entry of REVIEWED_SUSPECTS) {
    const row = rows.find((r) => r.annex === entry.annex && r.n === entry.n);
    if (!row) throw new Error(`reviewed suspect for a missing row: annex ${entry.annex} row ${entry.n}`);
    const printed =
      entry.field === 'name' ? row.name : entry.field === 'address' ? row.address : row.websites.join(' ');
    if (!printed.includes(entry.value)) {
      throw new Error(
        `reviewed suspect value ${JSON.stringify(entry.value)} is not printed in annex ${entry.annex} row ${entry.n}`,
      );
    }
    row.suspect.push({ field: entry.field, value: entry.value, reason: entry.reason });
  }
}

// Two different districts of one region printed with the same area code: one of them is wrong
// (area codes are per district), and the seed does not say which.
function flagSharedAreaCodes(rows: SeedRow[]): void {
  const groups = new Map<string, SeedRow[]>();
  for (const row of rows) {
    if (row.kind !== 'division' && row.kind !== 'district-akimat') continue;
    const area = /^8 \((\d+)\)/u.exec(row.phones[0] ?? '')?.[1];
    if (!area || area.length < 5) continue;
    const key = `${row.annex}|${area}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const area = key.split('|')[1] as string;
    for (const row of group) {
      const others = group.filter((g) => g !== row).map((g) => `row ${g.n}`);
      row.suspect.push({
        field: 'phones',
        value: row.phones[0] as string,
        reason: `area code ${area} is also printed for ${others.join(', ')} (another district): one of them is wrong`,
      });
    }
  }
}
