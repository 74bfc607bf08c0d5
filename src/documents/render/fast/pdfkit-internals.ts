// The parts of pdfkit 0.20's (pinned) private objects the shortcuts read and replace: its
// document's text state, its embedded fonts and its stream objects.

export interface TextOptions {
  characterSpacing?: number;
  horizontalScaling?: number;
  features?: unknown;
}

/** The parts of a pdfkit document the shortcuts use (pdfkit 0.20 TextMixin and fonts). */
export interface DocumentInternals {
  _font: { font: unknown; widthOfString(text: string, size: number): number } | null;
  _fontSize: number;
  _lineGap?: number;
  _textOptions: unknown;
  _fragment?: (text: string, x: number, y: number, options: Record<string, unknown>) => void;
  currentLineHeight(includeGap?: boolean): number;
  page: { maxY(): number };
  widthOfString(text: string, options?: TextOptions): number;
  x: number;
  y: number;
}

export interface GlyphRun {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

/** The parts of a pdfkit EmbeddedFont the shortcuts use (pdfkit 0.20). */
export interface EmbeddedFontInternals {
  font: unknown;
  document: { ref(data?: unknown): StreamRef };
  subset: { glyphs: number[] };
  toUnicodeCmap(): StreamRef;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): GlyphRun | { glyphs: null; positions: null; advanceWidth: number };
}

/** The parts of a pdfkit stream object the font streams' memo uses (pdfkit 0.20 PDFReference). */
export interface StreamRef {
  buffer: Uint8Array[];
  compress: boolean;
  write(chunk: Uint8Array): void;
  end(): void;
  finalize(): void;
}
