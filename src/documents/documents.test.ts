// Every document, in Kazakh and in Russian, read back with pdftotext: each field value comes back
// exactly (every Kazakh letter included), the forms carry the seed's own wording, the page is A4
// and the only fonts are the embedded DejaVu Serif family.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { renderGroupApplication, renderMissionaryApplication } from './application-forms.js';
import { renderCertificate } from './certificate.js';
import {
  certificateValues,
  groupApplicationValues,
  journalValues,
  missingFrom,
  missionaryApplicationValues,
  receiptValues,
  referenceValues,
  refusalValues,
  talonValues,
} from './expected-values-test-helper.js';
import { renderJournal } from './journal.js';
import { pdfFonts, pdfInfo, pdfText } from './pdf-test-helper.js';
import { renderReceipt } from './receipt.js';
import { renderReference } from './reference.js';
import { renderRefusal } from './refusal.js';
import { realisticSamples } from './samples/realistic.js';
import { generateSealKeys } from './seal/signer.js';
import { renderTalon } from './talon.js';
import type { DocumentLang } from './types.js';

const seal = { signer: generateSealKeys().signer, publicUrl: 'https://tirkeu.example.kz' };
const LANGS: readonly DocumentLang[] = ['kk', 'ru'];
const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';

interface Case {
  name: string;
  render: (lang: DocumentLang) => Promise<Buffer>;
  values: (lang: DocumentLang) => string[];
}

const CASES: Case[] = [
  {
    name: 'certificate (annex 5)',
    render: (lang) => renderCertificate(realisticSamples(lang, seal).certificate, { lang }),
    values: (lang) => certificateValues(realisticSamples(lang, seal).certificate, lang),
  },
  {
    name: 'reference (annex 6)',
    render: (lang) => renderReference(realisticSamples(lang, seal).reference, { lang }),
    values: (lang) => referenceValues(realisticSamples(lang, seal).reference, lang),
  },
  {
    name: 'missionary application, filled (annex 7)',
    render: (lang) =>
      renderMissionaryApplication(realisticSamples(lang, seal).missionaryApplication, { lang }),
    values: (lang) => missionaryApplicationValues(realisticSamples(lang, seal).missionaryApplication, lang),
  },
  {
    name: 'group application, filled (annex 8)',
    render: (lang) => renderGroupApplication(realisticSamples(lang, seal).groupApplication, { lang }),
    values: (lang) => groupApplicationValues(realisticSamples(lang, seal).groupApplication, lang),
  },
  {
    name: 'receipt (§14)',
    render: (lang) => renderReceipt(realisticSamples(lang, seal).receipt, { lang }),
    values: (lang) => receiptValues(realisticSamples(lang, seal).receipt, lang),
  },
  {
    name: 'motivated refusal (§16)',
    render: (lang) => renderRefusal(realisticSamples(lang, seal).refusal, { lang }),
    values: (lang) => refusalValues(realisticSamples(lang, seal).refusal, lang),
  },
  {
    name: 'complaint talon (§25)',
    render: (lang) => renderTalon(realisticSamples(lang, seal).talon, { lang }),
    values: (lang) => talonValues(realisticSamples(lang, seal).talon, lang),
  },
  {
    name: 'journal of issued certificates (§15)',
    render: (lang) => renderJournal(realisticSamples(lang, seal).journal, { lang }),
    values: (lang) => journalValues(realisticSamples(lang, seal).journal, lang),
  },
];

describe('every field value comes back from pdftotext', () => {
  for (const c of CASES)
    for (const lang of LANGS)
      it(`${c.name}, ${lang}`, async () => {
        const pdf = await c.render(lang);
        const values = c.values(lang);
        assert.ok(values.length >= 5, 'the case lists its values');
        assert.deepEqual(missingFrom(pdfText(pdf), values), []);
        assert.match(pdfInfo(pdf).pageSize, /^(595\.2\d x 841\.8\d|841\.8\d x 595\.2\d) pts \(A4\)/);
        const fonts = pdfFonts(pdf);
        assert.ok(fonts.length >= 1);
        for (const f of fonts) {
          assert.match(f.name, /^[A-Z]{6}\+DejaVuSerif(-Bold)?$/, 'one family, subset');
          assert.ok(f.embedded, `${f.name} embedded`);
        }
      });
});

describe('Kazakh letters', () => {
  it('every Kazakh letter of a value comes back as itself', async () => {
    const data = realisticSamples('kk', seal).certificate;
    const pdf = await renderCertificate(
      {
        ...data,
        holder: { surname: 'Һәкімжанұлы', name: 'Ғалымжан', patronymic: 'Өмірзақұлы' },
        association: `«${KAZAKH_LETTERS}» қоғамы`,
        territoryOfActivity: 'Үржар, Ұлан, Шемонаиха, Аңырақай, Іле, Көкпекті, Шаһар',
      },
      { lang: 'kk' },
    );
    const text = pdfText(pdf);
    assert.ok(text.includes(`«${KAZAKH_LETTERS}» қоғамы`), text);
    for (const v of [
      'Һәкімжанұлы Ғалымжан Өмірзақұлы',
      'Үржар, Ұлан, Шемонаиха, Аңырақай, Іле, Көкпекті, Шаһар',
    ])
      assert.ok(text.includes(v), v);
  });
});

