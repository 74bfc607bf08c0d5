// Synthetic applications that pass the annex 7 and annex 8 validators (the counter would accept
// them), and the §11 items a complete hand-in brings. Texts are in the application's language.
import {
  CONFESSIONS_2011,
  checkDocuments,
  groupChecklistAnswers,
  isAdultOn,
  missionaryChecklistAnswers,
  type ApplicationKind,
  type GroupApplicationInput,
  type MaterialInput,
  type MissionaryApplicationInput,
  type PersonInput,
  type RepresentativeInput,
  type RuleVersion,
} from '../../domain/standard/index.js';
import { addDays, type PlainDate } from '../../domain/time/plain-date.js';
import { COUNTRIES_OF_CONFESSION, FOREIGN_COUNTRIES } from './synthetic-names.js';
import { binFor, citizen, foreigner, localNames, type Origin } from './synthetic-people.js';
import type { SyntheticRandom } from './synthetic-random.js';

export type Lang = 'kk' | 'ru';
export type Application = MissionaryApplicationInput | GroupApplicationInput;

/** Where the office stands: the words addresses and territories are made of. */
export interface Place {
  code: string;
  regional: boolean;
  townKk: string | null;
  townRu: string | null;
  regionNameKk: string | null;
  regionNameRu: string | null;
}

const split = (s: string) => s.split('|').map((e) => e.split('=') as [string, string]);

const STREETS = split(
  'Абай даңғылы=пр. Абая|Сәтбаев көшесі=ул. Сатпаева|Төле би көшесі=ул. Толе би|' +
    'Қабанбай батыр көшесі=ул. Кабанбай батыра|Бейбітшілік көшесі=ул. Бейбитшилик|Достық көшесі=ул. Достык|' +
    'Тәуелсіздік даңғылы=пр. Тауелсиздик|Республика даңғылы=пр. Республики|Жамбыл көшесі=ул. Жамбыла|' +
    'Мәметова көшесі=ул. Маметовой|Гагарин көшесі=ул. Гагарина|Сейфуллин көшесі=ул. Сейфуллина',
);
const WORDS = split(
  'Жаңа өмір=Новая жизнь|Нұрлы жол=Светлый путь|Үміт=Надежда|Ізгілік=Благодать|Шапағат=Милосердие|' +
    'Сенім=Вера|Татулық=Согласие|Шұғыла=Сияние|Бейбітшілік=Мир|Достық=Дружба|Ақ жол=Белый путь',
);
const MATERIALS: Record<string, [string, string][]> = {
  christianity: split(
    'Інжіл=Новый Завет|Забур=Псалтирь|Киелі кітап=Библия|Уағыздар жинағы=Сборник проповедей',
  ),
  islam: split('Құран Кәрім=Коран|Хадистер жинағы=Сборник хадисов|Намаз оқу кітабы=Книга о намазе'),
  judaism: split('Таурат=Тора|Сидур=Сидур'),
  buddhism: split('Дхаммапада=Дхаммапада'),
  other: split('Бхагавад-гита=Бхагавад-гита|Діни әдебиет=Религиозная литература'),
};

// Confessions by how often they come to the counter: [id, missionaries, groups].
const CONFESSION_WEIGHTS: readonly (readonly [string, number, number])[] = [
  ['islam', 18, 30],
  ['orthodox', 6, 14],
  ['roman-catholic', 8, 4],
  ['evangelical-baptist', 10, 10],
  ['evangelical-christian', 6, 6],
  ['pentecostal', 6, 6],
  ['charismatic', 5, 4],
  ['presbyterian', 8, 4],
  ['methodist', 4, 2],
  ['lutheran', 4, 2],
  ['adventist', 4, 3],
  ['jehovahs-witnesses', 6, 6],
  ['latter-day-saints', 3, 1],
  ['new-apostolic', 2, 1],
  ['mennonite', 1, 1],
  ['greek-catholic', 1, 1],
  ['old-believers', 1, 2],
  ['armenian-apostolic', 1, 1],
  ['judaism', 2, 1],
  ['buddhism', 2, 1],
  ['bahai', 2, 2],
  ['krishna-consciousness', 2, 2],
  ['other', 1, 1],
];
const FAMILY = new Map(CONFESSIONS_2011.map((c) => [c.id, c.family]));

