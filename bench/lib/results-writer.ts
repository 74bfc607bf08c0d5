// bench/results/latest.json (everything) and latest.md (a short table). A run of one bench
// (--only) replaces that bench's entry and keeps the others, each with its own date and machine.
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResult } from './bench-result.js';
import { describeMachine, sameMachine, type MachineInfo } from './machine.js';

export interface BenchEntry {
  bench: string;
  date: string;
  seconds: number;
  machine: MachineInfo;
  /** The machine's 1-minute load average before and after the bench: other work skews figures. */
  loadAverage: { before: number; after: number };
  /** Set when the bench could not measure (it threw); its results are then empty or partial. */
  error?: string;
  results: BenchResult[];
}

export interface ResultsFile {
  schema: 1;
  updated: string;
  machine: MachineInfo;
  benches: BenchEntry[];
}

async function readPrevious(file: string): Promise<ResultsFile | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as ResultsFile;
    return parsed.schema === 1 && Array.isArray(parsed.benches) ? parsed : null;
  } catch {
    return null;
  }
}

export async function writeResults(
  dir: string,
  current: { machine: MachineInfo; entries: BenchEntry[]; order: string[] },
): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true });
  const jsonPath = path.join(dir, 'latest.json');
  const mdPath = path.join(dir, 'latest.md');
  const previous = await readPrevious(jsonPath);
  const byName = new Map<string, BenchEntry>();
  for (const e of previous?.benches ?? []) byName.set(e.bench, e);
  for (const e of current.entries) byName.set(e.bench, e);
  const known = [...current.order, ...[...byName.keys()].filter((k) => !current.order.includes(k))];
  const benches = known.flatMap((k) => byName.get(k) ?? []);
  const file: ResultsFile = {
    schema: 1,
    updated: new Date().toISOString(),
    machine: current.machine,
    benches,
  };
  await writeAtomically(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  await writeAtomically(mdPath, renderMarkdown(file));
  return { json: jsonPath, md: mdPath };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US');
  return String(Number(x.toPrecision(3)));
}

// Results written before the load average was recorded have none.
const loadText = (e: Partial<Pick<BenchEntry, 'loadAverage'>>): string =>
  e.loadAverage ? `${e.loadAverage.before.toFixed(1)} → ${e.loadAverage.after.toFixed(1)}` : 'not recorded';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(file: ResultsFile): string {
  const lines: string[] = [];
  lines.push('# Benchmarks: latest results', '');
  lines.push(`Machine: ${describeMachine(file.machine)}.`);
  if (file.machine.commit) lines.push(`Code: commit ${file.machine.commit}.`);
  lines.push(
    '',
    'Ratio = value ÷ baseline, both measured in the same run; the goal says which side is good.',
    '',
    '| Figure | Value | Baseline | Ratio | Goal | Met | Date |',
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
  );
  const notes: string[] = [];
  const otherMachines = new Set<string>();
  for (const entry of file.benches) {
    const date = entry.date.slice(0, 16).replace('T', ' ') + ' UTC';
    const other = !sameMachine(entry.machine, file.machine);
    if (other) otherMachines.add(`${entry.bench}: ${describeMachine(entry.machine)}`);
    if (entry.error) {
      lines.push(`| ${cell(entry.bench)}: could not run | — | — | — | — | **NO (error)** | ${date} |`);
      notes.push(`${entry.bench}: ${cell(entry.error.split('\n')[0] ?? entry.error)}`);
    }
    for (const r of entry.results) {
      const met = r.met === undefined ? 'report only' : r.met ? 'yes' : '**NO**';
      lines.push(
        `| ${cell(r.name)} | ${fmt(r.value)} ${r.unit} | ${fmt(r.baseline)} ${r.baselineUnit} | ` +
          `${fmt(r.ratio)} | ${cell(r.goal ?? '—')} | ${met} | ${date}${other ? ' †' : ''} |`,
      );
      if (r.notes) notes.push(`${r.name}: ${cell(r.notes)}`);
    }
  }
  lines.push(
    '',
    `Load average (1 min) before → after each bench: ${file.benches
      .map((e) => `${e.bench} ${loadText(e)}`)
      .join(
        ', ',
      )} (on ${String(file.machine.cores)} cores; other work on the machine skews absolute figures more than ratios).`,
  );
  if (otherMachines.size) {
    lines.push('', '† measured on another machine:');
    for (const m of otherMachines) lines.push(`- ${m}`);
  }
  if (notes.length) {
    lines.push('', 'Notes:', '');
    for (const n of notes) lines.push(`- ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
