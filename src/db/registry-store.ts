// The registry's rows (domain.md §4 "after the end"; schema/registry.ts): registrants found or made
// under their keys, cases and documents linked to them, their events, and the search. Name search
// meets every spelling on the skeletons of domain/registry/name-key.ts: whole words through the GIN
// index on name_tokens, typos through the trigram index on the registry's words (registrant_words)
// and then that GIN index; the caller re-ranks.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { registrationEvents, type RegistrationEventKind } from './schema/index.js';
import type { GroupIdentity, PersonIdentity } from '../domain/registry/registrant-identity.js';
import { groupNameKey, searchTextOf } from '../domain/registry/registrant-identity.js';
import type { PublicDocumentStatus } from '../domain/certificate/public-status.js';
import type { PlainDate } from '../domain/time/plain-date.js';

/** Tokens are [a-z]+ (name-key.ts): one text parameter, split in SQL (drizzle would spread an array). */
const tokenArray = (tokens: readonly string[]): SQL => sql`string_to_array(${tokens.join(' ')}, ' ')::text[]`;

// Every spelling kept, the known ones first (registrant-identity.ts mergeTokens, in SQL).
const MERGED = sql.raw(
  `array(select t from unnest(registrants.name_tokens || excluded.name_tokens) with ordinality u(t, i)
         group by t order by min(i))`,
);

/**
 * The person's registrant, made on first need; a new spelling of the name is added to its tokens.
 * Two intakes of one new person at once make one row: the unique index decides, ON CONFLICT updates.
 */
export async function upsertPersonRegistrant(tx: Executor, p: PersonIdentity, now: Date): Promise<string> {
  const target =
    p.iin !== null
      ? sql.raw('(iin) where iin is not null')
      : sql.raw('(citizenship, passport_number) where passport_number is not null');
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into registrants (kind, iin, citizenship, passport_number, display_name, latin_name,
          name_tokens, search_text, created_at, updated_at)
        values ('person', ${p.iin}, ${p.citizenship}, ${p.passportNumber}, ${p.displayName}, ${p.latinName},
          ${tokenArray(p.tokens)}, ${searchTextOf(p.tokens)}, ${now}, ${now})
        on conflict ${target} do update set
          display_name = excluded.display_name,
          latin_name = coalesce(excluded.latin_name, registrants.latin_name),
          name_tokens = ${MERGED},
          search_text = array_to_string(${MERGED}, ' '),
          updated_at = excluded.updated_at
        returning id`,
  );
  return row!.id;
}

/**
 * The group's registrant at its office: by its name's key, else (a group re-registering under a new
 * name) by its leader's IIN on an earlier case of the office; made when neither finds one. Group
 * rows have no unique key, so the office's groups are locked for the transaction (advisory lock).
 */
export async function findOrCreateGroupRegistrant(
  tx: Executor,
  g: GroupIdentity,
  now: Date,
  opts: { byLeader: boolean },
): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`registrant-group:${g.organisationId}`}))`);
  const keyTokens = g.nameKey.split(' ').filter(Boolean);
  const named = await queryRows<{ id: string; display_name: string }>(
    tx,
    sql`select id, display_name from registrants
        where kind = 'group' and organisation_id = ${g.organisationId} and name_tokens @> ${tokenArray(keyTokens)}
        order by created_at, id`,
  );
  let id = named.find((r) => groupNameKey(r.display_name) === g.nameKey)?.id ?? null;
  if (id === null && opts.byLeader && g.leaderIin !== null) {
    const [led] = await queryRows<{ id: string }>(
      tx,
      sql`select r.id from cases c
            join case_applications a on a.case_id = c.id
            join registrants r on r.id = c.registrant_id
          where c.organisation_id = ${g.organisationId} and c.kind like 'group-%'
            and r.kind = 'group' and r.organisation_id = ${g.organisationId}
            and a.data -> 'leader' ->> 'iin' = ${g.leaderIin}
          order by c.created_at desc limit 1`,
    );
    id = led?.id ?? null;
  }
  if (id === null) {
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`insert into registrants (kind, organisation_id, display_name, name_tokens, search_text, created_at, updated_at)
          values ('group', ${g.organisationId}, ${g.displayName}, ${tokenArray(g.tokens)}, ${searchTextOf(g.tokens)}, ${now}, ${now})
          returning id`,
    );
    return row!.id;
  }
  await tx.execute(
    sql`update registrants set display_name = ${g.displayName},
          name_tokens = array(select t from unnest(name_tokens || ${tokenArray(g.tokens)}) with ordinality u(t, i) group by t order by min(i)),
          search_text = array_to_string(array(select t from unnest(name_tokens || ${tokenArray(g.tokens)}) with ordinality u(t, i) group by t order by min(i)), ' '),
          updated_at = ${now}
        where id = ${id}`,
  );
  return id;
}

