// Every case belongs to a registrant (domain.md §4 "after the end"): at intake, in the intake's own
// transaction, the person (by IIN, or by citizenship and passport) or the group (by office and name)
// is found or made, a new spelling of the name joins its search tokens, and the case records the
// confession's id — special-category data (domain.md §8), kept for the aggregates and for the roles
// that may read it, never in an audit event.
import type { Executor } from '../../db/database.js';
import {
  findOrCreateGroupRegistrant,
  setCaseRegistrant,
  upsertPersonRegistrant,
} from '../../db/registry-store.js';
import { registrantIdentity } from '../../domain/registry/registrant-identity.js';
import type { GroupApplicationInput, MissionaryApplicationInput } from '../../domain/standard/index.js';

export async function linkCaseToRegistrant(
  tx: Executor,
  input: {
    caseId: string;
    caseKind: string;
    organisationId: string;
    application: MissionaryApplicationInput | GroupApplicationInput;
    now: Date;
  },
): Promise<string | null> {
  const identity = registrantIdentity(input.caseKind, input.application, input.organisationId);
  const confession = input.application.affiliation?.confession ?? null;
  // A validated application always identifies its person (IIN or passport); if not, the case stays
  // unlinked rather than being refused for what the registry, not the standard, wants.
  if (identity === null) return null;
  const registrantId =
    identity.kind === 'person'
      ? await upsertPersonRegistrant(tx, identity, input.now)
      : await findOrCreateGroupRegistrant(tx, identity, input.now, {
          byLeader: input.caseKind === 'group-re-registration',
        });
  await setCaseRegistrant(tx, input.caseId, registrantId, confession);
  return registrantId;
}
