import type { AnnexNo } from './types.js';
import { COLUMNS, annexSpans, splitLines, isAnnexTitle, type Column } from './seed-layout.js';
import { normaliseSpace } from './text.js';

// Stage 1 of the seed parse: seed lines → raw rows (cells gathered per column, with the lines
// they came from). Every line of an annex table ends up in exactly one place: a raw row, a region
// heading, or a structural noise line (title, header, column numbers, "--" separator, blank).
// The PDF damage handled here, each a named rule recorded per row:
//   split-row                         the number and phone on one line, the name and address on
//                                     the next (annex 2 rows 67, 95, …; annex 4 rows 66, 103, …)
//   schedule-head-on-preceding-line   a schedule's first part printed on its own line before the row
//   schedule-tail-on-following-line   a schedule's last part printed on its own line after the row
//   duplicate-schedule-fragment       the same head printed twice (annex 4 before row 81: on the
//                                     "Жамбыл облысы" heading line and on its own line)
//   number-without-dot                "104" for "104." (annex 4 rows 104–199)
//   heading-without-columns           a region heading printed as a bare line (annex 4)

export interface Anomaly {
  annex: AnnexNo;
  n: number;
  rule: string;
  lines: number[];
}

export interface RawRow {
  annex: AnnexNo;
  n: number;
  region: string | null;
  lines: number[];
  cells: Record<Column, string[]>;
}

export interface NoiseLine {
  annex: AnnexNo;
  line: number;
  kind: 'annex-title' | 'table-title' | 'separator' | 'header' | 'column-numbers' | 'blank';
}

export interface Heading {
  annex: AnnexNo;
  line: number;
  region: string;
}

export interface DroppedFragment {
  annex: AnnexNo;
  line: number;
  text: string;
  rule: string;
}

export interface RawParse {
  rows: RawRow[];
  headings: Heading[];
  noise: NoiseLine[];
  dropped: DroppedFragment[];
  anomalies: Anomaly[];
}

const ROW_NUMBER = /^(\d+)(\.?)$/u;
const HEADING = /^\S.* (облысы|қаласы)$/u;
const SCHEDULE_HEAD = /^Жұмыс (күндері|уақыты)/u;

function emptyCells(): Record<Column, string[]> {
  return { n: [], name: [], address: [], phone: [], email: [], web: [], schedule: [] };
}

function fail(line: number, why: string): never {
  throw new Error(`seed line ${line}: ${why}`);
}

