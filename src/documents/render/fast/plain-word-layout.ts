// A new word (a holder's name, a number, a check address) laid out without fontkit's shaper, for
// the words where the shaper can do nothing but look glyphs up and kern them, with the very
// numbers fontkit gives. Why by hand: fontkit sets up a shaping plan, glyph infos and its lookup
// processors for every call; the three new words of a certificate cost a fifth of its time.
//
// What makes it exact (DejaVu Serif with fontkit 2, the fonts of fonts.ts; checked for any font):
// - pdfkit passes no language, so fontkit takes each script's default language system and the
//   default features (ccmp, locl, rlig, calt, clig, liga, rclt, …). A word is done here only when
//   none of its glyphs can start one of those substitutions: in DejaVu the ligatures start at «f»
//   and the contextual ccmp rules need a combining mark, which the words done here never hold
//   (only the letters of the alphabet every subset starts with, alphabet.ts, and the space).
// - Positioning is then kerning of adjacent pairs (GPOS pair adjustment), which fontkit applies
//   pair after pair, adding each pair's values to its two glyphs. Each pair is laid out once by
//   fontkit itself, with the word's script, and what it added kept; a word's positions are each
//   glyph's advance plus what its pairs added, in fontkit's order. A pair fontkit turns into
//   anything but its two glyphs sends the word back to fontkit.
// plain-word-layout.test.ts lays thousands of words out both ways and compares them.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ALPHABET } from '../alphabet.js';

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface Glyph {
  id: number;
  advanceWidth: number;
}

/** The parts of a fontkit 2 font read here. */
export interface ShapedFont {
  layout(
    text: string,
    features?: unknown,
    script?: string,
  ): { glyphs: Glyph[]; positions: Position[]; script: string };
  glyphForCodePoint(cp: number): Glyph;
  GSUB?: GsubTable;
}

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}

interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}

interface ChainRule {
  backtrack: number[];
  input: number[];
  lookahead: number[];
}

interface Subtable {
  version?: number;
  coverage?: Coverage;
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  lookaheadClassDef?: ClassDef;
  chainClassSet?: (ChainRule[] | null)[];
}

interface GsubTable {
  scriptList: { script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(i: number): { lookupType: number; subTables: Subtable[] } };
}

/** fontkit 2's default features (DefaultShaper: variation, directional, fractional, common and
 *  horizontal ones). */
const DEFAULT_FEATURES = new Set([
  'rvrn',
  'ltra',
  'ltrm',
  'rtla',
  'rtlm',
  'frac',
  'numr',
  'dnom',
  'ccmp',
  'locl',
  'rlig',
  'mark',
  'mkmk',
  'calt',
  'clig',
  'liga',
  'rclt',
  'curs',
  'kern',
]);

function coverageGlyphs(c: Coverage | undefined): number[] {
  if (!c) return [];
  if (c.version === 1) return c.glyphs ?? [];
  const out: number[] = [];
  for (const r of c.rangeRecords ?? []) for (let g = r.start; g <= r.end; g++) out.push(g);
  return out;
}

/** The glyphs of each class (class 0, the glyphs not listed, left out). */
function classGlyphs(cd: ClassDef | undefined): Map<number, number[]> {
  const m = new Map<number, number[]>();
  const add = (cls: number, g: number): void => {
    if (cls === 0) return;
    const list = m.get(cls);
    if (list) list.push(g);
    else m.set(cls, [g]);
  };
  if (!cd) return m;
  if (cd.version === 1) cd.classValueArray?.forEach((cls, i) => add(cls, cd.startGlyph! + i));
  else for (const r of cd.classRangeRecord ?? []) for (let g = r.start; g <= r.end; g++) add(r.class, g);
  return m;
}

/**
 * The glyphs among `allowed` at which a default substitution may start: the coverage of every
 * lookup the default features reach, but for chaining rules by class (format 2) that need, somewhere
 * in their context, a class none of the allowed glyphs belongs to. Null when the font has a kind
 * of lookup this does not read (then nothing is done here).
 */
