import type { Face } from './fonts.js';
import type { Sheet } from './sheet.js';

// A ruled table whose cells wrap inside their column (a word wider than its column is broken by
// pdfkit rather than let out), and whose header row is repeated on every page it runs onto.

export interface Column {
  header: string;
  /** A share of the sheet's width; the shares are scaled to fill it. */
  share: number;
  align?: 'left' | 'center' | 'right';
  /** Cells that must stay on one line (numbers, dates): shrunk to fit rather than broken. */
  whole?: boolean;
}

const PAD = 3;

interface Laid {
  x: number;
  w: number;
}

function layout(sheet: Sheet, columns: readonly Column[]): Laid[] {
  const total = columns.reduce((a, c) => a + c.share, 0);
  let x = sheet.left;
  return columns.map((c) => {
    const w = (sheet.width * c.share) / total;
    const laid = { x, w };
    x += w;
    return laid;
  });
}

const MIN_WHOLE_SIZE = 5.5;

/** The size a whole cell is printed at, or null when it must wrap after all. */
function wholeSize(
  sheet: Sheet,
  text: string,
  w: number,
  size: number,
  face: Face,
  column: Column,
): number | null {
  if (!column.whole || text === '') return null;
  return sheet.fitSize(text, w - 2 * PAD, face, size, MIN_WHOLE_SIZE);
}

const MIN_CELL_SIZE = 6;

/** The size a wrapping cell is printed at: smaller when its longest word would not fit the column
 *  (pdfkit would break that word anywhere), never below MIN_CELL_SIZE. */
function cellSize(sheet: Sheet, text: string, w: number, size: number, face: Face): number {
  const inner = w - 2 * PAD;
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => sheet.widthOf(word, face, size)));
  if (longest <= inner) return size;
  return Math.max(MIN_CELL_SIZE, Math.floor(((size * inner) / longest) * 10) / 10);
}

function rowHeight(
  sheet: Sheet,
  cells: readonly string[],
  laid: readonly Laid[],
  columns: readonly Column[],
  size: number,
  face: Face,
  min = 0,
): number {
  let h = Math.max(sheet.lineHeight(size, face), min - 2 * PAD);
  cells.forEach((text, i) => {
    if (
      text === '' ||
      (face === 'regular' && wholeSize(sheet, text, laid[i]!.w, size, face, columns[i]!) !== null)
    )
      return;
    const cell = cellSize(sheet, text, laid[i]!.w, size, face);
    h = Math.max(h, sheet.heightOf(text, { size: cell, face, width: laid[i]!.w - 2 * PAD }));
  });
  return h + 2 * PAD;
}

function drawRow(
  sheet: Sheet,
  cells: readonly string[],
  laid: readonly Laid[],
  columns: readonly Column[],
  height: number,
  size: number,
  face: Face,
): void {
  const y = sheet.y;
  cells.forEach((text, i) => {
    const { x, w } = laid[i]!;
    sheet.frame(x, y, w, height, 0.5);
    if (text === '') return;
    const align = face === 'bold' ? 'center' : (columns[i]!.align ?? 'left');
    const whole = face === 'regular' ? wholeSize(sheet, text, w, size, face, columns[i]!) : null;
    if (whole !== null) {
      sheet.y = y + PAD;
      sheet.drawWhole(text, x + PAD, w - 2 * PAD, face, whole, align);
      return;
    }
    sheet.font(face, cellSize(sheet, text, w, size, face));
    sheet.doc.text(text, x + PAD, y + PAD, { width: w - 2 * PAD, align, lineGap: 1.5 * sheet.scale });
  });
  sheet.y = y + height;
}

export function table(
  sheet: Sheet,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  /** minRowHeight: room to sign by hand in a row (the journal's signature column). */
  o: { size?: number; headerSize?: number; minRowHeight?: number } = {},
): void {
  const size = o.size ?? 10;
  const headerSize = o.headerSize ?? size;
  const laid = layout(sheet, columns);
  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(sheet, headers, laid, columns, headerSize, 'bold');
  const header = (): void => drawRow(sheet, headers, laid, columns, headerHeight, headerSize, 'bold');
  const min = o.minRowHeight ?? 0;
  sheet.ensure(headerHeight + (rows[0] ? rowHeight(sheet, rows[0], laid, columns, size, 'regular', min) : 0));
  header();
  for (const row of rows) {
    const h = rowHeight(sheet, row, laid, columns, size, 'regular', min);
    if (sheet.y + h > sheet.bottom) {
      sheet.newPage();
      header();
    }
    drawRow(sheet, row, laid, columns, h, size, 'regular');
  }
}
