// Valid applications for tests, dated around today so the validators' date rules hold.
import { randomBytes } from 'node:crypto';
import type { MissionaryApplicationInput } from '../../src/domain/standard/index.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { SENTINELS } from './personal-data.js';

export const MISSIONARY_ITEMS = [
  'missionary-application',
  'mandate-copy',
  'sending-association-registration-copy',
  'invitation',
  'religious-materials',
  'identity-document-shown',
];

export function missionaryApplication(now = new Date()): MissionaryApplicationInput {
  const today = plainDateAt(now, 'Asia/Almaty');
  return {
    kind: 'missionary-registration',
    officeCode: '00-000',
    applicationDate: today,
    applicant: {
      surname: SENTINELS.applicantName.split(' ')[0]!,
      name: 'Иоганн',
      citizenship: 'DEU',
      latinSurname: 'MUELLER',
      latinGivenNames: 'JOHANN',
      birthDate: '1979-04-12',
      identityDocument: {
        kind: 'foreign-passport',
        number: SENTINELS.passport,
        issueDate: '2021-01-10',
        expiryDate: addDays(today, 1500),
        issuer: 'Stadt Köln',
        country: 'DE',
      },
      migrationRegistration: { number: 'MR-4471', date: addDays(today, -5), validUntil: addDays(today, 300) },
    },
    address: 'Астана қ., Бейбітшілік к-сі, 11',
    affiliation: { confession: 'evangelical-baptist' },
    term: { from: addDays(today, 7), to: addDays(today, 200) },
    territory: 'Астана қаласы',
    sendingAssociation: {
      name: SENTINELS.affiliation,
      country: 'DE',
      registrationDocument: { title: 'Vereinsregister', number: 'VR-100', date: '1995-06-01' },
    },
    mandate: { title: 'Sendungsschreiben', date: addDays(today, -30), validUntil: addDays(today, 365) },
    invitingAssociation: { name: 'Астана баптистер қауымы', bin: '100140000013' },
    materials: [{ title: 'Інжіл', kind: 'book', language: 'kk', quantity: 10 }],
  };
}

export const newIdempotencyKey = () => randomBytes(12).toString('base64url');
