import type { CaseSnapshot } from './case-snapshot.js';
import type { CaseState } from './case-state.js';

// domain.md §4, §6: which official document of a case may be printed at which step. A document is
// printed only once the act that makes it exists: the filled application (annex 7, 8) once the
// papers are taken in, the receipt once the records service has stamped it (§14), the certificate
// (annex 5) or reference (annex 6) once the head has signed it, the motivated refusal once the head
// has signed it and it has its outgoing number (§16).
export const CASE_DOCUMENTS = ['application', 'receipt', 'certificate', 'reference', 'refusal'] as const;
export type CaseDocument = (typeof CASE_DOCUMENTS)[number];

export function isCaseDocument(value: string): value is CaseDocument {
  return (CASE_DOCUMENTS as readonly string[]).includes(value);
}

/** The step a document needs: the first state in which it can be printed. */
export const STEP_NEEDED: Readonly<Record<CaseDocument, CaseState>> = {
  application: 'at_counter',
  receipt: 'registered',
  certificate: 'ready_to_collect',
  reference: 'ready_to_collect',
  refusal: 'refusal_signed',
};

export type Printability =
  | { ok: true }
  /** Not a document of this kind of case (a reference of a missionary's case). */
  | { ok: false; reason: 'not_of_this_case' }
  /** Not yet (or no longer reachable): `needs` names the step. */
  | { ok: false; reason: 'wrong_step'; needs: CaseState };

/** Annex 5 is a missionary's, annex 6 a group's. */
export function resultDocumentOf(
  snapshot: Pick<CaseSnapshot, 'applicationKind'>,
): 'certificate' | 'reference' {
  return snapshot.applicationKind.startsWith('missionary') ? 'certificate' : 'reference';
}

export function printability(snapshot: CaseSnapshot, document: CaseDocument): Printability {
  const wrongStep = { ok: false, reason: 'wrong_step', needs: STEP_NEEDED[document] } as const;
  switch (document) {
    case 'application':
      return snapshot.takenInAt !== null ? { ok: true } : wrongStep;
    case 'receipt':
      // §14: the stamp is the proof; a transferred case keeps its first stamp.
      return snapshot.registration !== null ? { ok: true } : wrongStep;
    case 'certificate':
    case 'reference':
      if (resultDocumentOf(snapshot) !== document) return { ok: false, reason: 'not_of_this_case' };
      // Signed: ready to collect, and after the hand-over (§15) for the office's file.
      return snapshot.result !== null &&
        (snapshot.state === 'ready_to_collect' || snapshot.state === 'handed_over')
        ? { ok: true }
        : wrongStep;
    case 'refusal':
      // §16: signed, with its outgoing number; delivered or not.
      return snapshot.refusal !== null &&
        (snapshot.state === 'refusal_signed' || snapshot.state === 'refusal_delivered')
        ? { ok: true }
        : wrongStep;
  }
}

/** The documents printable now, in the order the case page lists them. */
export function printableDocuments(snapshot: CaseSnapshot): CaseDocument[] {
  return CASE_DOCUMENTS.filter((d) => printability(snapshot, d).ok);
}
