import type { LegalCitation } from './legal-act.js';
import type { Localized } from './localized.js';

// §16: "Осы стандарттың 11-тармағында көзделген құжаттардың толық ұсынылмауы мемлекеттік қызмет
// көрсетуден бас тартуға негіз болып табылады" — an incomplete §11 set is the only ground in the
// 2011 version. A later version may add grounds; each one carries its legal basis.
export interface RefusalGround {
  id: string;
  /** 'incomplete-documents' grounds are checked against checkDocuments; others stand on their basis. */
  kind: 'incomplete-documents' | 'other';
  name: Localized;
  basis: LegalCitation;
}
