// Requests per second on the started service (embedded database) with autocannon: GET /healthz and
// the home page GET /kk/, each beside a bare Fastify route in its own process, with the same
// settings in the same run. The three addresses are loaded in turn, round after round, and each
// figure is the mean of its rounds, so drift in the machine during the run reaches both sides.
//   node --import tsx bench/run.ts --only http
import { figure, ratioAtLeast, type BenchOptions, type BenchResult } from './lib/bench-result.js';
import { describeLoad, load, type LoadResult, type LoadSettings } from './lib/load.js';
import { rssMiB } from './lib/processes.js';
import { startBareFastify, startService } from './lib/servers.js';
import { withTempDir } from './lib/temp-dir.js';

const CONNECTIONS = 10;
const WARM_UP_S = 3;
/** Each address is loaded this many times, in turn with the others; the figure is the mean. */
const ROUNDS = 2;
const LABELS = { bare: 'bare Fastify', healthz: 'GET /healthz', home: 'GET /kk/' } as const;
/** /healthz must keep at least this share of a bare Fastify route's rate. */
const HEALTHZ_GOAL = ratioAtLeast(0.5);

const meanRps = (rs: LoadResult[]): number => rs.reduce((sum, r) => sum + r.rps, 0) / rs.length;
const perRound = (rs: LoadResult[]): string => rs.map((r) => String(Math.round(r.rps))).join(', ');
const clean = (r: LoadResult): boolean => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0;

export async function run(options?: Partial<BenchOptions>): Promise<BenchResult[]> {
  const settings: LoadSettings = {
    connections: CONNECTIONS,
    durationS: options?.loadSeconds ?? 10,
    pipelining: 1,
  };
  const warm: LoadSettings = { ...settings, durationS: WARM_UP_S };
  const settingsNote =
    `autocannon ${String(settings.connections)} connections, ${String(settings.durationS)} s per run, ` +
    `no pipelining, ${String(ROUNDS)} rounds after ${String(WARM_UP_S)} s warm-up each`;

  return withTempDir('tirkeu-bench-http-', async (dir) => {
    const bare = await startBareFastify();
    try {
      const service = await startService('service for load', { kind: 'embedded', dataDir: dir });
      try {
        const healthz = `${service.base}/healthz`;
        const home = `${service.base}/kk/`;
        const bareUrl = `${bare.base}/healthz`;
        for (const url of [bareUrl, healthz, home]) await load(url, warm);

        // Rounds of baseline, /healthz, home page: drift in the machine reaches all three alike.
        const runs: Record<'bare' | 'healthz' | 'home', LoadResult[]> = { bare: [], healthz: [], home: [] };
        for (let round = 1; round <= ROUNDS; round++) {
          for (const [key, url] of [
            ['bare', bareUrl],
            ['healthz', healthz],
            ['home', home],
          ] as const) {
            const r = await load(url, settings);
            runs[key].push(r);
            console.log(`  round ${String(round)} ${LABELS[key]}: ${describeLoad(r)}`);
          }
        }
        const serviceRss = await rssMiB(service.pid);
        const bareRss = await rssMiB(bare.pid);

        const baseline = meanRps(runs.bare);
        const baselineNote = `bare Fastify route per round: ${perRound(runs.bare)} req/s`;
        return [
          figure({
            name: 'GET /healthz, requests per second (vs bare Fastify route)',
            value: meanRps(runs.healthz),
            unit: 'req/s',
            baseline,
            goal: HEALTHZ_GOAL,
            alsoRequired: [{ ok: runs.healthz.every(clean), why: 'error or non-2xx responses' }],
            notes: [...runs.healthz.map(describeLoad), baselineNote, settingsNote],
          }),
          figure({
            name: 'GET /kk/ (home page), requests per second (vs bare Fastify route)',
            value: meanRps(runs.home),
            unit: 'req/s',
            baseline,
            notes: [
              ...runs.home.map(describeLoad),
              ...(runs.home.every(clean) ? [] : ['the home page answered errors or non-2xx']),
            ],
          }),
          figure({
            name: 'resident memory after the load runs (vs bare Fastify process)',
            value: serviceRss,
            unit: 'MiB',
            baseline: bareRss,
            notes: ['VmRSS of each server process after its load runs'],
          }),
        ];
      } finally {
        const r = await service.stop();
        if (r.code !== 0)
          console.warn(`  service exited with code ${String(r.code)}, signal ${String(r.signal)}`);
      }
    } finally {
      await bare.stop();
    }
  });
}
