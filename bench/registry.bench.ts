// The registry's search at scale (issue 6): 1,000,000 synthetic cases across all 213 offices on
// PostgreSQL, written by the generator's bulk path (registrants, and for every signed case its sealed
// certificate or reference); then searchRegistry, as the page and API call it, on a mix of queries —
// a name as registered, the same name in another spelling (the passport's Latin for a foreigner, a
// transliteration for a citizen), the surname with a typo, an IIN, a passport number — p50 and p95,
// interleaved with an exact-match index look-up (registrants by IIN) in the same run. The plans of
// the name queries are kept with EXPLAIN ANALYZE.
//
// The database is kept (REGISTRY_BENCH_KEEP=1, the default) as `tirkeu_bench_registry`: a second run
// measures again without generating; REGISTRY_BENCH_KEEP=0 drops it afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import type { Deps } from '../src/app/deps.js';
import type { Actor } from '../src/app/actor.js';
import { generateCases } from '../src/app/demo/generate-cases.js';
import { searchRegistry } from '../src/app/registry/search-registry.js';
import { addDays, plainDateAt } from '../src/domain/time/plain-date.js';
import { postgresServer } from './lib/postgres.js';
import { REPO_ROOT } from './lib/servers.js';
import { standaloneDeps } from '../src/app/standalone-deps.js';

export const REGISTRY_CASES = Number(process.env.REGISTRY_BENCH_CASES ?? 1_000_000);
const DB_NAME = 'tirkeu_bench_registry';
const SAMPLES = 120;
export const QUERY_KINDS = ['exact name', 'other spelling', 'typo', 'IIN', 'passport'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/**
 * Whether the person sought came back in the top 5. A synthetic name is drawn from short lists, so
 * many people share one (namesakes: the registrants holding every word of the person's name as
 * registered): when more than 5 share it, no ranking can put the one sought in the top 5 by the name
 * alone. `distinct` counts the queries whose name has at most 5 namesakes and `foundDistinct` how many
 * of those found the person in the top 5 (the figure that says how well the search ranks);
 * `foundAmongNamesakes` how many found the person or, with more than 5 namesakes, only namesakes in
 * the top 5 (every one as good an answer as the name allows).
 */
export interface Recall {
  found: number;
  distinct: number;
  foundDistinct: number;
  foundAmongNamesakes: number;
  namesakesMedian: number;
}

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
}

export interface RegistryBenchResult {
  server: string;
  cases: number;
  registrants: number;
  documents: number;
  offices: number;
  generated: boolean;
  generationSeconds: number | null;
  casesPerMinute: number | null;
  byKind: Record<QueryKind, Latency & Recall>;
  all: Latency;
  indexLookup: Latency;
  plansFile: string;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}
const latency = (xs: number[]): Latency => ({
  runs: xs.length,
  p50: Math.round(percentile(xs, 50) * 100) / 100,
  p95: Math.round(percentile(xs, 95) * 100) / 100,
});

const depsOf = (database: Database): Deps => standaloneDeps(database);

/** The national supervisor (the whole country, every record in full): the widest search there is. */
const SUPERVISOR: Actor = {
  accountId: '00000000-0000-4000-8000-000000000001',
  login: 'bench',
  displayName: 'bench',
  organisation: {
    id: '00000000-0000-4000-8000-000000000002',
    code: 'AGENCY',
    kind: 'agency',
    regionCode: null,
    nameKk: 'bench',
    nameRu: null,
  },
  roles: ['national_supervisor'],
  actingHead: false,
  mustChangePassword: false,
  sessionId: 'bench',
};

const CYR: Record<string, string> = Object.fromEntries(
  'а:a ә:a б:b в:v г:g ғ:g д:d е:e ё:yo ж:zh з:z и:i й:y к:k қ:q л:l м:m н:n ң:n о:o ө:o п:p р:r с:s т:t у:u ұ:u ү:u ф:f х:kh һ:h ц:ts ч:ch ш:sh щ:shch ъ: ы:y і:i ь: э:e ю:yu я:ya'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
/** A plain Latin transliteration of a Cyrillic name, as a clerk might type it (2021-like: Қ → Q). */
const latin = (s: string) =>
  [...s.toLowerCase()]
    .map((c) => CYR[c] ?? c)
    .join('')
    .toUpperCase();
/** The surname with two letters in the middle swapped: a typo. */
function typo(name: string): string {
  const [surname, ...rest] = name.split(' ');
  const w = [...(surname ?? '')];
  const i = Math.max(1, Math.floor(w.length / 2) - 1);
  if (w.length > 3) [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
  return [w.join(''), ...rest].join(' ');
}

async function databaseUrl(serverUrl: string): Promise<{ url: string; created: boolean }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
    if (rows.length === 0) await admin.query(`create database ${DB_NAME}`);
    const u = new URL(serverUrl);
    u.pathname = `/${DB_NAME}`;
    return { url: u.toString(), created: rows.length === 0 };
  } finally {
    await admin.end();
  }
}

