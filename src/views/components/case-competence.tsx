// §1, §13: the office holding the case is not competent for the territory recorded at intake. A
// warning, never a refusal: it names the competent office and points to the transfer form, filled
// in with that office (domain.md §1, §4: registered → transferred).
import type { ViewContext } from '../view-context.js';
import { actionFieldId } from './case-action-forms.js';

export interface CompetenceNotice {
  officeCode: string;
  name: string;
  /** The transfer form is on the page (the case is registered and the reader may transfer it). */
  canTransfer: boolean;
  /** Before the stamp: the case is registered first, then transferred. */
  beforeStamp: boolean;
}

export function CaseCompetence({
  ctx,
  c,
  transitFrom,
}: {
  ctx: ViewContext;
  c: CompetenceNotice | null;
  /** The reader's office is where the case was sent: the sending office's name. */
  transitFrom: string | null;
}) {
  const t = ctx.t;
  if (transitFrom)
    return (
      <div class="notice notice-info" role="status">
        <p>{t('case.in_transit_to_us', { office: transitFrom })}</p>
      </div>
    );
  if (!c) return null;
  return (
    <section class="case-warnings case-competence" aria-labelledby="competence-title">
      <h2 id="competence-title">{t('case.competence_title')}</h2>
      <p>{t('case.competence_other', { office: c.name, code: c.officeCode })}</p>
      <p>
        {c.canTransfer ? (
          <a href={`#${actionFieldId('transfer', 'toOfficeCode')}`}>{t('case.competence_transfer')}</a>
        ) : (
          t(c.beforeStamp ? 'case.competence_after_stamp' : 'case.competence_transfer_by')
        )}
      </p>
    </section>
  );
}
