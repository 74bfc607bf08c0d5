// The fault tests' load: a few simulated applicants sending online applications through the portal's
// pages in a loop (ledger.ts), while the test breaks the storage under the server. Every attempt is
// kept with its start and end, so the test can ask what happened before, during and after the fault.
import { stepsOf } from '../../src/views/pages/portal/apply-steps.js';
import { addressOf, applyOnline, Ledger, newRunId, submissionOf, WebClient } from './ledger.js';

export interface Attempt {
  startedAt: number;
  endedAt: number;
  ok: boolean;
  /** The failed request and its status (`POST associations answered 503`), or the network's error. */
  error?: string;
}

export interface FaultLoad {
  readonly ledger: Ledger;
  readonly attempts: Attempt[];
  /** Resolves once `count` applications more than now are acknowledged (or rejects after `timeoutMs`). */
  acknowledged(count: number, timeoutMs?: number): Promise<void>;
  /** Stops starting new applications and waits for those under way. */
  stop(): Promise<void>;
}

/** Client numbers of a run start here, apart from other runs' in the same process (addresses). */
let nextClient = 1;

export function startFaultLoad(base: string, officeCode: string, clients: number): FaultLoad {
  const ledger = new Ledger();
  const attempts: Attempt[] = [];
  const run = newRunId();
  let stopped = false;
  const worker = async () => {
    while (!stopped) {
      const n = nextClient++;
      const startedAt = Date.now();
      try {
        await applyOnline(base, addressOf(n), submissionOf(run, n, officeCode), ledger);
        attempts.push({ startedAt, endedAt: Date.now(), ok: true });
      } catch (e) {
        attempts.push({ startedAt, endedAt: Date.now(), ok: false, error: (e as Error).message });
        // A failing server is not hammered in a tight loop.
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const running = Array.from({ length: clients }, worker);
  return {
    ledger,
    attempts,
    async acknowledged(count, timeoutMs = 30_000) {
      const target = ledger.acknowledged.length + count;
      const until = Date.now() + timeoutMs;
      while (ledger.acknowledged.length < target) {
        if (Date.now() > until)
          throw new Error(
            `only ${ledger.acknowledged.length - target + count} of ${count} applications acknowledged ` +
              `within ${timeoutMs} ms; last failures: ${JSON.stringify(ledger.failures.slice(-3))}`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      stopped = true;
      await Promise.all(running);
    },
  };
}

/** True when a response body shows a stack trace or an engine's internals instead of a message. */
export function looksLikeStackTrace(body: string): boolean {
  return /\n\s+at [\w.<>]+ \(|\bat async\b|node_modules|Failed query|DrizzleQueryError|ECONNREFUSED/.test(
    body,
  );
}

/**
 * Walks one application through the pages (in `lang`) until a request is refused; returns that
 * answer. For the fault tests: which request meets the fault first depends on where the engine still
 * has room, so each step is tried until one fails.
 */
export async function firstRefusal(
  base: string,
  officeCode: string,
  lang: 'kk' | 'ru',
  address: string,
): Promise<{ what: string; status: number; body: string }> {
  type Step = [string, () => ReturnType<WebClient['get']>, number];
  // A step may still find room in a page the engine had half filled: try a few applications.
  for (let n = 1; n <= 20; n++) {
    const s = submissionOf(newRunId(), n, officeCode);
    const c = new WebClient(base, address);
    const steps: Step[] = [
      ['GET apply', () => c.get(`/${lang}/apply?office=${officeCode}`), 200],
      [
        'POST start',
        () => c.post(`/${lang}/apply/start`, { kind: 'missionary-registration', language: lang, officeCode }),
        303,
      ],
      ...stepsOf('missionary-registration').map((st): Step => [
        `POST ${st}`,
        () => c.post(`/${lang}/apply/${st}`, { ...s.fields, consent: 'on', go: 'next' }),
        303,
      ]),
    ];
    for (const [what, request, expected] of steps) {
      const r = await request();
      if (r.status !== expected) return { what, status: r.status, body: r.body };
    }
  }
  throw new Error('every step of 20 applications was accepted');
}
