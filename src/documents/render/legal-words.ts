import type { Lang, RuleVersion } from '../../domain/standard/index.js';
import { toParts, type PlainDate } from '../../domain/time/plain-date.js';
import { formatLegalDate } from '../../views/legal-date.js';
import type { Signatory } from '../types.js';

// How official Kazakh and Russian texts write dates, clauses and signers (domain.md §6).

// Month names with the dative ending («...наурызға дейін», annex 5 «... дейін жарамды») and the
// attributive locative («2011 жылғы 21 қаңтардағы № 20 қаулысы»), after vowel harmony and the
// voiceless final к of «қыркүйек».
const KK_DATIVE = [
  'қаңтарға',
  'ақпанға',
  'наурызға',
  'сәуірге',
  'мамырға',
  'маусымға',
  'шілдеге',
  'тамызға',
  'қыркүйекке',
  'қазанға',
  'қарашаға',
  'желтоқсанға',
];
const KK_LOCATIVE = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

export function legalDate(d: PlainDate, lang: Lang): string {
  return formatLegalDate(d, lang);
}

/** «2027 жылғы 2 наурызға» — the date before «дейін» ("until"). */
export function kkDativeDate(d: PlainDate): string {
  const { year, month, day } = toParts(d);
  return `${year} жылғы ${day} ${KK_DATIVE[month - 1]}`;
}

/** «2011 жылғы 21 қаңтардағы» — the date before the act it dates. */
export function kkLocativeDate(d: PlainDate): string {
  const { year, month, day } = toParts(d);
  return `${year} жылғы ${day} ${KK_LOCATIVE[month - 1]}`;
}

/** «valid until» in the certificate's sentence (annex 5: «Осы куәлік ... дейін жарамды»). */
export function validUntilSentence(d: PlainDate, lang: Lang): string {
  if (lang === 'kk') return `Осы куәлік ${kkDativeDate(d)} дейін жарамды`;
  if (lang === 'ru') return `Настоящее свидетельство действительно до ${formatLegalDate(d, 'ru')}`;
  return `This certificate is valid until ${formatLegalDate(d, 'en')}`;
}

/** The signer's position with the acting mark: «... м.а.» (міндетін атқарушы) / «и.о. ...». */
export function signatoryPosition(s: Signatory, lang: Lang): string {
  if (!s.acting) return s.position;
  if (lang === 'kk') return `${s.position} м.а.`;
  if (lang === 'ru') return `и.о. ${s.position}`;
  return `Acting ${s.position}`;
}

/** '§11.1' → «11-тармақтың 1) тармақшасы» / «подпункт 1) пункта 11»; lists joined; other text kept. */
export function clauseWords(clause: string, lang: Lang): string {
  return clause
    .split(/\s*,\s*/)
    .map((c) => {
      const m = /^§(\d+)(?:\.(\d+))?$/.exec(c.trim());
      if (!m) return c;
      const [, point, sub] = m;
      if (lang === 'kk') return sub ? `${point}-тармақтың ${sub}) тармақшасы` : `${point}-тармақ`;
      if (lang === 'ru') return sub ? `подпункт ${sub}) пункта ${point}` : `пункт ${point}`;
      return sub ? `clause ${point}, point ${sub})` : `clause ${point}`;
    })
    .join(', ');
}

/**
 * The standard named as a legal text names it, from the rule version's approving act:
 * «Қазақстан Республикасы Үкіметінің 2011 жылғы 21 қаңтардағы № 20 қаулысымен бекітілген «…»
 * мемлекеттік қызмет көрсету стандарты».
 */
export function standardCitation(
  version: RuleVersion,
  lang: Lang,
  grammaticalCase: 'nominative' | 'genitive' = 'nominative',
): string {
  const act = version.approvedBy;
  const quoted = (text: string): string => /«.*»|".*"/.exec(text)?.[0] ?? text;
  const name = quoted(act.title[lang]);
  const gen = grammaticalCase === 'genitive';
  if (act.kind !== 'government-decree') return act.title[lang];
  if (lang === 'kk')
    return `Қазақстан Республикасы Үкіметінің ${kkLocativeDate(act.adopted)} № ${act.number} қаулысымен бекітілген ${name} мемлекеттік қызмет көрсету ${gen ? 'стандартының' : 'стандарты'}`;
  if (lang === 'ru')
    return `${gen ? 'стандарта' : 'стандарт'} государственной услуги ${name}, ${gen ? 'утвержденного' : 'утвержденный'} постановлением Правительства Республики Казахстан от ${formatLegalDate(act.adopted, 'ru')} № ${act.number}`;
  return `${gen ? 'of ' : ''}the state service standard ${name} approved by Government Decree No. ${act.number} of ${formatLegalDate(act.adopted, 'en')}`;
}
