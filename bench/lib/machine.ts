// What the figures were measured on: they only compare within one machine and one run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  /** CPUs this process may run on (affinity), as `nproc` says. */
  cores: number;
  /** CPUs the kernel reports, when different from `cores`. */
  logicalCpus: number;
  /** cgroup CPU quota in cores, when one is set. */
  cpuQuota: number | null;
  memoryMiB: number;
  /** cgroup memory limit, when one is set. */
  memoryLimitMiB: number | null;
  node: string;
  os: string;
  commit: string | null;
}

function readOr(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

function cgroupCpuQuota(): number | null {
  const max = readOr('/sys/fs/cgroup/cpu.max'); // cgroup v2: "<quota> <period>" or "max <period>"
  if (!max) return null;
  const [quota, period] = max.split(/\s+/);
  if (!quota || quota === 'max' || !period) return null;
  return Math.round((Number(quota) / Number(period)) * 100) / 100;
}

function cgroupMemoryLimitMiB(): number | null {
  const max = readOr('/sys/fs/cgroup/memory.max');
  if (!max || max === 'max') return null;
  const mib = Number(max) / 1024 / 1024;
  return Number.isFinite(mib) && mib < os.totalmem() / 1024 / 1024 ? Math.round(mib) : null;
}

function gitCommit(cwd: string): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return null;
  }
}

export function machineInfo(repoRoot: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    logicalCpus: cpus.length,
    cpuQuota: cgroupCpuQuota(),
    memoryMiB: Math.round(os.totalmem() / 1024 / 1024),
    memoryLimitMiB: cgroupMemoryLimitMiB(),
    node: process.version,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    commit: gitCommit(repoRoot),
  };
}

export function describeMachine(m: MachineInfo): string {
  const cores =
    `${String(m.cores)} cores` +
    (m.logicalCpus !== m.cores ? ` (of ${String(m.logicalCpus)})` : '') +
    (m.cpuQuota !== null ? `, CPU quota ${String(m.cpuQuota)}` : '');
  const mem =
    `${(m.memoryMiB / 1024).toFixed(1)} GiB memory` +
    (m.memoryLimitMiB !== null ? ` (limit ${(m.memoryLimitMiB / 1024).toFixed(1)} GiB)` : '');
  return `${m.cpuModel}, ${cores}, ${mem}, Node ${m.node}, ${m.os}`;
}

/** Machines compare equal when the figures could be compared (same CPU, cores, memory, Node). */
export function sameMachine(a: MachineInfo, b: MachineInfo): boolean {
  return a.cpuModel === b.cpuModel && a.cores === b.cores && a.memoryMiB === b.memoryMiB && a.node === b.node;
}
