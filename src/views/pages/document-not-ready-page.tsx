// A document asked for before the step that makes it (domain.md §4, §6): says which step it needs
// and where the case stands; nothing was printed or recorded.
import { href, type ViewContext } from '../view-context.js';
import type { CaseDocument } from '../../domain/case/printable-documents.js';
import type { CaseState } from '../../domain/case/index.js';

export function DocumentNotReadyPage({
  ctx,
  caseId,
  document,
  needs,
  state,
}: {
  ctx: ViewContext;
  caseId: string;
  document: CaseDocument;
  needs: CaseState;
  state: CaseState;
}) {
  const t = ctx.t;
  return (
    <div class="narrow">
      <h1>{t('documents.not_ready_title')}</h1>
      <p class="lead refusal-message">
        {t('documents.not_ready', {
          document: t(`documents.name.${document}`),
          step: t(`case.state.${needs}`),
          state: t(`case.state.${state}`),
        })}
      </p>
      <p>
        <a href={href(ctx.lang, `/staff/cases/${caseId}`)}>{t('documents.back')}</a>
      </p>
    </div>
  );
}