interface Query {
  kind: QueryKind;
  input: Record<string, string>;
  expect: string;
  /** The person's name as registered (its words decide who the namesakes are). */
  name: string;
}

async function querySet(db: Database['db']): Promise<Query[]> {
  const people = await queryRows<{
    id: string;
    display_name: string;
    latin_name: string | null;
    iin: string | null;
    passport_number: string | null;
  }>(
    db,
    sql`select id, display_name, latin_name, iin, passport_number from registrants tablesample system (1)
        where kind = 'person' limit ${SAMPLES * 2}`,
  );
  const queries: Query[] = [];
  const citizens = people.filter((p) => p.iin);
  const foreigners = people.filter((p) => p.passport_number);
  for (const p of people.slice(0, SAMPLES)) {
    // The whole name as the document gives it (surname, name and patronymic where there is one).
    const full = p.display_name;
    const name = full;
    queries.push({ kind: 'exact name', input: { name: full }, expect: p.id, name });
    queries.push({
      kind: 'other spelling',
      input: { name: p.latin_name ?? latin(full) },
      expect: p.id,
      name,
    });
    queries.push({ kind: 'typo', input: { name: typo(full) }, expect: p.id, name });
  }
  for (const p of citizens.slice(0, SAMPLES))
    queries.push({ kind: 'IIN', input: { iin: p.iin! }, expect: p.id, name: p.display_name });
  for (const p of foreigners.slice(0, SAMPLES))
    queries.push({
      kind: 'passport',
      input: { passport: p.passport_number! },
      expect: p.id,
      name: p.display_name,
    });
  // Interleaved, in a fixed shuffled order: each kind meets a warm and a cold cache alike.
  return queries
    .map((q, i) => ({ q, k: (i * 7919) % 10007 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.q);
}

async function explainPlans(
  db: Database['db'],
  file: string,
  sample: { name: string; typo: string },
): Promise<void> {
  const { nameTokens } = await import('../src/domain/registry/name-key.js');
  const tokens = nameTokens(sample.name).join(' ');
  const typoTokens = nameTokens(sample.typo);
  const plans: string[] = [];
  const explain = async (title: string, q: ReturnType<typeof sql>) => {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain (analyze, buffers) ${q}`);
    plans.push(`-- ${title}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
  };
  await explain(
    `exact: name_tokens @> '{${tokens}}' (GIN registrants_tokens_idx)`,
    sql`select id from registrants where name_tokens @> string_to_array(${tokens}, ' ')::text[]`,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    // The candidates of searchRegistryFuzzy (registry-store.ts): each word's close words first.
    const conds = typoTokens.map((t) =>
      t.length < 3
        ? sql`name_tokens @> string_to_array(${t}, ' ')::text[]`
        : sql`name_tokens && array(select word from registrant_words where ${t} <% word)`,
    );
    const rows = await queryRows<{ 'QUERY PLAN': string }>(
      tx,
      sql`explain (analyze, buffers) select id from registrants where ${sql.join(conds, sql` and `)} limit 300`,
    );
    plans.push(
      `-- typo: each word's close words (GIN registrant_words_trgm_idx), then name_tokens && them (GIN registrants_tokens_idx), threshold 0.3\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`,
    );
  });
  fs.writeFileSync(file, `${plans.join('\n')}`);
}

export async function runRegistryBench(): Promise<RegistryBenchResult> {
  const server = await postgresServer();
  if ('skipped' in server) throw new Error(`PostgreSQL is needed: ${server.skipped}`);
  const { url } = await databaseUrl(server.url);
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  try {
    await migrate(database);
    const deps = depsOf(database);
    const db = database.db;
    const [have] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from cases`);
    let generationSeconds: number | null = null;
    let casesPerMinute: number | null = null;
    if ((have?.n ?? 0) < REGISTRY_CASES) {
      if ((have?.n ?? 0) > 0)
        throw new Error(`${DB_NAME} holds ${String(have?.n)} cases: drop it to generate anew`);
      const today = plainDateAt(new Date(), 'Asia/Almaty');
      let last = 0;
      const report = await generateCases(deps, {
        cases: REGISTRY_CASES,
        seed: 'registry-bench',
        // Three years: every office's registers stay within their four digits a year.
        from: addDays(today, -3 * 365),
        to: addDays(today, -1),
        batchSize: 4000,
        onProgress: (p) => {
          if (p.written - last >= 50_000) console.log(`  generated ${String((last = p.written))} cases`);
        },
      });
      generationSeconds = report.seconds;
      casesPerMinute = report.casesPerMinute;
      await db.execute(sql`vacuum analyze`);
    }
    const [counts] = await queryRows<{
      cases: number;
      registrants: number;
      documents: number;
      offices: number;
    }>(
      db,
      sql`select (select count(*)::int from cases) as cases, (select count(*)::int from registrants) as registrants,
            (select count(*)::int from issued_documents) as documents,
            (select count(distinct organisation_id)::int from cases) as offices`,
    );
    const queries = await querySet(db);
    const times = new Map<QueryKind, number[]>(QUERY_KINDS.map((k) => [k, []]));
    const recall = new Map<QueryKind, Omit<Recall, 'namesakesMedian'> & { namesakes: number[] }>(
      QUERY_KINDS.map((k) => [
        k,
        { found: 0, distinct: 0, foundDistinct: 0, foundAmongNamesakes: 0, namesakes: [] },
      ]),
    );
    const { nameTokens } = await import('../src/domain/registry/name-key.js');
    const namesakesOf = new Map<string, Set<string>>();
    const namesakes = async (name: string): Promise<Set<string>> => {
      let ids = namesakesOf.get(name);
      if (!ids) {
        const rows = await queryRows<{ id: string }>(
          db,
          sql`select id from registrants where name_tokens @> string_to_array(${nameTokens(name).join(' ')}, ' ')::text[]`,
        );
        namesakesOf.set(name, (ids = new Set(rows.map((r) => r.id))));
      }
      return ids;
    };
    const lookup: number[] = [];
    const iins = queries.filter((q) => q.kind === 'IIN').map((q) => q.input.iin!);
    // Warm-up: one of each kind.
    for (const k of QUERY_KINDS) {
      const q = queries.find((x) => x.kind === k);
      if (q) await searchRegistry(deps, SUPERVISOR, q.input);
    }
    let n = 0;
    for (const q of queries) {
      const t0 = performance.now();
      const r = await searchRegistry(deps, SUPERVISOR, q.input);
      times.get(q.kind)!.push(performance.now() - t0);
      // Recall, outside the timing: the person in the top 5, and how many share the name.
      const top = r.hits.slice(0, 5);
      const hit = top.some((h) => h.id === q.expect);
      const same = await namesakes(q.name);
      const x = recall.get(q.kind)!;
      x.namesakes.push(same.size);
      if (hit) x.found++;
      if (same.size <= 5) {
        x.distinct++;
        if (hit) x.foundDistinct++;
      }
      if (hit || (same.size > 5 && top.length === 5 && top.every((h) => same.has(h.id))))
        x.foundAmongNamesakes++;
      // The baseline, interleaved: an exact-match look-up on a unique index.
      const iin = iins[n++ % iins.length]!;
      const t1 = performance.now();
      await queryRows(db, sql`select id, display_name from registrants where iin = ${iin}`);
      lookup.push(performance.now() - t1);
    }
    const plansFile = path.join(REPO_ROOT, 'bench', 'results', 'registry-plans.txt');
    const sample = queries.find((q) => q.kind === 'exact name')!.input.name!;
    await explainPlans(db, plansFile, { name: sample, typo: typo(sample) });
    const byKind = Object.fromEntries(
      QUERY_KINDS.map((k) => {
        const { namesakes: n, ...x } = recall.get(k)!;
        return [k, { ...latency(times.get(k)!), ...x, namesakesMedian: percentile(n, 50) }];
      }),
    ) as RegistryBenchResult['byKind'];
    const [version] = await queryRows<{ v: string }>(db, sql`select current_setting('server_version') as v`);
    return {
      server: version?.v ?? '?',
      cases: counts!.cases,
      registrants: counts!.registrants,
      documents: counts!.documents,
      offices: counts!.offices,
      generated: generationSeconds !== null,
      generationSeconds,
      casesPerMinute,
      byKind,
      all: latency([...times.values()].flat()),
      indexLookup: latency(lookup),
      plansFile: path.relative(REPO_ROOT, plansFile),
    };
  } finally {
    await database.close();
    if (process.env.REGISTRY_BENCH_KEEP === '0') {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`drop database if exists ${DB_NAME} with (force)`);
      await admin.end();
    }
  }
}