const say = (lang: Lang, kk: string, ru: string) => (lang === 'kk' ? kk : ru);

function address(rng: SyntheticRandom, place: Place, lang: Lang): string {
  const [kk, ru] = rng.pick(STREETS);
  const n = rng.int(1, 180);
  const town = say(lang, place.townKk ?? '', place.townRu ?? place.townKk ?? '');
  return say(lang, `${town}, ${kk}, ${n}-үй`, `${town}, ${ru}, д. ${n}`).replace(/^, /, '');
}

function territory(place: Place, lang: Lang): string {
  const region = say(lang, place.regionNameKk ?? '', place.regionNameRu ?? place.regionNameKk ?? '');
  const town = say(lang, place.townKk ?? '', place.townRu ?? place.townKk ?? '');
  return (place.regional || town === '' ? [region] : [region, town]).filter(Boolean).join(', ') || town;
}

function affiliation(rng: SyntheticRandom, missionary: boolean, lang: Lang) {
  const id = rng.weighted(CONFESSION_WEIGHTS.map(([c, m, g]) => [c, missionary ? m : g] as const));
  return id === 'other'
    ? { confession: id, otherText: say(lang, 'Тәңіршілдік', 'Тенгрианство') }
    : { confession: id };
}

function representative(
  rng: SyntheticRandom,
  on: PlainDate,
  lang: Lang,
  used: Set<string>,
): RepresentativeInput {
  const person = citizen(rng, {
    on,
    origin: rng.chance(0.6) ? 'kazakh' : 'russian',
    minAge: 25,
    maxAge: 65,
    usedIins: used,
    language: lang,
  });
  const notary = localNames(rng, 'kazakh', rng.chance(0.5));
  const date = addDays(on, -rng.int(1, 60));
  return {
    person,
    powerOfAttorney: {
      number: rng.digits(4),
      date,
      notary: `нотариус ${notary.surname} ${notary.name.charAt(0)}.`,
      validUntil: addDays(date, 365),
    },
  };
}

function materials(rng: SyntheticRandom, confession: string, lang: Lang): MaterialInput[] {
  // §11.1: materials are handed in only by a missionary who means to use some.
  if (rng.chance(0.3)) return [];
  const family = FAMILY.get(confession) ?? 'other';
  const titles = MATERIALS[family] ?? (MATERIALS.other as [string, string][]);
  return Array.from({ length: rng.int(1, 3) }, () => {
    const [kk, ru] = rng.pick(titles);
    const kind = rng.weighted([
      ['book', 6],
      ['printed', 2],
      ['audio', 1],
      ['video', 1],
    ] as const);
    return { title: say(lang, kk, ru), kind, language: lang, quantity: rng.int(1, 50) };
  });
}

export function missionaryApplication(
  rng: SyntheticRandom,
  kind: 'missionary-registration' | 'missionary-re-registration',
  place: Place,
  on: PlainDate,
  lang: Lang,
): MissionaryApplicationInput {
  const used = new Set<string>();
  const aff = affiliation(rng, true, lang);
  // Most missionaries are foreigners sent by an association of their country; some are citizens.
  const countryCode = rng.pick(COUNTRIES_OF_CONFESSION[aff.confession] ?? ['USA']);
  const country = FOREIGN_COUNTRIES[countryCode]!;
  const applicant: PersonInput = rng.chance(0.85)
    ? foreigner(rng, country, on, { minAge: 22, maxAge: 68, migration: true })
    : citizen(rng, {
        on,
        origin: aff.confession === 'islam' ? 'kazakh' : 'russian',
        minAge: 22,
        maxAge: 68,
        usedIins: used,
        language: lang,
      });
  const from = addDays(on, rng.int(7, 30));
  const mandateDate = addDays(on, -rng.int(10, 120));
  const [kk, ru] = rng.pick(WORDS);
  const application: MissionaryApplicationInput = {
    kind,
    officeCode: place.code,
    applicationDate: on,
    applicant,
    address: address(rng, place, lang),
    affiliation: aff,
    term: { from, to: addDays(from, rng.int(120, 365)) },
    territory: territory(place, lang),
    sendingAssociation: {
      name: rng.pick(country.associations),
      country: country.alpha2,
      registrationDocument: {
        title: country.registrationTitle,
        number: rng.code('AA-####'),
        date: addDays(on, -rng.int(800, 9000)),
      },
    },
    mandate: {
      title: say(
        lang,
        'Миссионерлік қызметке сенімхат',
        'Доверенность на осуществление миссионерской деятельности',
      ),
      number: rng.code('##/###'),
      date: mandateDate,
      validUntil: addDays(mandateDate, rng.int(365, 730)),
    },
    invitingAssociation: {
      name: say(lang, `«${kk}» діни бірлестігі`, `Религиозное объединение «${ru}»`),
      bin: binFor(rng, addDays(on, -rng.int(400, 8000))),
    },
    materials: materials(rng, aff.confession, lang),
  };
  if (rng.chance(0.1)) application.representative = representative(rng, on, lang, used);
  return application;
}

