// The registry's search (domain.md §4 "after the end"). Name search meets every spelling on the
// skeletons of domain/registry/name-key.ts: whole words through the GIN index on name_tokens, typos
// through the trigram index on the registry's words (registrant_words) and then that GIN index; the
// caller re-ranks.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { tokenArray } from './registry-store.js';
import type { PublicDocumentStatus } from '../domain/certificate/public-status.js';
import type { PlainDate } from '../domain/time/plain-date.js';

export interface RegistryQuery {
  /** Query words as skeletons (nameTokens). */
  nameTokens?: readonly string[];
  iin?: string;
  passportNumber?: string;
  kind?: 'person' | 'group';
  /** A confession id: matched on the cases of `confessionOfficeId` only (the roles that may read it). */
  confession?: { id: string; officeId: string };
  territory?: string;
  officeCode?: string;
  regionCode?: string;
  status?: PublicDocumentStatus;
  issuedFrom?: PlainDate;
  issuedTo?: PlainDate;
  validUntilFrom?: PlainDate;
  validUntilTo?: PlainDate;
}

export interface RegistryScope {
  /** Only registrants whose office is in this region (a regional supervisor). */
  regionCode: string | null;
  /** The reader's own office: rows with a case or document there are marked `atOwnOffice`. */
  ownOfficeId: string | null;
}