function substitutionStarts(gsub: GsubTable | undefined, allowed: Set<number>): Set<number> | null {
  const starts = new Set<number>();
  if (!gsub) return starts;
  const lookups = new Set<number>();
  for (const { script } of gsub.scriptList)
    for (const f of script.defaultLangSys?.featureIndexes ?? []) {
      const record = gsub.featureList[f];
      if (record && DEFAULT_FEATURES.has(record.tag))
        for (const l of record.feature.lookupListIndexes) lookups.add(l);
    }
  for (const index of lookups) {
    const lookup = gsub.lookupList.get(index);
    for (const st of lookup.subTables) {
      if (lookup.lookupType === 6 && st.version === 2 && st.chainClassSet) {
        const classes = [st.backtrackClassDef, st.inputClassDef, st.lookaheadClassDef].map(classGlyphs);
        const possible = (m: Map<number, number[]>, cls: number): boolean =>
          cls === 0 || (m.get(cls) ?? []).some((g) => allowed.has(g));
        const [back, input, ahead] = classes as [
          Map<number, number[]>,
          Map<number, number[]>,
          Map<number, number[]>,
        ];
        st.chainClassSet.forEach((rules, first) => {
          for (const r of rules ?? []) {
            const live =
              possible(input, first) &&
              r.backtrack.every((c) => possible(back, c)) &&
              r.input.every((c) => possible(input, c)) &&
              r.lookahead.every((c) => possible(ahead, c));
            if (live) for (const g of input.get(first) ?? coverageGlyphs(st.coverage)) starts.add(g);
          }
        });
        continue;
      }
      if (!st.coverage) return null; // a kind of subtable not read here
      for (const g of coverageGlyphs(st.coverage)) starts.add(g);
    }
  }
  return starts;
}

type ScriptOf = (cp: number) => string;
let scriptOf: ScriptOf | null | undefined;

/** unicode-properties' getScript, the one fontkit itself uses to pick a text's script. */
function scriptFinder(): ScriptOf | null {
  if (scriptOf !== undefined) return scriptOf;
  try {
    const pdfkit = createRequire(fileURLToPath(import.meta.resolve('pdfkit')));
    const fontkit = createRequire(pdfkit.resolve('fontkit'));
    scriptOf = (fontkit('unicode-properties') as { getScript: ScriptOf }).getScript;
  } catch {
    scriptOf = null;
  }
  return scriptOf;
}

/** What a pair adds to its first glyph's and to its second glyph's position. */
type PairDelta = readonly [Position, Position] | null;

const NONE: Position = { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };

class PlainWords {
  /** Glyph by code point, for the characters done here. */
  private readonly glyphs = new Map<number, Glyph>();
  private readonly tags = new Map<string, string>();
  /** By script tag, then by the pair's code points; `false`: the pair is not two plain glyphs. */
  private readonly pairs = new Map<string, Map<number, PairDelta | false>>();

  constructor(
    private readonly font: ShapedFont,
    private readonly getScript: ScriptOf,
  ) {
    const candidates = new Map<number, Glyph>();
    for (const ch of `${ALPHABET} `) {
      const cp = ch.codePointAt(0)!;
      const g = font.glyphForCodePoint(cp);
      if (g.id !== 0) candidates.set(cp, g);
    }
    const starts = substitutionStarts(font.GSUB, new Set([...candidates.values()].map((g) => g.id)));
    if (!starts) return;
    for (const [cp, g] of candidates) {
      if (starts.has(g.id)) continue;
      // Alone, fontkit gives the glyph at its advance (nothing positions a lone glyph).
      const run = font.layout(String.fromCodePoint(cp));
      const p = run.positions[0];
      if (run.glyphs.length !== 1 || run.glyphs[0] !== g || !p) continue;
      if (p.xAdvance !== g.advanceWidth || p.yAdvance || p.xOffset || p.yOffset) continue;
      this.glyphs.set(cp, g);
    }
  }

