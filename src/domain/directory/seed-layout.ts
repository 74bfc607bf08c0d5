import type { AnnexNo } from './types.js';

// Where the annex tables are in the seed text and what their columns are.

export type Column = 'n' | 'name' | 'address' | 'phone' | 'email' | 'web' | 'schedule';

/** Columns as printed in each annex's header row. */
export const COLUMNS: Record<AnnexNo, readonly Column[]> = {
  1: ['n', 'name', 'address', 'phone', 'email', 'schedule'],
  2: ['n', 'name', 'address', 'phone', 'schedule'],
  3: ['n', 'name', 'address', 'phone', 'web'],
  4: ['n', 'name', 'address', 'phone', 'web', 'schedule'],
};

export const ANNEXES: readonly AnnexNo[] = [1, 2, 3, 4];

const ANNEX_TITLE = /^«Миссионерлерді .*стандартына (\d+)-қосымша$/u;

export interface AnnexSpan {
  annex: AnnexNo;
  /** 0-based index of the annex's title line. */
  start: number;
  /** 0-based index one past the annex's last line (the next annex's title line). */
  end: number;
}

/** The line spans of annexes 1–4 (each from its title line to the next annex's title line). */
export function annexSpans(lines: readonly string[]): AnnexSpan[] {
  const titles = new Map<number, number>();
  lines.forEach((line, i) => {
    const m = ANNEX_TITLE.exec(line.trim());
    if (m) titles.set(Number(m[1]), i);
  });
  return ANNEXES.map((annex) => {
    const start = titles.get(annex);
    const end = titles.get(annex + 1);
    if (start === undefined || end === undefined) throw new Error(`annex ${annex} not found in the seed`);
    return { annex, start, end };
  });
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/u);
}

export function isAnnexTitle(line: string): boolean {
  return ANNEX_TITLE.test(line.trim());
}
