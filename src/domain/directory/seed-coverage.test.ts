import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeedDetailed } from './parse-seed.js';
import { annexSpans, splitLines } from './seed-layout.js';
import { alnum } from './text.js';
import { DROPPED_FRAGMENTS, HEADER_ROWS, NOISE_TOKENS, TABLE_TITLES } from './data/seed-noise.js';
import type { AnnexNo, SeedRow } from './types.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

// Lose no row and no token: every token of every seed line inside the annex tables lands in a
// field of some row, in a region heading, or in the reviewed noise list (data/seed-noise.ts).

const parsed = parseSeedDetailed(SEED_TEXT);
const lines = splitLines(SEED_TEXT);

function fieldsOf(r: SeedRow): string[] {
  return [
    String(r.n),
    r.name,
    r.address,
    ...r.phones,
    ...r.faxes,
    ...r.emails,
    ...r.websites,
    r.schedule?.text ?? '',
  ];
}

function charCounts(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const c of alnum(t)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

test('noise lines are only the reviewed kinds, each with its reviewed content', () => {
  for (const nl of parsed.noise) {
    const line = lines[nl.line - 1] as string;
    switch (nl.kind) {
      case 'blank':
        assert.equal(line.trim(), '');
        break;
      case 'annex-title':
        assert.match(line, new RegExp(`стандартына ${nl.annex}-қосымша$`, 'u'));
        break;
      case 'table-title':
        assert.ok(TABLE_TITLES.includes(line.trim()), `line ${nl.line}`);
        break;
      case 'header':
        assert.equal(line, HEADER_ROWS[nl.annex]);
        break;
      case 'column-numbers':
        assert.match(line, /^1\t2\t3\t4\t5(\t6)?$/u);
        break;
      case 'separator':
        assert.match(line, /^--(\t--)*$/u);
        break;
    }
  }
  assert.equal(parsed.noise.filter((n) => n.kind === 'table-title').length, TABLE_TITLES.length);
  assert.equal(parsed.noise.filter((n) => n.kind === 'header').length, 4);
});

test('the dropped fragments are exactly the reviewed ones', () => {
  assert.deepEqual(
    parsed.dropped.map(({ annex, line, text }) => ({ annex, line, text })),
    DROPPED_FRAGMENTS.map(({ annex, line, text }) => ({ annex, line, text })),
  );
});

test('every line of annexes 1–4 is accounted for: noise, a region heading or a row', () => {
  for (const span of annexSpans(lines)) {
    for (let i = span.start; i < span.end; i++) {
      const lineNo = i + 1;
      const placed =
        parsed.noise.some((n) => n.line === lineNo) ||
        parsed.headings.some((h) => h.line === lineNo) ||
        parsed.rows.some((r) => r.lines.includes(lineNo));
      assert.ok(placed, `seed line ${lineNo} is placed nowhere`);
    }
  }
});

test('every token of every table line lands in a field of a row of its annex, a heading or the noise list', () => {
  const noiseLines = new Set(parsed.noise.map((n) => n.line));
  for (const span of annexSpans(lines)) {
    const annex = span.annex as AnnexNo;
    const haystack = [
      ...parsed.rows.filter((r) => r.annex === annex).flatMap(fieldsOf),
      ...parsed.headings.filter((h) => h.annex === annex).map((h) => h.region),
    ].map(alnum);
    const noiseTokens = NOISE_TOKENS.filter((t) => t.annex === annex).map((t) => t.token);
    for (let i = span.start; i < span.end; i++) {
      if (noiseLines.has(i + 1)) continue;
      for (const token of (lines[i] as string).split(/\s+/u)) {
        const key = alnum(token);
        if (key === '' || noiseTokens.includes(token)) continue;
        assert.ok(
          haystack.some((h) => h.includes(key)),
          `annex ${annex}, seed line ${i + 1}: token ${JSON.stringify(token)} lands in no field`,
        );
      }
    }
  }
});

test('nothing lost, nothing invented: the letters and digits of each annex table equal those of its rows', () => {
  const noiseLines = new Set(parsed.noise.map((n) => n.line));
  for (const span of annexSpans(lines)) {
    const annex = span.annex as AnnexNo;
    const seedTexts: string[] = [];
    for (let i = span.start; i < span.end; i++) {
      if (noiseLines.has(i + 1)) continue;
      let line = lines[i] as string;
      for (const d of DROPPED_FRAGMENTS.filter((x) => x.annex === annex && x.line === i + 1))
        line = line.replace(d.text, '');
      const tokens = line
        .split(/\s+/u)
        .filter((t) => !NOISE_TOKENS.some((nt) => nt.annex === annex && nt.token === t));
      seedTexts.push(tokens.join(' '));
    }
    const rowTexts = [
      ...parsed.rows.filter((r) => r.annex === annex).flatMap(fieldsOf),
      ...parsed.headings.filter((h) => h.annex === annex).map((h) => h.region),
    ];
    assert.deepEqual(
      [...charCounts(rowTexts)].sort(),
      [...charCounts(seedTexts)].sort(),
      `annex ${annex}: letters and digits differ`,
    );
  }
});
