// §15: the office's journal of issued certificates and references, for a period (by default the
// month so far). It lists names of people, so each reading is written to the access log (§17).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS, translate } from '../../i18n/i18n.js';
import { actContext } from '../../app/act-context.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAccess } from '../../db/audit-trail.js';
import { findIssueJournal } from '../../db/issue-journal.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { instantAtWallTime } from '../../domain/calendar/index.js';
import {
  addDays,
  comparePlainDates,
  fromParts,
  isPlainDate,
  plainDateAt,
  toParts,
  type PlainDate,
} from '../../domain/time/plain-date.js';
import { JournalPage } from '../../views/pages/journal-page.js';
import type { FieldError } from '../../views/components/form.js';
import { organisationName } from '../../views/organisation-name.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';

export function registerJournal(app: FastifyInstance): void {
  const db = app.deps.database.db;
  const guard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'case.read'))
      throw new DomainError('FORBIDDEN');
  };
  for (const lang of LANGS) {
    app.get(`/${lang}/staff/journal`, { preHandler: [requireActor, guard] }, async (req, reply) => {
      const actor = req.actor!;
      const office = await findOrganisation(db, actor.organisation.id);
      if (!office) throw new DomainError('FORBIDDEN');
      const now = app.deps.now();
      const today = plainDateAt(now, office.timeZone);
      const { year, month } = toParts(today);
      const q = req.query as Record<string, unknown>;
      const asked = (v: unknown) => (typeof v === 'string' && v !== '' ? v.slice(0, 10) : null);
      let from: PlainDate = fromParts(year, month, 1);
      let to: PlainDate = today;
      const errors: FieldError[] = [];
      const [f, t] = [asked(q.from), asked(q.to)];
      if (f !== null || t !== null) {
        if (f !== null && isPlainDate(f) && t !== null && isPlainDate(t) && comparePlainDates(f, t) <= 0) {
          from = f;
          to = t;
        } else errors.push({ field: 'from', message: translate(lang, 'journal.period_invalid') });
      }
      const entries = await findIssueJournal(
        db,
        office.id,
        instantAtWallTime(from, 0, office.timeZone),
        instantAtWallTime(addDays(to, 1), 0, office.timeZone),
      );
      await writeAccess(db, officeChain('access', office.code), actContext(actor, originOf(req), now), {
        recordType: 'issue_journal',
        recordId: office.id,
        purpose: `issue journal ${from}..${to}`,
      });
      return sendPage(
        req,
        reply,
        'journal.page_title',
        (ctx) => (
          <JournalPage
            ctx={ctx}
            officeName={organisationName(lang, office)}
            from={from}
            to={to}
            errors={errors}
            lines={entries.map((e) => ({
              caseId: e.caseId,
              documentNumber: e.documentNumber ?? '',
              documentDate: e.documentDate ?? '',
              handedOverOn: plainDateAt(e.handedOverAt, office.timeZone),
              holder: e.holder,
              recipient: e.recipient,
              recipientName: e.recipientName,
              handedOverBy: e.handedOverBy ?? '',
            }))}
          />
        ),
        errors.length ? 400 : 200,
      );
    });
  }
}