describe('the fonts are parsed once and shared by every document', () => {
  it('Latin, digits and ligature pairs come back exactly after Cyrillic documents used the same glyphs', async () => {
    // DejaVu draws Cyrillic «А», «Т», «у» from the Latin glyphs: a shared font must not lose them.
    for (const lang of LANGS) await renderReference(realisticSamples(lang, seal).reference, { lang });
    const ascii = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    const latin = `${ascii} office fluffy affiliation TYPE ATTY Yy`;
    const data = realisticSamples('ru', seal).certificate;
    const text = pdfText(
      await renderCertificate({ ...data, city: latin, passport: latin, association: latin }, { lang: 'ru' }),
    );
    // A token without spaces may be broken anywhere by the line wrapper: count characters and words.
    const count = (needle: string): number => text.split(needle).length - 1;
    for (const ch of ascii) assert.ok(count(ch) >= 3, `${ch} lost`);
    for (const word of ['office', 'fluffy', 'affiliation', 'TYPE', 'ATTY', 'Yy'])
      assert.equal(count(` ${word}`), 3, word);
  });
});

/** The lines of a seed annex, placeholders «_____» removed (seed/standard-2011-kk.txt). */
function seedAnnexLines(n: number): string[] {
  const lines = fs
    .readFileSync(new URL('../../seed/standard-2011-kk.txt', import.meta.url), 'utf8')
    .split('\n');
  const start = lines.findIndex((l) => l.includes(`стандартына ${n}-қосымша`));
  assert.ok(start >= 0, `annex ${n} in the seed`);
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.startsWith('«Миссионерлерді')) break;
    const text = l.replace(/_____/g, '').replace(/\s+/g, ' ').trim();
    if (text !== '') out.push(text);
  }
  return out;
}

describe("the forms carry the seed's Kazakh wording", () => {
  it('blank annex 7 and annex 8 print every line of the seed', async () => {
    for (const [n, render] of [
      [7, renderMissionaryApplication],
      [8, renderGroupApplication],
    ] as const) {
      const lines = seedAnnexLines(n);
      assert.ok(lines.length >= 9, `annex ${n}: ${lines.length} lines`);
      assert.deepEqual(missingFrom(pdfText(await render(null, { lang: 'kk' })), lines), [], `annex ${n}`);
    }
  });

  it('the certificate and the reference print the seed lines that are not blanks to fill', async () => {
    const s = realisticSamples('kk', seal);
    for (const [n, pdf] of [
      [5, await renderCertificate(s.certificate, { lang: 'kk' })],
      [6, await renderReference(s.reference, { lang: 'kk' })],
    ] as const) {
      const text = pdfText(pdf);
      const expected = seedAnnexLines(n)
        // A date template («__») is printed filled in; its words are checked with the values.
        .filter((l) => !l.includes('«__»'))
        // «Қолы» and «Мөр» are printed as the places they name: «(қолы)» and «М.О.» (domain.md §6).
        .map((l) => (l === 'Қолы' ? '(қолы)' : l === 'Мөр' ? 'М.О.' : l))
        // Annex 6's «(миссионердің тегі, …)» is a slip for the applicant (docs/standard.md).
        .map((l) => (n === 6 ? l.replace('миссионердің', 'өтініш берушінің') : l));
      assert.deepEqual(missingFrom(text, expected), [], `annex ${n}`);
    }
  });

  it('signers acting for the head carry «м.а.» / «и.о.»; the seal place is «М.О.» / «М.П.»', async () => {
    for (const lang of LANGS) {
      const s = realisticSamples(lang, seal);
      const text = pdfText(await renderReference(s.reference, { lang }));
      const position = s.reference.signatory.position;
      assert.ok(s.reference.signatory.acting);
      assert.ok(text.includes(lang === 'kk' ? `${position} м.а.` : `и.о. ${position}`), text);
      assert.ok(text.includes(lang === 'kk' ? 'М.О.' : 'М.П.'));
      const cert = pdfText(await renderCertificate(s.certificate, { lang }));
      assert.ok(!cert.includes('м.а.') && !cert.includes('и.о.'), 'the head signs as the head');
    }
  });

  it('a blank form has no values, and its signature line is left to the hand', async () => {
    const s = realisticSamples('kk', seal);
    const blank = pdfText(await renderMissionaryApplication(null, { lang: 'kk' }));
    assert.deepEqual(
      missionaryApplicationValues(s.missionaryApplication, 'kk').filter((v) => blank.includes(v)),
      [],
    );
  });
});