/** domain.md §5: a register continues after the numbers imported from paper (raised, never lowered;
 *  a register whose paper numbers reached 9999 is full for that year). */
export async function raiseNextNumber(
  tx: Executor,
  organisationId: string,
  register: 'certificate' | 'reference',
  year: number,
  next: number,
): Promise<void> {
  if (next > 9999) return;
  await tx.execute(
    sql`insert into register_counters (organisation_id, register, year, next_seq)
        values (${organisationId}, ${register}, ${year}, ${next})
        on conflict (organisation_id, register, year)
        do update set next_seq = greatest(register_counters.next_seq, excluded.next_seq), updated_at = now()`,
  );
}

/** Links a case to its registrant and records the confession's id (domain.md §8: for aggregates). */
export async function setCaseRegistrant(
  tx: Executor,
  caseId: string,
  registrantId: string,
  confession: string | null,
): Promise<void> {
  await tx.execute(
    sql`update cases set registrant_id = ${registrantId}, confession = ${confession} where id = ${caseId}`,
  );
}

export async function registrantIdOfCase(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await queryRows<{ registrant_id: string | null }>(
    db,
    sql`select registrant_id from cases where id = ${caseId}`,
  );
  return row?.registrant_id ?? null;
}

export async function insertRegistrationEvent(
  tx: Executor,
  row: {
    registrantId: string;
    kind: RegistrationEventKind;
    documentNumber?: string | null;
    at: Date;
    actorAccountId?: string | null;
    organisationId?: string | null;
    reason?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(registrationEvents).values({
    registrantId: row.registrantId,
    kind: row.kind,
    documentNumber: row.documentNumber ?? null,
    at: row.at,
    actorAccountId: row.actorAccountId ?? null,
    organisationId: row.organisationId ?? null,
    reason: row.reason ?? null,
    data: row.data ?? {},
  });
}

// ---------------------------------------------------------------------------------------------------
// Search

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
const textArray = (v: string[] | string): string[] =>
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

// ---------------------------------------------------------------------------------------------------
// One registrant and its history

export interface RegistrantRow {
  id: string;
  kind: 'person' | 'group';
  iin: string | null;
  citizenship: string | null;
  passportNumber: string | null;
  organisationId: string | null;
  displayName: string;
  latinName: string | null;
  nameTokens: string[];
  createdAt: Date;
}

export async function findRegistrant(db: Executor, id: string): Promise<RegistrantRow | null> {
  const [r] = await queryRows<{
    id: string;
    kind: 'person' | 'group';
    iin: string | null;
    citizenship: string | null;
    passport_number: string | null;
    organisation_id: string | null;
    display_name: string;
    latin_name: string | null;
    name_tokens: string[] | string;
    created_at: Date;
  }>(db, sql`select * from registrants where id = ${id}`);
  if (!r) return null;
  return {
    id: r.id,
    kind: r.kind,
    iin: r.iin,
    citizenship: r.citizenship,
    passportNumber: r.passport_number,
    organisationId: r.organisation_id,
    displayName: r.display_name,
    latinName: r.latin_name,
    nameTokens: textArray(r.name_tokens),
    createdAt: new Date(r.created_at),
  };
}

export interface RegistrantCase {
  id: string;
  trackingCode: string;
  kind: string;
  state: string;
  incomingNumber: string | null;
  documentNumber: string | null;
  confession: string | null;
  organisationId: string;
  officeCode: string;
  regionCode: string | null;
  createdAt: Date;
}

export async function casesOfRegistrant(db: Executor, id: string): Promise<RegistrantCase[]> {
  const rows = await queryRows<{
    id: string;
    tracking_code: string;
    kind: string;
    state: string;
    incoming_number: string | null;
    document_number: string | null;
    confession: string | null;
    organisation_id: string;
    code: string;
    region_code: string | null;
    created_at: Date;
  }>(
    db,
    sql`select c.id, c.tracking_code, c.kind, c.state, c.incoming_number, c.document_number, c.confession,
          c.organisation_id, o.code, o.region_code, c.created_at
        from cases c join organisations o on o.id = c.organisation_id
        where c.registrant_id = ${id} order by c.created_at, c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    kind: r.kind,
    state: r.state,
    incomingNumber: r.incoming_number,
    documentNumber: r.document_number,
    confession: r.confession,
    organisationId: r.organisation_id,
    officeCode: r.code,
    regionCode: r.region_code,
    createdAt: new Date(r.created_at),
  }));
}

export interface RegistrantDocument {
  number: string;
  kind: 'certificate' | 'reference';
  caseId: string | null;
  organisationId: string;
  officeCode: string;
  regionCode: string | null;
  timeZone: string;
  source: 'system' | 'paper';
  issuedOn: PlainDate;
  validUntil: PlainDate | null;
  holder: string;
  territory: string;
  status: 'valid' | 'superseded' | 'annulled' | 'replaced';
  statusReason: string | null;
  successorNumber: string | null;
  duplicateOf: string | null;
}

export async function documentsOfRegistrant(db: Executor, id: string): Promise<RegistrantDocument[]> {
  const rows = await queryRows<{
    number: string;
    kind: 'certificate' | 'reference';
    case_id: string | null;
    organisation_id: string;
    code: string;
    region_code: string | null;
    time_zone: string;
    source: 'system' | 'paper';
    issued_on: string;
    valid_until: string | null;
    holder: string;
    territory: string;
    status: RegistrantDocument['status'];
    status_reason: string | null;
    successor_number: string | null;
    duplicate_of: string | null;
  }>(
    db,
    sql`select d.number, d.kind, d.case_id, d.organisation_id, o.code, o.region_code, o.time_zone, d.source,
          d.issued_on::text as issued_on, d.valid_until::text as valid_until, d.holder, d.territory,
          d.status, d.status_reason, d.successor_number, d.duplicate_of
        from issued_documents d join organisations o on o.id = d.organisation_id
        where d.registrant_id = ${id} order by d.issued_on, d.created_at, d.number`,
  );
  return rows.map((r) => ({
    number: r.number,
    kind: r.kind,
    caseId: r.case_id,
    organisationId: r.organisation_id,
    officeCode: r.code,
    regionCode: r.region_code,
    timeZone: r.time_zone,
    source: r.source,
    issuedOn: r.issued_on as PlainDate,
    validUntil: r.valid_until as PlainDate | null,
    holder: r.holder,
    territory: r.territory,
    status: r.status,
    statusReason: r.status_reason,
    successorNumber: r.successor_number,
    duplicateOf: r.duplicate_of,
  }));
}

export interface RegistrantEvent {
  id: number;
  kind: RegistrationEventKind;
  documentNumber: string | null;
  at: Date;
  organisationId: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export async function eventsOfRegistrant(db: Executor, id: string): Promise<RegistrantEvent[]> {
  const rows = await queryRows<{
    id: number | string;
    kind: RegistrationEventKind;
    document_number: string | null;
    at: Date;
    organisation_id: string | null;
    reason: string | null;
    data: Record<string, unknown> | string;
  }>(
    db,
    sql`select id, kind, document_number, at, organisation_id, reason, data
        from registration_events where registrant_id = ${id} order by at, id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    documentNumber: r.document_number,
    at: new Date(r.at),
    organisationId: r.organisation_id,
    reason: r.reason,
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
  }));
}

export interface AuditLine {
  caseId: string;
  chainId: string;
  seq: number;
  at: Date;
  action: string;
  actorRole: string | null;
  data: Record<string, unknown>;
}

/** The audit timeline of the given cases (their 'case.action' events and the like), oldest first. */
export async function auditOfCases(db: Executor, caseIds: readonly string[]): Promise<AuditLine[]> {
  if (caseIds.length === 0) return [];
  const rows = await queryRows<{
    record_id: string;
    chain_id: string;
    seq: number;
    at: Date;
    action: string;
    actor_role: string | null;
    data: Record<string, unknown> | string;
  }>(
    db,
    sql`select record_id, chain_id, seq, at, action, actor_role, data from audit_events
        where record_type = 'case' and record_id = any(string_to_array(${caseIds.join(',')}, ','))
        order by at, chain_id, seq`,
  );
  return rows.map((r) => ({
    caseId: r.record_id,
    chainId: r.chain_id,
    seq: Number(r.seq),
    at: new Date(r.at),
    action: r.action,
    actorRole: r.actor_role,
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
  }));
}
