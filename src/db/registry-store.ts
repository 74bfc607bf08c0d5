// The registry's rows (domain.md §4 "after the end"; schema/registry.ts): registrants found or made
// under their keys, cases and documents linked to them, their events. The search is
// registry-search.ts, one registrant's history registrant-history.ts.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { registrationEvents, type RegistrationEventKind } from './schema/index.js';
import type { GroupIdentity, PersonIdentity } from '../domain/registry/registrant-identity.js';
import { groupNameKey, searchTextOf } from '../domain/registry/registrant-identity.js';

/** Tokens are [a-z]+ (name-key.ts): one text parameter, split in SQL (drizzle would spread an array). */
export const tokenArray = (tokens: readonly string[]): SQL =>
  sql`string_to_array(${tokens.join(' ')}, ' ')::text[]`;

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
