// The public check of a certificate or reference (domain.md §6, §17): a number form (GET) and a form
// for the QR's text (POST, verified on the server), both working without JavaScript; the record shows
// only the number, the holder, the territory, the dates and the status. A small script, when present,
// submits the seal that follows «#» in the address a phone opened (the fragment never reaches the
// server by itself, so never its logs).
import type {
  PublicDocument,
  SealCheck,
  SealField,
  SealVerdictCode,
} from '../../app/documents/check-document.js';
import type { PublicDocumentStatus } from '../../domain/certificate/public-status.js';
import type { PlainDate } from '../../domain/time/plain-date.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { formatLegalDate } from '../legal-date.js';
import { ErrorSummary, Notice } from '../components/form.js';
import { href, type ViewContext } from '../view-context.js';

export type NumberFormError = 'number_required' | 'number_format';
export type SealFormError = 'seal_required' | 'seal_too_long';

export interface CheckForms {
  number?: string;
  numberError?: NumberFormError;
  seal?: string;
  sealError?: SealFormError;
}

const STATUS_KEY: Record<PublicDocumentStatus, MessageKey> = {
  valid: 'check.status.valid',
  expired: 'check.status.expired',
  superseded: 'check.status.superseded',
  annulled: 'check.status.annulled',
  replaced: 'check.status.replaced',
};

const VERDICT_KEY: Record<SealVerdictCode, MessageKey> = {
  genuine: 'check.verdict.genuine',
  differs: 'check.verdict.differs',
  unregistered: 'check.verdict.unregistered',
  revoked_key: 'check.verdict.revoked_key',
  unknown_key: 'check.verdict.unknown_key',
  forged: 'check.verdict.forged',
  altered: 'check.verdict.altered',
  malformed: 'check.verdict.malformed',
};

const FIELD_KEY: Record<SealField, MessageKey> = {
  number: 'check.field.number',
  holder: 'check.field.holder',
  territory: 'check.field.territory',
  issued: 'check.field.issued',
  validUntil: 'check.field.valid_until',
};

type Words = Pick<ViewContext, 't' | 'lang'>;

/** The status in words (the page's and the API's). */
export function statusText(ctx: Words, doc: PublicDocument): string {
  return ctx.t(STATUS_KEY[doc.status], {
    date: doc.validUntil ? formatLegalDate(doc.validUntil, ctx.lang) : '',
  });
}

/** The seal's verdict in words (the page's and the API's). */
export function verdictText(ctx: Words, check: SealCheck): string {
  return ctx.t(VERDICT_KEY[check.verdict], {
    fields: check.differs.map((f) => ctx.t(FIELD_KEY[f])).join(', '),
  });
}

function DocumentRecord({ ctx, doc }: { ctx: ViewContext; doc: PublicDocument }) {
  const good = doc.status === 'valid';
  return (
    <section aria-labelledby="record-title">
      <h2 id="record-title">{ctx.t('check.record_title')}</h2>
      <Notice kind={good ? 'success' : 'warning'}>
        <p id="check-status">
          <strong>{statusText(ctx, doc)}</strong>
        </p>
        {doc.reason && <p>{ctx.t('check.reason', { reason: ctx.t(`check.reason.${doc.reason}`) })}</p>}
        {doc.successorNumber && (
          <p>
            {ctx.t('check.successor')}{' '}
            <a href={href(ctx.lang, `/check/${doc.successorNumber}`)}>{doc.successorNumber}</a>
          </p>
        )}
      </Notice>
      <dl class="summary-list">
        <div>
          <dt>{ctx.t('check.field.number')}</dt>
          <dd>{doc.number}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.kind')}</dt>
          <dd>{ctx.t(`check.kind.${doc.kind}`)}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.holder')}</dt>
          <dd>{doc.holder}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.territory')}</dt>
          <dd>{doc.territory}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.issued')}</dt>
          <dd>{formatLegalDate(doc.issuedOn, ctx.lang)}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.valid_until')}</dt>
          <dd>{doc.validUntil ? formatLegalDate(doc.validUntil, ctx.lang) : ctx.t('check.no_expiry')}</dd>
        </div>
      </dl>
      <p class="hint">{ctx.t('check.checked_on', { date: formatLegalDate(doc.checkedOn, ctx.lang) })}</p>
    </section>
  );
}

