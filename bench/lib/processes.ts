// Spawn a server, time it until an HTTP address answers 200, read its memory, stop it gracefully.
// Loopback only; every wait is bounded; every process started here is tracked for cleanup.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { track } from './cleanup.js';

export const HOST = '127.0.0.1';

/** A port the kernel just gave out on loopback (closed again before the server takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

/** One GET; resolves with the status, or null when nothing answers (refused, reset, timeout). */
export function getStatus(url: string, timeoutMs = 2_000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? null));
      res.on('error', () => resolve(null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

export interface StartOptions {
  label: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers 200. */
  readyUrl: string;
  readyTimeoutMs: number;
  pollMs?: number;
}

export interface Started {
  label: string;
  pid: number;
  /** ms from just before spawn until readyUrl answered 200. */
  readyMs: number;
  /** The last few KiB of the process's stdout and stderr. */
  output(): string;
  /** SIGTERM, wait for the exit (SIGKILL after graceMs); ms from the signal to the exit. */
  stop(graceMs?: number): Promise<{ stopMs: number; code: number | null; signal: string | null }>;
}

const OUTPUT_KEEP = 8 * 1024;

/** Spawns a process (with a clean environment besides PATH/HOME) and waits until it is ready. */
export async function startAndWait(opts: StartOptions): Promise<Started> {
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEEP);
  };
  const t0 = performance.now();
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let gone = false;
  void exited.then(() => (gone = true));
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  spawnError.catch(() => undefined);

  const untrack = track(
    `${opts.label} (pid ${String(child.pid)})`,
    async () => {
      if (!gone) await stopChild(child, exited, 5_000);
    },
    () => {
      if (!gone) child.kill('SIGKILL');
    },
  );

  const stop: Started['stop'] = async (graceMs = 20_000) => {
    const t = performance.now();
    const r = gone ? await exited : await stopChild(child, exited, graceMs);
    untrack();
    return { stopMs: performance.now() - t, ...r };
  };

  try {
    const readyMs = await Promise.race([
      pollUntil200(opts, t0, () => gone),
      spawnError,
      exited.then((r) => {
        throw new Error(
          `${opts.label} exited before it was ready (code ${String(r.code)}, signal ${String(r.signal)}):\n${output}`,
        );
      }),
    ]);
    return { label: opts.label, pid: child.pid as number, readyMs, output: () => output, stop };
  } catch (e) {
    await stop(5_000);
    throw e;
  }
}

async function pollUntil200(opts: StartOptions, t0: number, isGone: () => boolean): Promise<number> {
  const pollMs = opts.pollMs ?? 5;
  const deadline = t0 + opts.readyTimeoutMs;
  while (performance.now() < deadline && !isGone()) {
    const status = await getStatus(opts.readyUrl, 2_000);
    if (status === 200) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  if (isGone()) return new Promise<number>(() => undefined); // the exit branch reports it
  throw new Error(
    `${opts.label}: ${opts.readyUrl} did not answer 200 within ${String(opts.readyTimeoutMs)} ms`,
  );
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: string | null }>,
  graceMs: number,
): Promise<{ code: number | null; signal: string | null }> {
  child.kill('SIGTERM');
  const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), graceMs).unref());
  const first = await Promise.race([exited, timer]);
  if (first !== 'late') return first;
  child.kill('SIGKILL');
  const r = await exited;
  return { ...r, signal: `${String(r.signal)} (killed after ${String(graceMs)} ms grace)` };
}

/** Resident memory of a running process in MiB (Linux /proc/PID/status VmRSS). */
export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!m) throw new Error(`no VmRSS for pid ${String(pid)}`);
  return Number(m[1]) / 1024;
}

/** A small fixed workload before memory is read: sequential-ish GETs, `concurrency` at a time. */
export async function warmUp(urls: string[], requestsEach: number, concurrency = 4): Promise<number> {
  let failures = 0;
  for (const url of urls) {
    let left = requestsEach;
    const worker = async (): Promise<void> => {
      while (left-- > 0) if ((await getStatus(url, 5_000)) !== 200) failures++;
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return failures;
}

/** The environment a child gets: only what it needs, so the host's variables do not leak in. */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const v = process.env[key];
    if (v !== undefined) env[key] = v;
  }
  return { ...env, ...extra };
}
