import type { Localized } from '../../domain/standard/index.js';
import type { Sheet } from './sheet.js';

// The marks a copy carries (domain.md §4, §6): a duplicate says «ТЕЛНҰСҚА» / «ДУБЛИКАТ» at the
// head of its first page and at the foot of every page; a reprint says it is one; an English copy
// says, before anything else, that it is an unofficial translation without legal force.

export const DUPLICATE_MARK: Localized = { kk: 'ТЕЛНҰСҚА', ru: 'ДУБЛИКАТ', en: 'DUPLICATE' };

export const REPRINT_MARK: Localized = {
  kk: 'ҚАЙТА БАСЫП ШЫҒАРЫЛҒАН ДАНА',
  ru: 'ПОВТОРНО РАСПЕЧАТАННЫЙ ЭКЗЕМПЛЯР',
  en: 'REPRINTED COPY',
};

export const UNOFFICIAL_MARK = 'UNOFFICIAL TRANSLATION';

const ORIGINAL_IN: Localized = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

export function unofficialNotice(originalLang: 'kk' | 'ru'): string {
  const language = ORIGINAL_IN[originalLang];
  return `This is an unofficial English translation of a document issued in ${language}. It has no legal force: only the ${language} original is official.`;
}

function duplicateText(sheet: Sheet): string {
  const word = sheet.t(DUPLICATE_MARK);
  // The English copy of a duplicate also shows the word the original carries.
  return sheet.lang === 'en' ? `${word} («${DUPLICATE_MARK[sheet.options.lang]}»)` : word;
}

/** Drawn once, at the top of the first page, inside the printable area. */
export function drawFirstPageMarks(sheet: Sheet): void {
  const o = sheet.options;
  if (o.unofficialEnglish) {
    const notice = unofficialNotice(o.lang);
    const pad = 5;
    const top = sheet.y;
    sheet.y += pad;
    sheet.line(UNOFFICIAL_MARK, {
      face: 'bold',
      size: 11,
      align: 'center',
      x: sheet.left + pad,
      width: sheet.width - 2 * pad,
    });
    sheet.text(notice, { size: 9, align: 'center', x: sheet.left + pad, width: sheet.width - 2 * pad });
    sheet.y += pad;
    sheet.frame(sheet.left, top, sheet.width, sheet.y - top, 1);
    sheet.gap(8);
  }
  if (o.reprint) sheet.line(sheet.t(REPRINT_MARK), { size: 9, align: 'right', gapAfter: 2 });
  if (o.duplicate) {
    const text = duplicateText(sheet);
    const size = 16;
    const w = Math.min(sheet.widthOf(text, 'bold', size) + 24, sheet.width);
    const x = sheet.right - w;
    const top = sheet.y;
    sheet.y += 4;
    sheet.line(text, { face: 'bold', size, align: 'center', x, width: w, minSize: 10 });
    sheet.y += 2;
    sheet.frame(x, top, w, sheet.y - top, 1.5);
    sheet.gap(8);
  }
}

/** The note at the foot of every page, or null. */
export function footerMarks(sheet: Sheet): string | null {
  const o = sheet.options;
  const parts: string[] = [];
  if (o.unofficialEnglish)
    parts.push(`${UNOFFICIAL_MARK}: only the ${ORIGINAL_IN[o.lang]} original is official`);
  if (o.duplicate) parts.push(duplicateText(sheet));
  if (o.reprint) parts.push(sheet.t(REPRINT_MARK));
  return parts.length ? parts.join(' · ') : null;
}