function SealedFields({ ctx, check }: { ctx: ViewContext; check: SealCheck }) {
  const s = check.sealed;
  if (!s) return null;
  return (
    <section aria-labelledby="sealed-title">
      <h2 id="sealed-title">{ctx.t('check.sealed_title')}</h2>
      <dl class="summary-list">
        <div>
          <dt>{ctx.t('check.field.number')}</dt>
          <dd>{s.number}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.holder')}</dt>
          <dd>{s.holder}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.territory')}</dt>
          <dd>{s.territory}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.issued')}</dt>
          <dd>{formatLegalDate(s.issued, ctx.lang)}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.valid_until')}</dt>
          <dd>{s.validUntil ? formatLegalDate(s.validUntil, ctx.lang) : ctx.t('check.no_expiry')}</dd>
        </div>
        <div>
          <dt>{ctx.t('check.field.key')}</dt>
          <dd class="code">{check.keyId}</dd>
        </div>
      </dl>
    </section>
  );
}

function Forms({ ctx, forms }: { ctx: ViewContext; forms: CheckForms }) {
  const errors = [
    forms.numberError ? { field: 'number', message: ctx.t(`check.errors.${forms.numberError}`) } : null,
    forms.sealError ? { field: 'seal', message: ctx.t(`check.errors.${forms.sealError}`) } : null,
  ].filter((e): e is { field: string; message: string } => e !== null);
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action={href(ctx.lang, '/check')} class="form compact-form" role="search">
        <div class={forms.numberError ? 'field field-error' : 'field'}>
          <label for="number">{ctx.t('check.number_label')}</label>
          <p class="hint" id="number-hint">
            {ctx.t('check.number_hint')}
          </p>
          {forms.numberError && (
            <p class="error-message" id="number-error">
              {ctx.t(`check.errors.${forms.numberError}`)}
            </p>
          )}
          <input
            id="number"
            name="number"
            type="text"
            value={forms.number ?? ''}
            maxLength={40}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={forms.numberError ? 'true' : undefined}
            aria-describedby={forms.numberError ? 'number-hint number-error' : 'number-hint'}
          />
        </div>
        <button type="submit" class="button">
          {ctx.t('check.number_submit')}
        </button>
      </form>
      <form method="post" action={href(ctx.lang, '/check/seal')} class="form" id="seal-form">
        <div class={forms.sealError ? 'field field-error' : 'field'}>
          <label for="seal">{ctx.t('check.seal_label')}</label>
          <p class="hint" id="seal-hint">
            {ctx.t('check.seal_hint')}
          </p>
          {forms.sealError && (
            <p class="error-message" id="seal-error">
              {ctx.t(`check.errors.${forms.sealError}`)}
            </p>
          )}
          <textarea
            id="seal"
            name="seal"
            rows={4}
            maxLength={4000}
            spellcheck={false}
            aria-invalid={forms.sealError ? 'true' : undefined}
            aria-describedby={forms.sealError ? 'seal-hint seal-error' : 'seal-hint'}
          >
            {forms.seal ?? ''}
          </textarea>
        </div>
        <button type="submit" class="button">
          {ctx.t('check.seal_submit')}
        </button>
      </form>
      <p class="hint">{ctx.t('check.not_e_signature')}</p>
      <p>
        <a href={href(ctx.lang, '/check/keys')}>{ctx.t('check.keys_link')}</a>
      </p>
      <script src="/static/check.js" defer />
    </>
  );
}

