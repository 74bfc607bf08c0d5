// domain.md §4, §6: when the head signs, the certificate (annex 5) or reference (annex 6) enters the
// registry in the same transaction — its number, holder, territory, dates — with the integrity seal
// made once, here, with the active key: every print and reprint carries this same QR text, and the
// public check reads the status from this row. Religious affiliation is not among the fields (§17).
import type { OrganisationRow } from '../../db/accounts-store.js';
import type { ActContext } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import { insertIssuedDocument } from '../../db/issued-documents-store.js';
import { personName } from '../../db/issue-journal.js';
import { registrantIdOfCase } from '../../db/registry-store.js';
import type { SignAction } from '../../domain/case/index.js';
import type { GroupApplicationInput, MissionaryApplicationInput } from '../../domain/standard/index.js';
import { sealQrText } from '../../documents/seal/seal.js';
import { activeSealSigner } from './seal-keys.js';

export interface IssuedDocumentInput {
  caseId: string;
  caseKind: string;
  office: OrganisationRow;
  application: MissionaryApplicationInput | GroupApplicationInput;
  action: SignAction;
  publicUrl: string;
  /** The case's registrant (registry-store); read from the case when not given. */
  registrantId?: string | null;
}

/** The holder as the documents print it: the missionary's full name, or the group's name. */
export function holderOf(caseKind: string, application: MissionaryApplicationInput | GroupApplicationInput) {
  return caseKind.startsWith('missionary')
    ? personName((application as MissionaryApplicationInput).applicant)
    : (application as GroupApplicationInput).groupName;
}

export async function recordIssuedDocument(
  tx: Executor,
  ctx: ActContext,
  input: IssuedDocumentInput,
): Promise<{ number: string; sealText: string; sealKeyId: string }> {
  const { action, application } = input;
  const holder = holderOf(input.caseKind, application);
  const signer = await activeSealSigner(tx, ctx);
  const sealText = await sealQrText(
    {
      number: action.documentNumber,
      holder,
      territory: application.territory,
      issued: action.documentDate,
      validUntil: action.validUntil,
    },
    signer,
    input.publicUrl,
  );
  await insertIssuedDocument(tx, {
    number: action.documentNumber,
    kind: input.caseKind.startsWith('missionary') ? 'certificate' : 'reference',
    caseId: input.caseId,
    organisationId: input.office.id,
    registrantId: input.registrantId ?? (await registrantIdOfCase(tx, input.caseId)),
    issuedOn: action.documentDate,
    validUntil: action.validUntil,
    holder,
    territory: application.territory,
    status: 'valid',
    sealKeyId: signer.keyId,
    sealText,
    createdAt: ctx.now,
  });
  return { number: action.documentNumber, sealText, sealKeyId: signer.keyId };
}
