// One load run with autocannon's programmatic API; every run of a comparison uses the same settings.
import autocannon from 'autocannon';

export interface LoadSettings {
  connections: number;
  durationS: number;
  pipelining: number;
}

export interface LoadResult {
  url: string;
  /** Mean requests per second over the run's one-second samples. */
  rps: number;
  rpsStddev: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function load(url: string, s: LoadSettings): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: s.connections,
    duration: s.durationS,
    pipelining: s.pipelining,
    timeout: 10,
  });
  return {
    url,
    rps: r.requests.average,
    rpsStddev: r.requests.stddev,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

export function describeLoad(r: LoadResult): string {
  const bad = r.non2xx + r.errors + r.timeouts;
  return (
    `${Math.round(r.rps)} req/s ±${Math.round(r.rpsStddev)}, p50 ${String(r.latencyP50Ms)} ms, ` +
    `p99 ${String(r.latencyP99Ms)} ms` +
    (bad ? `, ${String(r.non2xx)} non-2xx, ${String(r.errors)} errors, ${String(r.timeouts)} timeouts` : '')
  );
}
