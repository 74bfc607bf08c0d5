import { eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { caseContacts } from './schema/index.js';

export interface CaseContact {
  email: string | null;
  phone: string | null;
  lang: 'kk' | 'ru';
}

/** Records (or replaces) how the applicant of a case is to be told; both channels null removes it. */
export async function saveCaseContact(
  ex: Executor,
  caseId: string,
  contact: CaseContact,
  now: Date,
): Promise<void> {
  if (contact.email === null && contact.phone === null) {
    await ex.delete(caseContacts).where(eq(caseContacts.caseId, caseId));
    return;
  }
  await ex
    .insert(caseContacts)
    .values({ caseId, ...contact, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: caseContacts.caseId,
      set: { email: contact.email, phone: contact.phone, lang: contact.lang, updatedAt: now },
    });
}

export async function findCaseContact(ex: Executor, caseId: string): Promise<CaseContact | null> {
  const [row] = await ex
    .select({ email: caseContacts.email, phone: caseContacts.phone, lang: caseContacts.lang })
    .from(caseContacts)
    .where(eq(caseContacts.caseId, caseId));
  return row ?? null;
}
