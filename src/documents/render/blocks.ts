import type { Lang, Localized } from '../../domain/standard/index.js';
import type { Signatory } from '../types.js';
import { signatoryPosition } from './legal-words.js';
import { drawQr, makeQr, qrWidthInModules } from './qr.js';
import { MM, type Sheet } from './sheet.js';

// The pieces the forms of annexes 5–8 and the letters are made of, in the forms' own layout:
// a value on a line with its caption in brackets under it, «Label: value», the place–number–date
// row, the signature with the seal's place, and the QR with its check address.

const CAPTION_SIZE = 8;
/** Distance between the rules of a blank form: room for handwriting. */
const WRITING_LINE = 24;

/** A value on a rule with its caption under it (annex 5 «_____ (миссионердің тегі, аты, әкесінің
 *  аты)»). Without a value (a blank form) the rule leaves room to write by hand. */
export function valueOverCaption(
  sheet: Sheet,
  value: string | null,
  caption: string,
  o: { x?: number; width?: number; size?: number; align?: 'left' | 'center'; blankLines?: number } = {},
): void {
  const x = o.x ?? sheet.left;
  const width = o.width ?? sheet.width;
  const size = o.size ?? 12;
  sheet.ensure(sheet.lineHeight(size) + sheet.lineHeight(CAPTION_SIZE) + 4);
  if (value === null) {
    // Room to write by hand: the last rule is drawn below with the caption.
    for (let i = 1; i < (o.blankLines ?? 1); i++) {
      sheet.gap(WRITING_LINE - 4);
      sheet.rule(x, x + width, sheet.y);
      sheet.gap(4);
    }
    sheet.gap(WRITING_LINE - 4);
  } else sheet.text(value, { x, width, size, face: 'bold', align: o.align ?? 'center' });
  sheet.rule(x, x + width, sheet.y);
  sheet.gap(1);
  sheet.text(caption, { x, width, size: CAPTION_SIZE, align: 'center', gapAfter: 4 });
}

/** «Label: value» with the value in bold, wrapping as one paragraph; or, blank, the label and
 *  `lines` rules to write on. */
export function labelled(
  sheet: Sheet,
  label: string,
  value: string | null,
  o: { lines?: number; size?: number; gapAfter?: number; x?: number; width?: number } = {},
): void {
  const size = o.size ?? 12;
  if (value !== null) {
    sheet.runs(
      [
        { text: `${label} `, face: 'regular' },
        { text: value, face: 'bold' },
      ],
      { size, gapAfter: o.gapAfter ?? 6, x: o.x, width: o.width },
    );
    return;
  }
  blankLines(sheet, label, o.lines ?? 1, size);
  sheet.gap(o.gapAfter ?? 4);
}

/** A label followed by rules to write on: on the label's own line when it leaves room, below it
 *  otherwise, then `lines - 1` more full-width rules. */
export function blankLines(sheet: Sheet, label: string, lines: number, size = 12): void {
  const labelWidth = sheet.widthOf(label, 'regular', size);
  const h = sheet.lineHeight(size);
  let extra = lines - 1;
  if (labelWidth + 6 + 90 <= sheet.width) {
    sheet.ensure(h + 8);
    sheet.line(label, { size });
    sheet.rule(sheet.left + labelWidth + 6, sheet.right, sheet.y - 4);
  } else {
    sheet.text(label, { size });
    extra = lines;
  }
  for (let i = 0; i < extra; i++) {
    sheet.ensure(WRITING_LINE);
    sheet.gap(WRITING_LINE - 4);
    sheet.rule(sheet.left, sheet.right, sheet.y);
    sheet.gap(4);
  }
}

/** The «_____ қ. № _____ 20__ жылғы «__» _____» row: three cells on one line when they fit,
 *  otherwise one under another. Each cell stays whole (shrinks rather than breaks). */
export function placeNumberDate(sheet: Sheet, cells: readonly [string, string, string], size = 12): void {
  const gap = 12;
  const widths = cells.map((c) => sheet.widthOf(c, 'regular', size));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * gap;
  if (total <= sheet.width) {
    const y = sheet.y;
    sheet.line(cells[0], { size });
    sheet.y = y;
    // The number in the middle when there is room for it there, else right after the place.
    const middle = Math.max(sheet.left + widths[0]! + gap, sheet.left + (sheet.width - widths[1]!) / 2);
    const fitsMiddle = middle + widths[1]! + gap <= sheet.right - widths[2]!;
    const x1 = fitsMiddle ? middle : sheet.left + widths[0]! + gap;
    sheet.line(cells[1], { size, x: x1, width: widths[1]! });
    sheet.y = y;
    sheet.line(cells[2], { size, align: 'right' });
    return;
  }
  for (const c of cells) sheet.line(c, { size, minSize: 7 });
}

