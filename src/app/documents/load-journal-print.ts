// §15: the journal of issued certificates (or references) of the reader's own office for a period,
// as it is printed for the recipients' signatures. It lists names of people, so reading it for the
// print goes to the access log (§17), as the journal page does.
import { findOrganisation, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAccess } from '../../db/audit-trail.js';
import { findIssueJournal, type IssueJournalEntry } from '../../db/issue-journal.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { instantAtWallTime } from '../../domain/calendar/index.js';
import { addDays, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { authorizePrint } from './load-case-print.js';

export interface JournalPrintSource {
  office: OrganisationRow;
  kind: 'certificate' | 'reference';
  from: PlainDate;
  to: PlainDate;
  entries: IssueJournalEntry[];
}

export async function loadJournalPrint(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  period: { kind: 'certificate' | 'reference'; from: PlainDate; to: PlainDate },
): Promise<JournalPrintSource> {
  const db = deps.database.db;
  if (actor.organisation.kind !== 'service_office') throw new DomainError('FORBIDDEN');
  const office = await findOrganisation(db, actor.organisation.id);
  if (!office) throw new DomainError('FORBIDDEN');
  authorizePrint(actor, office);
  const all = await findIssueJournal(
    db,
    office.id,
    instantAtWallTime(period.from, 0, office.timeZone),
    instantAtWallTime(addDays(period.to, 1), 0, office.timeZone),
  );
  const missionary = period.kind === 'certificate';
  const entries = all.filter((e) => e.kind.startsWith('missionary') === missionary);
  await writeAccess(db, officeChain('access', office.code), actContext(actor, origin, deps.now()), {
    recordType: 'issue_journal',
    recordId: office.id,
    purpose: `print issue journal ${period.kind} ${period.from}..${period.to}`,
  });
  return { office, ...period, entries };
}
