// §11: the scans of one case — the list (each downloadable by staff who may read the case), a form to
// attach more (the office's clerk or records service) and a "remove" per scan. A refused file comes
// back with its own message by its field; the chosen item is kept.
import { href, type ViewContext } from '../view-context.js';
import type { CaseView } from '../../app/cases/read-case.js';
import { CsrfInput, ErrorSummary, Notice } from '../components/form.js';
import { fieldId, intakeMessage } from '../components/case-field-labels.js';
import { ScanList, ScanUploadRow, sizeText, type ScanItemChoice } from '../components/case-records.js';

export interface CaseScansPageProps {
  ctx: ViewContext;
  view: CaseView;
  items: readonly ScanItemChoice[];
  itemName: (id: string) => string;
  names: Readonly<Record<string, string>>;
  timeZone: string;
  limits: { maxBytes: number; maxPerCase: number };
  formKey: string;
  chosenItem: string | undefined;
  errors: Readonly<Record<string, string>>;
  fileNames: Readonly<Record<string, string>>;
  notice: string | null;
}

export function CaseScansPage(props: CaseScansPageProps) {
  const { ctx, view } = props;
  const t = ctx.t;
  const caseId = view.row.id;
  const errors = Object.entries(props.errors).map(([field, code]) => ({
    field: fieldId(field),
    message: `${t(field === 'item' ? 'scans.f.item' : 'scans.f.file')}: ${
      props.fileNames[field] ? `«${props.fileNames[field]}» ` : ''
    }${intakeMessage(t, code)}`,
  }));
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, `/staff/cases/${caseId}`)}>{t('scans.back')}</a>
      </p>
      <h1>{t('scans.heading', { code: view.row.trackingCode })}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <ScanList
        ctx={ctx}
        caseId={caseId}
        files={view.files}
        itemName={props.itemName}
        names={props.names}
        timeZone={props.timeZone}
        removable={view.mayAttachScans}
      />
      {view.mayAttachScans && (
        <form
          method="post"
          action={href(ctx.lang, `/staff/cases/${caseId}/files`)}
          enctype="multipart/form-data"
          class="form"
          novalidate
        >
          <h2>{t('scans.attach_title')}</h2>
          <p class="hint">
            {t('scans.hint', {
              size: sizeText(ctx, props.limits.maxBytes),
              count: props.limits.maxPerCase,
              left: Math.max(0, props.limits.maxPerCase - view.files.length),
            })}
          </p>
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="key" value={props.formKey} />
          <ScanUploadRow
            ctx={ctx}
            itemPath="item"
            filePath="file"
            items={props.items}
            chosen={props.chosenItem}
            errors={props.errors}
            fileNames={props.fileNames}
          />
          <button type="submit" class="button">
            {t('scans.submit')}
          </button>
        </form>
      )}
    </>
  );
}