const SIGN: Localized = { kk: 'қолы', ru: 'подпись', en: 'signature' };
const SEAL_PLACE: Localized = { kk: 'М.О.', ru: 'М.П.', en: 'Place of the seal' };

/**
 * The head's signature (annexes 5, 6: «Орган басшысы / Қолы / Мөр»): the heading and the position
 * on the left, the rule to sign on with «(қолы)», the name on the right, and the seal's place
 * «М.О.» / «М.П.» under it when the document is sealed.
 */
export function signatureBlock(
  sheet: Sheet,
  o: { heading: string | null; signatory: Signatory; sealed: boolean },
): void {
  const lang: Lang = sheet.lang;
  // The name's column is as wide as the name (up to 45%), so that it stays on one line; the
  // signature rule keeps a fifth; the position has the rest.
  const rightW = Math.min(
    Math.max(sheet.width * 0.2, sheet.widthOf(o.signatory.name) + 4),
    sheet.width * 0.45,
  );
  const midW = Math.max(70, sheet.width * 0.2);
  const leftW = sheet.width - midW - rightW - 20;
  const midX = sheet.left + leftW + 10;
  const rightX = midX + midW + 10;
  const position = signatoryPosition(o.signatory, lang);
  const needed =
    (o.heading ? sheet.lineHeight(10) : 0) +
    sheet.heightOf(position, { width: leftW }) +
    sheet.lineHeight(CAPTION_SIZE) +
    (o.sealed ? 30 : 0);
  sheet.ensure(needed + 4);
  const top = sheet.y;
  if (o.heading) sheet.line(o.heading, { size: 10, width: leftW, minSize: 7 });
  sheet.text(position, { width: leftW });
  const lastLineTop = sheet.y - sheet.lineHeight(12);
  const ruleY = sheet.y - 4;
  sheet.rule(midX, midX + midW, ruleY);
  sheet.y = ruleY + 1;
  sheet.line(`(${sheet.t(SIGN)})`, { x: midX, width: midW, size: CAPTION_SIZE, align: 'center' });
  const afterCaption = sheet.y;
  sheet.y = Math.max(top, lastLineTop);
  sheet.line(o.signatory.name, { x: rightX, width: rightW, align: 'right', minSize: 8 });
  sheet.y = afterCaption;
  if (o.sealed) {
    sheet.gap(8);
    sheet.line(sheet.t(SEAL_PLACE), { x: midX, width: midW, size: 11, align: 'center' });
    sheet.gap(8);
  } else sheet.gap(6);
}

const CHECK_TITLE: Localized = {
  kk: 'Құжаттың тұтастығын тексеру',
  ru: 'Проверка целостности документа',
  en: 'Checking the document',
};
const CHECK_TEXT: Localized = {
  kk: 'QR-кодта құжаттың негізгі деректері және оларға қойылған мекеменің тұтастық мөрі бар. Телефонмен сканерлеңіз немесе мына мекенжайды ашыңыз:',
  ru: 'QR-код содержит основные данные документа и печать целостности учреждения над ними. Отсканируйте его телефоном или откройте адрес:',
  en: "The QR code holds the document's key fields and the office's integrity seal over them. Scan it with a phone or open:",
};

/** Phones and zbar read modules of 0.45 mm from a 150 dpi scan; a longer seal makes a larger QR. */
const QR_MODULE = 0.45 * MM;
const QR_MIN = 34 * MM;
const QR_MAX = 52 * MM;

/** The QR with the check address, at the foot of the page when it is free, else where it falls. */
export function qrBlock(sheet: Sheet, qrText: string, checkUrl: string): void {
  const qr = makeQr(qrText);
  const size = Math.min(QR_MAX, Math.max(QR_MIN, qrWidthInModules(qr) * QR_MODULE));
  const gap = 12;
  const textW = sheet.width - size - gap;
  const textH =
    sheet.lineHeight(9, 'bold') + sheet.heightOf(sheet.t(CHECK_TEXT), { size: 8, width: textW }) + 14;
  const height = Math.max(size, textH);
  const anchored = sheet.bottom - height;
  if (sheet.y <= anchored) sheet.y = anchored;
  else sheet.ensure(height);
  const top = sheet.y;
  drawQr(sheet.doc, qr, sheet.right - size, top, size);
  sheet.y = top + Math.max(0, (size - textH) / 2);
  sheet.line(sheet.t(CHECK_TITLE), { face: 'bold', size: 9, width: textW });
  sheet.text(sheet.t(CHECK_TEXT), { size: 8, width: textW });
  sheet.line(checkUrl, { size: 8, width: textW, minSize: 5 });
  sheet.y = Math.max(sheet.y, top + size);
}
