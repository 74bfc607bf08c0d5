// The office search (domain.md §1) on the 213 offices of the directory, imported into an in-memory
// embedded database: searches per second through the whole path a page takes (fold the query, match
// every word on the stored key in SQL, sort with the page language's collation), beside a plain
// Array.filter over the Kazakh names with toLowerCase().includes() in the same run, on the same
// queries. The baseline is faster and finds less: the hits of each are reported per query.
//   node --import tsx bench/directory.bench.ts
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { importDirectory } from '../src/app/organisations/import-directory.js';
import {
  directorySearchKey,
  matchesWords,
  queryWords,
  searchOffices,
  sortOffices,
} from '../src/app/organisations/find-offices.js';
import type { Deps } from '../src/app/deps.js';
import type { Lang } from '../src/domain/standard/index.js';

const SEED = fileURLToPath(new URL('../seed/standard-2011-kk.txt', import.meta.url));

/** What people type: Kazakh and Russian spellings, without Kazakh letters, upper case, a town, two words. */
export const QUERIES: readonly { q: string; lang: Lang }[] = [
  { q: 'Ақкөл', lang: 'kk' },
  { q: 'аккол', lang: 'ru' },
  { q: 'ӨСКЕМЕН', lang: 'kk' },
  { q: 'Усть-Каменогорск', lang: 'ru' },
  { q: 'степногорск', lang: 'ru' },
  { q: 'қарағанды бөлімі', lang: 'kk' },
  { q: 'район', lang: 'en' },
  { q: 'ауданы', lang: 'kk' },
];

const SECONDS_PER_SIDE = 2;

interface Rate {
  runs: number;
  ms: number;
  perSecond: number;
}

async function rate(fn: (i: number) => Promise<unknown> | unknown, seconds: number): Promise<Rate> {
  for (let i = 0; i < 50; i++) await fn(i); // warm-up
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < seconds * 1000) {
    await fn(runs);
    runs++;
  }
  const ms = performance.now() - t0;
  return { runs, ms: Math.round(ms), perSecond: Math.round((runs * 1000) / ms) };
}

export interface DirectoryBenchResult {
  node: string;
  offices: number;
  importMs: number;
  reimportMs: number;
  /** searchOffices(): SQL on the stored key, then the collation sort — what the pages and the API run. */
  search: Rate;
  /** The same match and sort in memory, over keys built the same way (no database round trip). */
  inMemory: Rate;
  /** names.filter((n) => n.toLowerCase().includes(q.toLowerCase())): no folding, no sort. */
  baseline: Rate;
  hits: { q: string; search: number; baseline: number }[];
}

export async function runDirectoryBench(): Promise<DirectoryBenchResult> {
  const database = await openDatabase({ kind: 'memory' });
  try {
    await migrate(database);
    const deps: Deps = {
      database,
      now: () => new Date(),
      sessionIdleMinutes: 60,
      signIn: { maxFailures: 5, lockoutMinutes: 15 },
      publicUrl: 'http://localhost:3000',
    };
    const seed = fs.readFileSync(SEED, 'utf8');
    const origin = { ip: null, requestId: 'bench' };
    let t0 = performance.now();
    await importDirectory(deps, origin, seed);
    const importMs = Math.round(performance.now() - t0);
    t0 = performance.now();
    await importDirectory(deps, origin, seed);
    const reimportMs = Math.round(performance.now() - t0);

    const all = await searchOffices(deps, { lang: 'kk' });
    const names = all.map((o) => o.name.kk);
    const keyed = all.map((o) => ({
      office: o,
      key: directorySearchKey([o.name.kk, o.name.ru, o.town?.kk, o.town?.ru]),
    }));
    const pick = (i: number) => QUERIES[i % QUERIES.length]!;

    const search = await rate(
      (i) => searchOffices(deps, { query: pick(i).q, lang: pick(i).lang }),
      SECONDS_PER_SIDE,
    );
    const inMemory = await rate((i) => {
      const words = queryWords(pick(i).q);
      return sortOffices(
        keyed.filter((k) => matchesWords(k.key, words)).map((k) => k.office),
        pick(i).lang,
      );
    }, SECONDS_PER_SIDE);
    const baseline = await rate((i) => {
      const q = pick(i).q.toLowerCase();
      return names.filter((n) => n.toLowerCase().includes(q));
    }, SECONDS_PER_SIDE);

    const hits = [];
    for (const { q, lang } of QUERIES) {
      hits.push({
        q,
        search: (await searchOffices(deps, { query: q, lang })).length,
        baseline: names.filter((n) => n.toLowerCase().includes(q.toLowerCase())).length,
      });
    }
    return {
      node: process.version,
      offices: all.length,
      importMs,
      reimportMs,
      search,
      inMemory,
      baseline,
      hits,
    };
  } finally {
    await database.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = await runDirectoryBench();
  console.log(
    [
      `directory bench on ${String(r.offices)} offices (${r.node}); import ${String(r.importMs)} ms, again ${String(r.reimportMs)} ms`,
      `  search (SQL + collation sort)  ${String(r.search.perSecond)} searches/s`,
      `  same match in memory           ${String(r.inMemory.perSecond)} searches/s`,
      `  Array.filter over the names    ${String(r.baseline.perSecond)} searches/s`,
      ...r.hits.map(
        (h) =>
          `  ${h.q.padEnd(20)} search ${String(h.search).padStart(3)}   baseline ${String(h.baseline).padStart(3)}`,
      ),
    ].join('\n'),
  );
}