export interface RegistryRow {
  id: string;
  kind: 'person' | 'group';
  displayName: string;
  latinName: string | null;
  iin: string | null;
  citizenship: string | null;
  passportNumber: string | null;
  nameTokens: string[];
  /** The current document (the latest issued), if any. */
  documentNumber: string | null;
  documentKind: 'certificate' | 'reference' | null;
  storedStatus: 'valid' | 'superseded' | 'annulled' | 'replaced' | null;
  issuedOn: PlainDate | null;
  validUntil: PlainDate | null;
  territory: string | null;
  source: 'system' | 'paper' | null;
  /** The office of the current document, else of the latest case. */
  officeId: string;
  officeCode: string;
  officeNameKk: string;
  officeNameRu: string | null;
  regionCode: string | null;
  /** The latest case's confession id (shown only to the roles that may read it). */
  confession: string | null;
  confessionOfficeId: string | null;
  atOwnOffice: boolean;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(q: RegistryQuery, scope: RegistryScope, today: PlainDate): SQL[] {
  const where: SQL[] = [];
  if (q.kind) where.push(sql`r.kind = ${q.kind}`);
  if (q.officeCode) where.push(sql`o.code = ${q.officeCode}`);
  if (q.regionCode) where.push(sql`o.region_code = ${q.regionCode}`);
  if (scope.regionCode !== null) where.push(sql`o.region_code = ${scope.regionCode}`);
  if (q.territory) where.push(sql`d.territory ilike ${`%${likeEscape(q.territory)}%`}`);
  if (q.issuedFrom) where.push(sql`d.issued_on >= ${q.issuedFrom}::date`);
  if (q.issuedTo) where.push(sql`d.issued_on <= ${q.issuedTo}::date`);
  if (q.validUntilFrom) where.push(sql`d.valid_until >= ${q.validUntilFrom}::date`);
  if (q.validUntilTo) where.push(sql`d.valid_until <= ${q.validUntilTo}::date`);
  // domain.md §4: expired is not stored — valid through valid-until, expired from the next day.
  if (q.status === 'valid')
    where.push(sql`d.status = 'valid' and (d.valid_until is null or d.valid_until >= ${today}::date)`);
  else if (q.status === 'expired') where.push(sql`d.status = 'valid' and d.valid_until < ${today}::date`);
  else if (q.status) where.push(sql`d.status = ${q.status}`);
  // A case's confession, or a paper registration's (kept on its import event).
  if (q.confession)
    where.push(
      sql`(exists (select 1 from cases cc where cc.registrant_id = r.id and cc.confession = ${q.confession.id}
                   and cc.organisation_id = ${q.confession.officeId})
           or exists (select 1 from registration_events ee where ee.registrant_id = r.id
                   and ee.kind = 'imported_from_paper' and ee.organisation_id = ${q.confession.officeId}
                   and ee.data ->> 'confession' = ${q.confession.id}))`,
    );
  return where;
}

/** The registrants named by `candidates` (a query of ids), with their current document and office. */
function rowsQuery(
  candidates: SQL,
  q: RegistryQuery,
  scope: RegistryScope,
  today: PlainDate,
  tail: SQL,
  page?: { offset: number; limit: number },
): SQL {
  const where = filters(q, scope, today);
  const own = scope.ownOfficeId;
  // With nothing to filter on the current document or office (a name or an identifier alone), the
  // page is cut from the candidates first: the documents and cases are read for its rows only.
  const pageFirst = page !== undefined && where.length === 0;
  const source = pageFirst
    ? sql`(select r0.id from cand join registrants r0 on r0.id = cand.id
           order by r0.display_name, r0.id limit ${page.limit} offset ${page.offset}) as cand`
    : sql`cand`;
  return sql`
    with cand as (${candidates})
    select r.id, r.kind, r.display_name, r.latin_name, r.iin, r.citizenship, r.passport_number, r.name_tokens,
      d.number as document_number, d.kind as document_kind, d.status as stored_status,
      d.issued_on::text as issued_on, d.valid_until::text as valid_until, d.territory, d.source,
      o.id as office_id, o.code as office_code, o.name_kk as office_name_kk, o.name_ru as office_name_ru,
      o.region_code, lc.confession, lc.organisation_id as confession_office_id,
      ${
        own === null
          ? sql`false`
          : sql`(exists (select 1 from cases c2 where c2.registrant_id = r.id and c2.organisation_id = ${own})
                 or exists (select 1 from issued_documents d2 where d2.registrant_id = r.id and d2.organisation_id = ${own}))`
      } as at_own_office,
      ${pageFirst ? sql`(select count(*) from cand)::int` : sql`count(*) over ()::int`} as total
    from ${source}
      join registrants r on r.id = cand.id
      left join lateral (
        select * from issued_documents d where d.registrant_id = r.id
        order by d.issued_on desc, d.created_at desc, d.number desc limit 1) d on true
      left join lateral (
        select c.organisation_id, c.confession from cases c where c.registrant_id = r.id
        order by c.created_at desc limit 1) lc on true
      join organisations o on o.id = coalesce(d.organisation_id, lc.organisation_id)
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    ${pageFirst ? ORDER : sql`${tail}${page ? sql` ${ORDER} limit ${page.limit} offset ${page.offset}` : sql``}`}`;
}

interface RawRow {
  id: string;
  kind: 'person' | 'group';
  display_name: string;
  latin_name: string | null;
  iin: string | null;
  citizenship: string | null;
  passport_number: string | null;
  name_tokens: string[] | string;
  document_number: string | null;
  document_kind: 'certificate' | 'reference' | null;
  stored_status: RegistryRow['storedStatus'];
  issued_on: string | null;
  valid_until: string | null;
  territory: string | null;
  source: 'system' | 'paper' | null;
  office_id: string;
  office_code: string;
  office_name_kk: string;
  office_name_ru: string | null;
  region_code: string | null;
  confession: string | null;
  confession_office_id: string | null;
  at_own_office: boolean;
  total: number;
}

/** A text[] as the driver gives it (node-postgres parses it; a raw `{a,b}` is split here). */
export const textArray = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

function toRow(r: RawRow): RegistryRow {
  return {
    id: r.id,
    kind: r.kind,
    displayName: r.display_name,
    latinName: r.latin_name,
    iin: r.iin,
    citizenship: r.citizenship,
    passportNumber: r.passport_number,
    nameTokens: textArray(r.name_tokens),
    documentNumber: r.document_number,
    documentKind: r.document_kind,
    storedStatus: r.stored_status,
    issuedOn: r.issued_on as PlainDate | null,
    validUntil: r.valid_until as PlainDate | null,
    territory: r.territory,
    source: r.source,
    officeId: r.office_id,
    officeCode: r.office_code,
    officeNameKk: r.office_name_kk,
    officeNameRu: r.office_name_ru,
    regionCode: r.region_code,
    confession: r.confession,
    confessionOfficeId: r.confession_office_id,
    atOwnOffice: r.at_own_office,
  };
}

export interface RegistryPage {
  rows: RegistryRow[];
  total: number;
}

const ORDER = sql`order by r.display_name, r.id`;

/**
 * Registrants matching every criterion given, a page in name order. With name tokens, this is the
 * exact path: every query word is one of the name's words in some spelling (GIN on name_tokens).
 */
export async function searchRegistryExact(
  db: Executor,
  q: RegistryQuery,
  scope: RegistryScope,
  today: PlainDate,
  page: { offset: number; limit: number },
): Promise<RegistryPage> {
  const keys: SQL[] = [];
  if (q.iin) keys.push(sql`iin = ${q.iin}`);
  if (q.passportNumber) keys.push(sql`passport_number = ${q.passportNumber}`);
  if (q.nameTokens?.length) keys.push(sql`name_tokens @> ${tokenArray(q.nameTokens)}`);
  const candidates =
    keys.length > 0
      ? sql`select id from registrants where ${sql.join(keys, sql` and `)}`
      : browseCandidates(q, scope);
  const rows = await queryRows<RawRow>(db, rowsQuery(candidates, q, scope, today, sql``, page));
  if (rows.length === 0 && page.offset > 0) {
    // Past the end: the count is still wanted for the pager.
    const [c] = await queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from (${rowsQuery(candidates, q, scope, today, sql``)}) x`,
    );
    return { rows: [], total: c?.total ?? 0 };
  }
  return { rows: rows.map(toRow), total: rows[0]?.total ?? 0 };
}

/** Without a name or an identifier: the registrants with a document or case where the criteria point. */
function browseCandidates(q: RegistryQuery, scope: RegistryScope): SQL {
  const offices: SQL[] = [];
  if (q.officeCode) offices.push(sql`code = ${q.officeCode}`);
  const region = q.regionCode ?? scope.regionCode;
  if (region) offices.push(sql`region_code = ${region}`);
  const officeIds = offices.length
    ? sql`(select id from organisations where ${sql.join(offices, sql` and `)})`
    : null;
  const docWhere: SQL[] = [];
  if (officeIds) docWhere.push(sql`organisation_id in ${officeIds}`);
  if (q.issuedFrom) docWhere.push(sql`issued_on >= ${q.issuedFrom}::date`);
  if (q.issuedTo) docWhere.push(sql`issued_on <= ${q.issuedTo}::date`);
  if (q.validUntilFrom) docWhere.push(sql`valid_until >= ${q.validUntilFrom}::date`);
  if (q.validUntilTo) docWhere.push(sql`valid_until <= ${q.validUntilTo}::date`);
  const docs = sql`select registrant_id as id from issued_documents
    where registrant_id is not null ${docWhere.length ? sql`and ${sql.join(docWhere, sql` and `)}` : sql``}`;
  // A registrant without a document yet (a first case under way) stands at its case's office.
  const dated = q.issuedFrom || q.issuedTo || q.validUntilFrom || q.validUntilTo || q.status || q.territory;
  if (dated) return sql`select distinct id from (${docs}) x`;
  const cases = sql`select registrant_id as id from cases where registrant_id is not null
    ${officeIds ? sql`and organisation_id in ${officeIds}` : sql``}`;
  return sql`${docs} union ${cases}`;
}

/**
 * Typos: registrants each of whose query words is one of the name's words or close to one by
 * trigrams (pg_trgm word similarity, threshold `threshold`), at most `cap` of them, with every other
 * criterion applied. The caller scores them (nameMatchScore) and orders them. Each query word is
 * looked up among the registry's words (registrant_words, trigram index: a few thousand rows, not a
 * million), and the registrants holding one of its close words are found through the GIN index on
 * name_tokens — the cost follows the words, not the size of the registry.
 */
export async function searchRegistryFuzzy(
  db: Executor,
  q: RegistryQuery & { nameTokens: readonly string[] },
  scope: RegistryScope,
  today: PlainDate,
  opts: { threshold: number; cap: number; excludeExact: boolean },
): Promise<RegistryRow[]> {
  const candidates = fuzzyCandidates(q, opts);
  const rows = await withThreshold(db, opts.threshold, (ex) =>
    queryRows<RawRow>(ex, rowsQuery(candidates, q, scope, today, sql``)),
  );
  return rows.map(toRow);
}

/** Whether a search filters on the current document or office (then rows must be read to filter). */
export function filtersRows(q: RegistryQuery, scope: RegistryScope, today: PlainDate): boolean {
  return filters(q, scope, today).length > 0;
}

export interface CandidateName {
  id: string;
  displayName: string;
  nameTokens: string[];
}

/**
 * The close candidates of searchRegistryFuzzy by their names alone — for a search with nothing to
 * filter on the current document or office, where the rows to read in full are only the page's: the
 * caller ranks these and reads the page's rows by registryRowsByIds. Reading every candidate's
 * document, case and office to rank by the name set the typo searches' long tail at a million cases.
 * A registrant with neither a document nor a case (which the full rows leave out) is left out here too.
 */
export async function fuzzyCandidateNames(
  db: Executor,
  q: RegistryQuery & { nameTokens: readonly string[] },
  opts: { threshold: number; cap: number; excludeExact: boolean },
): Promise<CandidateName[]> {
  const candidates = fuzzyCandidates(q, opts);
  const rows = await withThreshold(db, opts.threshold, (ex) =>
    queryRows<{ id: string; display_name: string; name_tokens: string[] | string }>(
      ex,
      sql`with cand as (${candidates})
          select r.id, r.display_name, r.name_tokens from cand join registrants r on r.id = cand.id
          where exists (select 1 from issued_documents d where d.registrant_id = r.id)
             or exists (select 1 from cases c where c.registrant_id = r.id)`,
    ),
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, nameTokens: textArray(r.name_tokens) }));
}

/** The full rows of the registrants given (in no particular order). */
export async function registryRowsByIds(
  db: Executor,
  ids: readonly string[],
  q: RegistryQuery,
  scope: RegistryScope,
  today: PlainDate,
): Promise<RegistryRow[]> {
  if (ids.length === 0) return [];
  const candidates = sql`select unnest(${sql.param([...ids])}::uuid[]) as id`;
  return (await queryRows<RawRow>(db, rowsQuery(candidates, q, scope, today, sql``))).map(toRow);
}

function fuzzyCandidates(
  q: RegistryQuery & { nameTokens: readonly string[] },
  opts: { cap: number; excludeExact: boolean },
): SQL {
  const words = q.nameTokens.map((t) =>
    t.length < 3
      ? sql`name_tokens @> ${tokenArray([t])}`
      : sql`name_tokens && array(select word from registrant_words where ${t} <% word)`,
  );
  const keys = [...words];
  if (q.iin) keys.push(sql`iin = ${q.iin}`);
  if (q.passportNumber) keys.push(sql`passport_number = ${q.passportNumber}`);
  if (opts.excludeExact) keys.push(sql`not (name_tokens @> ${tokenArray(q.nameTokens)})`);
  return sql`select id from registrants where ${sql.join(keys, sql` and `)} limit ${opts.cap}`;
}

/** Runs `fn` with pg_trgm's word-similarity threshold set for its transaction only (SET LOCAL). */
async function withThreshold<T>(
  db: Executor,
  threshold: number,
  fn: (ex: Executor) => Promise<T>,
): Promise<T> {
  const run = async (ex: Executor) => {
    await ex.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`);
    return fn(ex);
  };
  return 'rollback' in db ? run(db) : db.transaction(run);
}