/** The check's own page: what it shows, and the two forms. */
export function CheckPage({ ctx, forms }: { ctx: ViewContext; forms: CheckForms }) {
  return (
    <div class="narrow">
      <h1>{ctx.t('check.title')}</h1>
      <p class="lead">{ctx.t('check.lead')}</p>
      <Forms ctx={ctx} forms={forms} />
    </div>
  );
}

/** A document found by its number (the page a QR opens). */
export function DocumentCheckPage({ ctx, doc }: { ctx: ViewContext; doc: PublicDocument }) {
  return (
    <div class="narrow">
      <h1>{ctx.t('check.document_title', { number: doc.number })}</h1>
      <DocumentRecord ctx={ctx} doc={doc} />
      <h2>{ctx.t('check.again_title')}</h2>
      <Forms ctx={ctx} forms={{}} />
    </div>
  );
}

/** No such document in the registry. */
export function DocumentNotFoundPage({ ctx, number }: { ctx: ViewContext; number: string }) {
  return (
    <div class="narrow">
      <h1>{ctx.t('check.title')}</h1>
      <Notice kind="warning">
        <p id="check-status">{ctx.t('check.not_found', { number })}</p>
      </Notice>
      <Forms ctx={ctx} forms={{ number }} />
    </div>
  );
}

/** The answer to a seal: its verdict, what it says (when true), and the registry's record. */
export function SealCheckPage({ ctx, check }: { ctx: ViewContext; check: SealCheck }) {
  return (
    <div class="narrow">
      <h1>{ctx.t('check.seal_title')}</h1>
      <Notice kind={check.verdict === 'genuine' ? 'success' : 'warning'}>
        <p id="check-verdict">
          <strong>{verdictText(ctx, check)}</strong>
        </p>
      </Notice>
      <SealedFields ctx={ctx} check={check} />
      {check.document && <DocumentRecord ctx={ctx} doc={check.document} />}
      <h2>{ctx.t('check.again_title')}</h2>
      <Forms ctx={ctx} forms={{}} />
    </div>
  );
}

export interface PublishedKey {
  keyId: string;
  publicKey: string;
  status: 'active' | 'retired' | 'revoked';
  createdAt: Date;
  retiredAt: Date | null;
  revokedAt: Date | null;
}

/** The published public keys: anyone can verify a seal offline with them. */
export function CheckKeysPage({
  ctx,
  keys,
  day,
}: {
  ctx: ViewContext;
  keys: PublishedKey[];
  /** An instant as a legal day (Kazakhstan's). */
  day: (d: Date) => PlainDate;
}) {
  const when = (d: Date | null) => (d ? formatLegalDate(day(d), ctx.lang) : '—');
  return (
    <div>
      <h1>{ctx.t('check.keys.title')}</h1>
      <p class="lead">{ctx.t('check.keys.lead')}</p>
      {keys.length === 0 ? (
        <p>{ctx.t('check.keys.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('check.keys.key_id')}</th>
                <th scope="col">{ctx.t('check.keys.status')}</th>
                <th scope="col">{ctx.t('check.keys.public_key')}</th>
                <th scope="col">{ctx.t('check.keys.created')}</th>
                <th scope="col">{ctx.t('check.keys.retired')}</th>
                <th scope="col">{ctx.t('check.keys.revoked')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.keyId}>
                  <td class="code">{k.keyId}</td>
                  <td>{ctx.t(`check.key_status.${k.status}`)}</td>
                  <td class="code">{k.publicKey}</td>
                  <td>{when(k.createdAt)}</td>
                  <td>{when(k.retiredAt)}</td>
                  <td>{when(k.revokedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href="/api/check/keys">{ctx.t('check.keys.json')}</a>
      </p>
      <p>
        <a href={href(ctx.lang, '/check')}>{ctx.t('check.back')}</a>
      </p>
    </div>
  );
}
