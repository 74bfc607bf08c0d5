import type { PlainDate } from '../domain/time/plain-date.js';

// What every document renderer takes besides its own data (domain.md §6): the official language
// of the original, and the marks a copy may carry.
export type DocumentLang = 'kk' | 'ru';

export interface DocumentOptions {
  /** The official language of the document (Kazakh, the state language, or Russian). */
  lang: DocumentLang;
  /** A duplicate replacing a lost or damaged original: «ТЕЛНҰСҚА» / «ДУБЛИКАТ» (domain.md §4). */
  duplicate?: boolean;
  /** The same document printed again (a spoilt sheet, a second copy for the file). */
  reprint?: boolean;
  /** An English copy of the `lang` original, marked as an unofficial translation (domain.md §6). */
  unofficialEnglish?: boolean;
}

/** Who signs: the head, or an acting head whose position then carries «м.а.» / «и.о.». */
export interface Signatory {
  /**
   * The position as it is printed in the document's language. For an acting head give it in the
   * form the mark governs (genitive): kk «Басқарма басшысының» → «Басқарма басшысының м.а.»,
   * ru «руководителя управления» → «и.о. руководителя управления».
   */
  position: string;
  /** The name as signatures are printed, e.g. «А. Сейтқали». */
  name: string;
  acting: boolean;
}

/** A §11.1 item handed in with a missionary's application (domain.md §4). */
export interface MaterialItem {
  title: string;
  kind: 'book' | 'printed' | 'audio' | 'video' | 'other';
  /** The language of the material, as written on the receipt («орыс тілі», «английский»). */
  language: string;
  quantity: number;
}

/** The annex 7 application as printed on the form, every value already in the form's language. */
export interface MissionaryApplicationData {
  /** «өтінішті тіркеуші органның атауы». */
  registeringBody: string;
  /** Surname, name, patronymic (and the passport's Latin spelling for a foreigner). */
  applicantName: string;
  address: string;
  /** «уақыты, нөмірі, құжатты берген орган» in one line of text. */
  identityDocument: string;
  affiliation: string;
  term: { from: PlainDate; to: PlainDate };
  territory: string;
  applicationDate: PlainDate;
}

/** The annex 8 application as printed on the form. */
export interface GroupApplicationData {
  /** «өтінішті тіркеуші органның атауы, мекен жайы». */
  registeringBody: string;
  groupName: string;
  affiliation: string;
  leaderName: string;
  adultMemberCount: number;
  location: string;
  /** «Діни құрылыстың бар болуы»: «жоқ», or the building and its address. */
  religiousBuilding: string;
  territory: string;
  applicationDate: PlainDate;
}

export type ApplicationCopy =
  | { subject: 'missionary'; form: MissionaryApplicationData }
  | { subject: 'group'; form: GroupApplicationData };

/** The office's letterhead: its name in both languages (the usual Kazakh letterhead), the State
 *  Emblem as the office's own image file, and its contacts. */
export interface Letterhead {
  name: { kk: string; ru: string };
  address: { kk: string; ru: string };
  phone: string;
  email?: string;
  /** A PNG or JPEG of the State Emblem supplied by the office; without one an empty framed place. */
  emblemPath?: string | null;
}
