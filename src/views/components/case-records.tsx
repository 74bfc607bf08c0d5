// What the office holds of a case besides its data: the §11 scans (listed, downloaded, attached,
// removed) and the §11.1 inventory of religious materials with what was handed back (domain.md §4:
// "tracked until returned"). A case that has ended with items still held says so at the top.
import type { CaseView } from '../../app/cases/read-case.js';
import { END_STATES } from '../../domain/case/index.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, Notice } from './form.js';
import { fieldId, intakeMessage } from './case-field-labels.js';
import { localTime } from './case-timeline.js';

type CaseFileMeta = CaseView['files'][number];
type CaseMaterialRow = CaseView['materials'][number];

export interface ScanItemChoice {
  id: string;
  name: string;
}

/** "840 KB", "2.4 MB". */
export function sizeText(ctx: ViewContext, bytes: number): string {
  if (bytes < 1024 * 1024) return ctx.t('scans.size_kb', { n: Math.max(1, Math.round(bytes / 1024)) });
  return ctx.t('scans.size_mb', {
    n: (Math.round((bytes / (1024 * 1024)) * 10) / 10).toLocaleString(ctx.lang),
  });
}

export function ScanList(props: {
  ctx: ViewContext;
  caseId: string;
  files: readonly CaseFileMeta[];
  itemName: (id: string) => string;
  names: Readonly<Record<string, string>>;
  timeZone: string;
  /** Draw a "remove" button per scan (the scans page, for those who may). */
  removable?: boolean;
}) {
  const { ctx, files } = props;
  const t = ctx.t;
  const base = `/staff/cases/${props.caseId}/files`;
  if (files.length === 0) return <p>{t('scans.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="case-scans">
        <thead>
          <tr>
            <th scope="col">{t('scans.col.item')}</th>
            <th scope="col">{t('scans.col.file')}</th>
            <th scope="col">{t('scans.col.size')}</th>
            <th scope="col">{t('scans.col.uploaded')}</th>
            {props.removable && <th scope="col">{t('scans.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <td>{f.checklistItemId ? props.itemName(f.checklistItemId) : t('scans.other')}</td>
              <td>
                {f.purged ? (
                  t('scans.purged')
                ) : (
                  <a href={href(ctx.lang, `${base}/${f.id}`)} download>
                    {f.fileName}
                  </a>
                )}
              </td>
              <td>{sizeText(ctx, f.byteSize)}</td>
              <td>
                {localTime(f.uploadedAt, props.timeZone)}
                {f.uploadedBy && props.names[f.uploadedBy] ? `, ${props.names[f.uploadedBy]}` : ''}
              </td>
              {props.removable && (
                <td>
                  <form method="post" action={href(ctx.lang, `${base}/${f.id}/remove`)} class="inline-form">
                    <CsrfInput ctx={ctx} />
                    <button type="submit" class="button button-secondary">
                      {t('scans.remove')}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The item select and the file input of one row of scans (intake form, scans page). */
export function ScanUploadRow(props: {
  ctx: ViewContext;
  itemPath: string;
  filePath: string;
  items: readonly ScanItemChoice[];
  chosen: string | undefined;
  errors: Readonly<Record<string, string>>;
  /** The refused file's name, by its field. */
  fileNames: Readonly<Record<string, string>>;
}) {
  const { ctx } = props;
  const t = ctx.t;
  const itemId = fieldId(props.itemPath);
  const fileId = fieldId(props.filePath);
  const itemError = props.errors[props.itemPath];
  const fileError = props.errors[props.filePath];
  const refused = props.fileNames[props.filePath];
  return (
    <div class="intake-row">
      <div class={itemError ? 'field field-error' : 'field'}>
        <label for={itemId}>{t('scans.f.item')}</label>
        {itemError && (
          <p class="error-message" id={`${itemId}-error`}>
            {intakeMessage(t, itemError)}
          </p>
        )}
        <select
          id={itemId}
          name={props.itemPath}
          aria-invalid={itemError ? 'true' : undefined}
          aria-describedby={itemError ? `${itemId}-error` : undefined}
        >
          {props.items.map((i) => (
            <option key={i.id} value={i.id} selected={props.chosen === i.id}>
              {i.name}
            </option>
          ))}
          <option value="other" selected={props.chosen === 'other' || props.chosen === undefined}>
            {t('scans.other')}
          </option>
        </select>
      </div>
      <div class={fileError ? 'field field-error' : 'field'}>
        <label for={fileId}>{t('scans.f.file')}</label>
        {fileError && (
          <p class="error-message" id={`${fileId}-error`}>
            {refused ? `«${refused}»: ` : ''}
            {intakeMessage(t, fileError)}
          </p>
        )}
        <input
          id={fileId}
          name={props.filePath}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-invalid={fileError ? 'true' : undefined}
          aria-describedby={fileError ? `${fileId}-error` : undefined}
        />
      </div>
    </div>
  );
}

const isEnded = (state: string) => (END_STATES as readonly string[]).includes(state);

/** domain.md §4: nothing is kept silently — an ended case with items still held says so. */
export function UnreturnedWarning(props: {
  ctx: ViewContext;
  state: string;
  materials: readonly CaseMaterialRow[];
}) {
  const held = props.materials.filter((m) => !m.returnedAt).length;
  if (!isEnded(props.state) || held === 0) return null;
  return (
    <Notice kind="warning">
      <p>
        <a href="#materials-title">{props.ctx.t('materials.unreturned_warning', { n: held })}</a>
      </p>
    </Notice>
  );
}

/** The case page's section of scans: the list, and a link to attach or remove for those who may. */
export function CaseScansSection(props: {
  ctx: ViewContext;
  caseId: string;
  files: readonly CaseFileMeta[];
  mayAttach: boolean;
  itemName: (id: string) => string;
  names: Readonly<Record<string, string>>;
  timeZone: string;
}) {
  const t = props.ctx.t;
  return (
    <section aria-labelledby="scans-title">
      <h2 id="scans-title">{t('scans.title')}</h2>
      <ScanList {...props} />
      {props.mayAttach && (
        <p class="no-print">
          <a href={href(props.ctx.lang, `/staff/cases/${props.caseId}/files`)}>{t('scans.manage_link')}</a>
        </p>
      )}
    </section>
  );
}

/** §11.1: the inventory with each item's state, and "returned to the applicant" per item or for all. */
export function CaseMaterialsSection(props: {
  ctx: ViewContext;
  caseId: string;
  state: string;
  materials: readonly CaseMaterialRow[];
  mayReturn: boolean;
  names: Readonly<Record<string, string>>;
  timeZone: string;
}) {
  const { ctx, materials } = props;
  const t = ctx.t;
  if (materials.length === 0) return null;
  const action = href(ctx.lang, `/staff/cases/${props.caseId}/materials/returned`);
  const held = materials.filter((m) => !m.returnedAt).length;
  return (
    <section aria-labelledby="materials-title">
      <h2 id="materials-title">{t('materials.title')}</h2>
      <UnreturnedWarning ctx={ctx} state={props.state} materials={materials} />
      <div class="table-wrap">
        <table class="case-materials">
          <thead>
            <tr>
              <th scope="col">{t('materials.col.n')}</th>
              <th scope="col">{t('materials.col.title')}</th>
              <th scope="col">{t('materials.col.kind')}</th>
              <th scope="col">{t('materials.col.language')}</th>
              <th scope="col">{t('materials.col.quantity')}</th>
              <th scope="col">{t('materials.col.state')}</th>
            </tr>
          </thead>
          <tbody>
            {materials.map((m) => (
              <tr key={m.position}>
                <td>{m.position}</td>
                <td>{m.title}</td>
                <td>{t(`intake.material_kind.${m.kind}` as MessageKey)}</td>
                <td>{m.language}</td>
                <td>{m.quantity}</td>
                <td>
                  {m.returnedAt ? (
                    t('materials.returned', {
                      time: localTime(m.returnedAt, props.timeZone),
                      name: (m.returnedBy && props.names[m.returnedBy]) || '—',
                    })
                  ) : props.mayReturn ? (
                    <form method="post" action={action} class="inline-form no-print">
                      <CsrfInput ctx={ctx} />
                      <input type="hidden" name="position" value={String(m.position)} />
                      <span>{t('materials.held')} </span>
                      <button type="submit" class="button button-secondary">
                        {t('materials.return_one')}
                      </button>
                    </form>
                  ) : (
                    t('materials.held')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.mayReturn && held > 1 && (
        <form method="post" action={action} class="no-print">
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="all" value="on" />
          <button type="submit" class="button">
            {t('materials.return_all')}
          </button>
        </form>
      )}
    </section>
  );
}

/** domain.md §8: the case's personal data were purged after the retention period. */
export function PurgedNotice({ ctx, purged }: { ctx: ViewContext; purged: boolean }) {
  if (!purged) return null;
  return (
    <Notice kind="info">
      <p>{ctx.t('case.purged_notice')}</p>
    </Notice>
  );
}
