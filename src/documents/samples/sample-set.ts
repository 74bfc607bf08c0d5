import { STANDARD_2011 } from '../../domain/standard/index.js';
import { plainDate, type PlainDate } from '../../domain/time/plain-date.js';
import type { CertificateData, SealSource } from '../certificate.js';
import type { JournalData } from '../journal.js';
import type { ReceiptData } from '../receipt.js';
import type { ReferenceData } from '../reference.js';
import type { RefusalData } from '../refusal.js';
import type { TalonData } from '../talon.js';
import type { DocumentLang, GroupApplicationData, MissionaryApplicationData } from '../types.js';

// The data of every document at once, for samples, tests and the bench.
export interface SampleSet {
  certificate: CertificateData;
  reference: ReferenceData;
  missionaryApplication: MissionaryApplicationData;
  groupApplication: GroupApplicationData;
  receipt: ReceiptData;
  refusal: RefusalData;
  talon: TalonData;
  journal: JournalData;
}

export type SampleBuilder = (lang: DocumentLang, seal: SealSource) => SampleSet;

export const d = (s: string): PlainDate => plainDate(s);

/** A checklist item's printed name and clause (domain/standard/checklist), as a refusal cites it. */
export function checklistItem(id: string, lang: DocumentLang): { name: string; clause: string } {
  for (const checklist of Object.values(STANDARD_2011.checklists)) {
    const item = checklist.items.find((i) => i.id === id);
    if (item) return { name: item.name[lang], clause: item.clause };
  }
  throw new RangeError(`no checklist item ${id}`);
}