  /** The OpenType script tag fontkit picks for `text`: its first letter's script. */
  private tagOf(text: string): string {
    let name = 'Unknown';
    let sample = '';
    for (const ch of text) {
      const s = this.getScript(ch.codePointAt(0)!);
      if (s !== 'Common' && s !== 'Inherited' && s !== 'Unknown') {
        name = s;
        sample = ch;
        break;
      }
    }
    let tag = this.tags.get(name);
    if (tag === undefined) {
      tag = this.font.layout(sample || '0').script;
      this.tags.set(name, tag);
    }
    return tag;
  }

  private pair(tag: string, a: number, b: number): PairDelta | false {
    let byPair = this.pairs.get(tag);
    if (!byPair) this.pairs.set(tag, (byPair = new Map()));
    const key = a * 0x110000 + b;
    const kept = byPair.get(key);
    if (kept !== undefined) return kept;
    const ga = this.glyphs.get(a)!;
    const gb = this.glyphs.get(b)!;
    const run = this.font.layout(String.fromCodePoint(a, b), undefined, tag);
    let delta: PairDelta | false = false;
    if (run.glyphs.length === 2 && run.glyphs[0] === ga && run.glyphs[1] === gb) {
      const [p, q] = run.positions as [Position, Position];
      const first = { ...p, xAdvance: p.xAdvance - ga.advanceWidth };
      const second = { ...q, xAdvance: q.xAdvance - gb.advanceWidth };
      const zero = (d: Position): boolean => !d.xAdvance && !d.yAdvance && !d.xOffset && !d.yOffset;
      delta = zero(first) && zero(second) ? null : [first, second];
    }
    byPair.set(key, delta);
    return delta;
  }

  /** `text` laid out as fontkit lays it out, or null when it is not a word done here. */
  layout(text: string): { glyphs: Glyph[]; positions: Position[] } | null {
    const cps: number[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (!this.glyphs.has(cp)) return null;
      cps.push(cp);
    }
    if (cps.length === 0) return null;
    const tag = this.tagOf(text);
    const glyphs: Glyph[] = [];
    const positions: Position[] = [];
    let before: Position = NONE; // what the pair before added to this glyph
    for (let i = 0; i < cps.length; i++) {
      const g = this.glyphs.get(cps[i]!)!;
      const after = i + 1 < cps.length ? this.pair(tag, cps[i]!, cps[i + 1]!) : null;
      if (after === false) return null;
      const [mine, next] = after ?? [NONE, NONE];
      // fontkit: the advance, then the earlier pair's second value, then this pair's first.
      positions.push({
        xAdvance: g.advanceWidth + before.xAdvance + mine.xAdvance,
        yAdvance: 0 + before.yAdvance + mine.yAdvance,
        xOffset: 0 + before.xOffset + mine.xOffset,
        yOffset: 0 + before.yOffset + mine.yOffset,
      });
      glyphs.push(g);
      before = next;
    }
    return { glyphs, positions };
  }
}

const byFont = new WeakMap<object, PlainWords | null>();

/**
 * `text` in `font` laid out as fontkit would, or null when fontkit must do it. `layout` is the
 * font's own fontkit layout (pairs are laid out with it once).
 */
export function layoutPlainWord(
  font: Omit<ShapedFont, 'layout'>,
  layout: ShapedFont['layout'],
  text: string,
): { glyphs: Glyph[]; positions: Position[] } | null {
  let words = byFont.get(font);
  if (words === undefined) {
    const getScript = scriptFinder();
    words = getScript
      ? new PlainWords(
          { layout, glyphForCodePoint: (cp) => font.glyphForCodePoint(cp), GSUB: font.GSUB },
          getScript,
        )
      : null;
    byFont.set(font, words);
  }
  return words ? words.layout(text) : null;
}