export function groupApplication(
  rng: SyntheticRandom,
  kind: 'group-registration' | 'group-re-registration',
  place: Place,
  on: PlainDate,
  lang: Lang,
  version: RuleVersion,
): GroupApplicationInput {
  const used = new Set<string>();
  const aff = affiliation(rng, false, lang);
  const origin = (): Origin =>
    aff.confession === 'islam'
      ? 'kazakh'
      : ['orthodox', 'old-believers'].includes(aff.confession) || rng.chance(0.5)
        ? 'russian'
        : 'kazakh';
  const person = (minAge: number, maxAge: number) =>
    citizen(rng, { on, origin: origin(), minAge, maxAge, usedIins: used, language: lang });
  const leader = person(25, 70);
  // Members besides the leader; now and then a 16- or 17-year-old (ID cards are issued from 16).
  const members = Array.from({ length: rng.int(2, 12) }, () =>
    rng.chance(0.12) ? person(16, 17) : person(18, 78),
  );
  const adults = [leader, ...members].filter((p) =>
    isAdultOn(p.birthDate as PlainDate, on, version.adultAge.years),
  ).length;
  const [kk, ru] = rng.pick(WORDS);
  const documentKind = rng.weighted([
    ['lease-contract', 6],
    ['purchase-contract', 2],
    ['registered-title', 2],
  ] as const);
  const natural = rng.chance(0.5);
  const owner: GroupApplicationInput['premises']['owner'] = natural
    ? { kind: 'natural-person', person: person(25, 80) }
    : {
        kind: 'legal-entity',
        name: say(lang, `«${rng.pick(WORDS)[0]}» ЖШС`, `ТОО «${rng.pick(WORDS)[1]}»`),
        bin: binFor(rng, addDays(on, -rng.int(400, 8000))),
      };
  const application: GroupApplicationInput = {
    kind,
    officeCode: place.code,
    applicationDate: on,
    groupName: say(lang, `«${kk}» діни тобы`, `Религиозная группа «${ru}»`),
    affiliation: aff,
    leader,
    members,
    adultMemberCount: adults,
    location: address(rng, place, lang),
    religiousBuilding: rng.chance(0.2) ? { has: true, address: address(rng, place, lang) } : { has: false },
    territory: territory(place, lang),
    premises: {
      documentKind,
      documentNumber: rng.code('###-####'),
      documentDate: addDays(on, -rng.int(30, 3000)),
      owner,
      ...(natural ? { consentDate: addDays(on, -rng.int(0, 30)) } : {}),
    },
  };
  if (rng.chance(0.1)) application.representative = representative(rng, on, lang, used);
  return application;
}

/** §11: what a complete hand-in brings — every item required under the application's answers
 * (for the premises item, the kind of document the application names). */
export function completeItems(
  kind: ApplicationKind,
  application: Application,
  version: RuleVersion,
): string[] {
  const missionary = kind.startsWith('missionary');
  const answers = missionary
    ? missionaryChecklistAnswers(application as MissionaryApplicationInput)
    : groupChecklistAnswers(application as GroupApplicationInput);
  const premises = missionary ? null : (application as GroupApplicationInput).premises.documentKind;
  return checkDocuments(kind, answers, [], version).required.map((item) =>
    item.alternatives.length > 0 ? (premises ?? item.alternatives[0]!.id) : item.id,
  );
}
