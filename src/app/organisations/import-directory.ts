// The office directory of annexes 1–4 into the database (domain.md §1): 213 service offices and 213
// akimats, as of the import day (names and regions after the dated territorial changes), upserted
// by their stable codes in one transaction with one audit event. Rows made before the import (the
// demo's offices) are adopted by code: their ids, and so the accounts that point to them, stay.
// Idempotent: a second run on the same day finds nothing to change and writes nothing.
import { isDeepStrictEqual } from 'node:util';
import { buildDirectory, directoryAsOf, parseSeed } from '../../domain/directory/index.js';
import type { AkimatAsOf, OfficeAsOf } from '../../domain/directory/as-of.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import { writeAudit } from '../../db/audit-trail.js';
import {
  DIRECTORY_FIELDS,
  insertDirectoryRows,
  lockDirectoryImport,
  organisationsByCode,
  updateDirectoryRow,
  type DirectoryRow,
  type DirectoryValues,
} from '../../db/directory-store.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';
import { directorySearchKey } from './find-offices.js';

export interface DirectoryImportReport {
  asOf: PlainDate;
  offices: number;
  akimats: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** inserted + updated: 0 on a second run. */
  changed: number;
}

// Legal days are Kazakhstan's (the clocks of domain.md §4 use the same zone).
const LEGAL_ZONE = 'Asia/Almaty';

function officeValues(o: OfficeAsOf): DirectoryValues {
  return {
    code: o.code,
    kind: 'service_office',
    regionCode: o.asOf.region.code,
    regionNameKk: o.asOf.region.kk,
    regionNameRu: o.asOf.region.ru,
    nameKk: o.asOf.names.kk,
    nameRu: o.asOf.names.ru,
    parentCode: o.parentCode,
    akimatCode: o.akimatCode,
    timeZone: o.timeZone,
    address: o.address,
    townKk: o.town?.kk ?? null,
    townRu: o.town?.ru ?? null,
    phones: o.phones,
    phonesE164: o.phonesE164,
    faxes: [],
    emails: o.emails,
    websites: o.websites,
    schedule: o.schedule,
    suspect: o.suspect,
    sources: o.sources,
    // The names as printed too: "Капшағай" still finds the office of Қонаев.
    searchKey: directorySearchKey([
      o.asOf.names.kk,
      o.asOf.names.ru,
      o.names.kk,
      o.names.ru,
      o.town?.kk,
      o.town?.ru,
    ]),
  };
}

function akimatValues(a: AkimatAsOf, office: OfficeAsOf | undefined): DirectoryValues {
  return {
    code: a.code,
    kind: 'akimat',
    regionCode: a.asOf.region.code,
    regionNameKk: a.asOf.region.kk,
    regionNameRu: a.asOf.region.ru,
    nameKk: a.asOf.names.kk,
    nameRu: a.asOf.names.ru,
    // A district akimat answers to the regional one, as its division to the regional department.
    parentCode: office?.parentCode ? `${office.parentCode}-A` : null,
    akimatCode: null,
    timeZone: a.timeZone,
    address: a.address,
    townKk: a.town?.kk ?? null,
    townRu: a.town?.ru ?? null,
    phones: a.phones,
    phonesE164: a.phonesE164,
    faxes: a.faxes,
    emails: [],
    websites: a.websites,
    schedule: a.schedule,
    suspect: a.suspect,
    sources: a.sources,
    searchKey: directorySearchKey([
      a.asOf.names.kk,
      a.asOf.names.ru,
      a.names.kk,
      a.names.ru,
      a.town?.kk,
      a.town?.ru,
    ]),
  };
}

function differs(row: DirectoryRow, values: DirectoryValues): boolean {
  return DIRECTORY_FIELDS.some((f) => !isDeepStrictEqual(row[f], values[f]));
}

/** The directory's rows as of `date`, offices first: what the import writes. */
export function directoryValues(seedText: string, date: PlainDate): DirectoryValues[] {
  const directory = directoryAsOf(buildDirectory(parseSeed(seedText)), date);
  const offices = new Map(directory.offices.map((o) => [o.code, o]));
  return [
    ...directory.offices.map(officeValues),
    ...directory.akimats.map((a) => akimatValues(a, offices.get(a.officeCode))),
  ];
}

/**
 * Imports the directory from the seed's text (the caller reads seed/standard-2011-kk.txt).
 * `origin` says where the act came from; the act itself is the system's (no actor).
 */
export async function importDirectory(
  deps: Deps,
  origin: Origin,
  seedText: string,
): Promise<DirectoryImportReport> {
  const now = deps.now();
  const asOf = plainDateAt(now, LEGAL_ZONE);
  const wanted = directoryValues(seedText, asOf);
  const offices = wanted.filter((v) => v.kind === 'service_office').length;
  const akimats = wanted.length - offices;
  return deps.database.db.transaction(async (tx) => {
    await lockDirectoryImport(tx);
    const existing = await organisationsByCode(
      tx,
      wanted.map((v) => v.code),
    );
    const toInsert: DirectoryValues[] = [];
    const toUpdate: DirectoryValues[] = [];
    for (const v of wanted) {
      const row = existing.get(v.code);
      if (!row) toInsert.push(v);
      else if (differs(row, v)) toUpdate.push(v);
    }
    await insertDirectoryRows(tx, toInsert, now);
    for (const v of toUpdate) await updateDirectoryRow(tx, v);
    const changed = toInsert.length + toUpdate.length;
    if (changed > 0) {
      await writeAudit(tx, nationalChain('audit'), actContext(null, origin, now), {
        action: 'directory.imported',
        recordType: 'directory',
        recordId: 'annexes-1-4',
        data: { asOf, offices, akimats, inserted: toInsert.length, updated: toUpdate.length },
      });
    }
    return {
      asOf,
      offices,
      akimats,
      inserted: toInsert.length,
      updated: toUpdate.length,
      unchanged: wanted.length - changed,
      changed,
    };
  });
}
