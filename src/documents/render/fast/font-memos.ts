// What the shortcuts keep across documents for each of the process-wide parsed fonts (fonts.ts):
// widths, laid-out words, text operators and compressed ToUnicode maps, each in a bounded memo.
import { fontSources } from '../fonts.js';
import { Memo } from '../memo.js';
import type { GlyphRun } from './pdfkit-internals.js';

export interface FontMemos {
  /** A line's text operators (the TJ array), by its text: only for texts of the alphabet. */
  operators: Memo<string>;
  widths: Memo<number>;
  runs: Memo<GlyphRun>;
  /** Compressed ToUnicode maps, by the subset's glyph list. */
  maps: Memo<Buffer>;
}

const memos = new Map<unknown, FontMemos>();

/** The memos of one of the process-wide parsed fonts (fonts.ts); null for any other font. */
export function memosFor(font: unknown): FontMemos | null {
  let m = memos.get(font);
  if (m) return m;
  const shared = Object.values(fontSources()) as unknown[];
  if (!shared.includes(font)) return null;
  // Every label of every document in both languages is about 900 words in the regular face.
  m = { operators: new Memo(2_000), widths: new Memo(2_000), runs: new Memo(2_000), maps: new Memo(64) };
  memos.set(font, m);
  return m;
}