export function parseRaw(text: string): RawParse {
  const lines = splitLines(text);
  const out: RawParse = { rows: [], headings: [], noise: [], dropped: [], anomalies: [] };
  const note = (row: RawRow, rule: string, lineNo: number) => {
    const prev = out.anomalies.find((a) => a.annex === row.annex && a.n === row.n && a.rule === rule);
    if (prev) prev.lines.push(lineNo);
    else out.anomalies.push({ annex: row.annex, n: row.n, rule, lines: [lineNo] });
  };
  for (const span of annexSpans(lines)) {
    const cols = COLUMNS[span.annex];
    const schedCol = cols.indexOf('schedule');
    let phase: 'title' | 'pre' | 'numbers' | 'body' = 'title';
    let region: string | null = null;
    let pendingHead: { text: string; line: number } | null = null;
    let pendingHeadingLine: number | null = null;
    let prev: RawRow | null = null;
    for (let i = span.start; i < span.end; i++) {
      const lineNo = i + 1;
      const raw = lines[i] as string;
      if (raw.trim() === '') {
        out.noise.push({ annex: span.annex, line: lineNo, kind: 'blank' });
        continue;
      }
      const cells = raw.split('\t').map(normaliseSpace);
      if (phase === 'title') {
        if (!isAnnexTitle(raw)) fail(lineNo, 'expected the annex title');
        out.noise.push({ annex: span.annex, line: lineNo, kind: 'annex-title' });
        phase = 'pre';
        continue;
      }
      if (phase === 'pre') {
        if (cells.every((c) => c === '--'))
          out.noise.push({ annex: span.annex, line: lineNo, kind: 'separator' });
        else if (cells.includes('Атауы')) {
          if (cells.length !== cols.length)
            fail(lineNo, `header has ${cells.length} columns, expected ${cols.length}`);
          out.noise.push({ annex: span.annex, line: lineNo, kind: 'header' });
          phase = 'numbers';
        } else if (cells.length === 1)
          out.noise.push({ annex: span.annex, line: lineNo, kind: 'table-title' });
        else fail(lineNo, 'unexpected line before the table header');
        continue;
      }
      if (phase === 'numbers') {
        if (cells.join(' ') !== cols.map((_, k) => String(k + 1)).join(' '))
          fail(lineNo, 'expected the column numbers');
        out.noise.push({ annex: span.annex, line: lineNo, kind: 'column-numbers' });
        phase = 'body';
        continue;
      }
      if (cells.length > cols.length && cells.slice(cols.length).some((c) => c !== ''))
        fail(lineNo, 'more cells than columns');
      const cell = (k: number) => cells[k] ?? '';
      const c0 = cell(0);
      const sched = schedCol >= 0 ? cell(schedCol) : '';
      const m = ROW_NUMBER.exec(c0);
      if (m) {
        const n = Number(m[1]);
        const expected = prev ? prev.n + 1 : 1;
        if (n !== expected) fail(lineNo, `row ${n} where row ${expected} was expected`);
        const row: RawRow = { annex: span.annex, n, region, lines: [lineNo], cells: emptyCells() };
        cols.forEach((col, k) => {
          if (k > 0 && cell(k) !== '') row.cells[col].push(cell(k));
        });
        row.cells.n.push(c0);
        if (m[2] === '') note(row, 'number-without-dot', lineNo);
        if (pendingHeadingLine !== null) note(row, 'heading-without-columns', pendingHeadingLine);
        pendingHeadingLine = null;
        if (pendingHead) {
          if (SCHEDULE_HEAD.test(sched) && sched.startsWith('Жұмыс күндері'))
            fail(lineNo, 'a schedule head before a row with a whole schedule');
          row.cells.schedule.unshift(pendingHead.text);
          row.lines.unshift(pendingHead.line);
          note(row, 'schedule-head-on-preceding-line', pendingHead.line);
          pendingHead = null;
        }
        out.rows.push(row);
        prev = row;
        continue;
      }
      if (c0 !== '') {
        if (!HEADING.test(c0) || cells.slice(1).some((c, k) => c !== '' && k + 1 !== schedCol))
          fail(lineNo, 'neither a row nor a region heading');
        region = c0;
        out.headings.push({ annex: span.annex, line: lineNo, region });
        if (cells.length === 1) pendingHeadingLine = lineNo;
        if (sched !== '') {
          if (!SCHEDULE_HEAD.test(sched)) fail(lineNo, 'a schedule tail on a heading line');
          pendingHead = { text: sched, line: lineNo };
        }
        continue;
      }
      const others = cols
        .map((col, k) => (k > 0 && k !== schedCol && cell(k) !== '' ? col : null))
        .filter((c) => c !== null);
      if (others.length > 0) {
        // Rule split-row: the second half of the previous row (its name, address, maybe phone).
        if (!prev || prev.cells.name.length > 0)
          fail(lineNo, 'a row continuation after a row that has its name');
        if (prev.cells.address.length > 0 && cell(cols.indexOf('address')) !== '')
          note(prev, 'address-split-across-lines', lineNo);
        cols.forEach((col, k) => {
          if (k > 0 && cell(k) !== '') prev?.cells[col].push(cell(k));
        });
        prev.lines.push(lineNo);
        note(prev, 'split-row', lineNo);
        continue;
      }
      if (sched === '') fail(lineNo, 'an empty row');
      if (SCHEDULE_HEAD.test(sched)) {
        if (pendingHead) {
          if (pendingHead.text !== sched) fail(lineNo, 'two different schedule heads in a row');
          out.dropped.push({
            annex: span.annex,
            line: pendingHead.line,
            text: pendingHead.text,
            rule: 'duplicate-schedule-fragment',
          });
        }
        pendingHead = { text: sched, line: lineNo };
        continue;
      }
      if (!prev || /жексенбі$/u.test(prev.cells.schedule.join(' ')))
        fail(lineNo, 'a schedule tail with no unfinished schedule before it');
      prev.cells.schedule.push(sched);
      prev.lines.push(lineNo);
      note(prev, 'schedule-tail-on-following-line', lineNo);
    }
    if (pendingHead) fail(pendingHead.line, 'a schedule head with no row after it');
  }
  for (const d of out.dropped) {
    const row = out.rows.find((r) => r.annex === d.annex && r.lines.some((l) => l > d.line));
    if (row) out.anomalies.push({ annex: row.annex, n: row.n, rule: d.rule, lines: [d.line] });
  }
  return out;
}
