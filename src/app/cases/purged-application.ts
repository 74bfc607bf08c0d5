// domain.md §8: after its retention period a case's application is purged (db/retention-purge.ts),
// while the case itself — its log, numbers, clocks — stays readable. Readers get this blank
// application of the case's kind in its place, with `applicationPurged` set, so every page and
// document that shows an application shows empty fields rather than failing.
import type {
  ApplicationKind,
  GroupApplicationInput,
  MissionaryApplicationInput,
  PersonInput,
} from '../../domain/standard/index.js';

const nobody = (): PersonInput => ({ surname: '', name: '', citizenship: '' });

export function purgedApplication(
  kind: ApplicationKind,
  officeCode: string,
): MissionaryApplicationInput | GroupApplicationInput {
  const common = { officeCode, applicationDate: '', affiliation: { confession: '' }, territory: '' };
  if (kind === 'missionary-registration' || kind === 'missionary-re-registration')
    return {
      ...common,
      kind,
      applicant: nobody(),
      address: '',
      term: { from: '', to: '' },
      sendingAssociation: { name: '', country: '', registrationDocument: { title: '' } },
      mandate: { title: '', date: '' },
      invitingAssociation: { name: '', bin: '' },
      materials: [],
    };
  return {
    ...common,
    kind,
    groupName: '',
    leader: nobody(),
    members: [],
    adultMemberCount: 0,
    location: '',
    religiousBuilding: { has: false },
    premises: { documentKind: 'lease-contract', documentDate: '', owner: { kind: 'legal-entity', name: '' } },
  };
}
