// The application as handed in (annex 7 or 8 and the parties of domain.md §2), for staff. Religious
// affiliation is shown only when the reader's role needs it (domain.md §8).
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../view-context.js';
import type { Translate } from '../../i18n/i18n.js';
import type {
  GroupApplicationInput,
  IdentityDocumentInput,
  MissionaryApplicationInput,
  PersonInput,
  RepresentativeInput,
  RuleVersion,
} from '../../domain/standard/index.js';
import { OTHER_CONFESSION_ID } from '../../domain/standard/index.js';

type Application = MissionaryApplicationInput | GroupApplicationInput;

export const personName = (p: Partial<PersonInput> | undefined): string =>
  p ? [p.surname, p.name, p.patronymic].filter((s) => s && s.trim() !== '').join(' ') : '';

/** "Foreign passport N12345", in the page's language. */
export function documentText(ctx: ViewContext, d: IdentityDocumentInput | undefined): string {
  if (!d) return '';
  return ctx.t('case.document_on_file', { kind: ctx.t(`intake.doc_kind.${d.kind}`), number: d.number });
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const dates = (from?: string, to?: string) => [from, to].filter(Boolean).join(' – ');

function Person({ ctx, p, title }: { ctx: ViewContext; p: PersonInput; title: string }) {
  const latin = [p.latinSurname, p.latinGivenNames].filter(Boolean).join(' ');
  const doc = p.identityDocument;
  const mig = p.migrationRegistration;
  return (
    <Row label={title}>
      <span class="person-name">{personName(p)}</span>
      {latin && <span class="code">{` (${latin})`}</span>}
      <br />
      {ctx.t('intake.f.citizenship')}
      {`: ${p.citizenship}`}
      {p.birthDate && `; ${ctx.t('intake.f.birth_date')}: ${p.birthDate}`}
      {p.iin && `; ${ctx.t('intake.f.iin')}: ${p.iin}`}
      {doc && (
        <>
          <br />
          {documentText(ctx, doc)}
          {doc.expiryDate && `, ${ctx.t('intake.f.doc_expiry_date')}: ${doc.expiryDate}`}
          {doc.issuer && `, ${ctx.t('intake.f.doc_issuer')}: ${doc.issuer}`}
        </>
      )}
      {mig && (
        <>
          <br />
          {ctx.t('intake.s.migration')}
          {`: ${mig.number}, ${dates(mig.date, mig.validUntil)}`}
        </>
      )}
    </Row>
  );
}

function Representative({ ctx, r }: { ctx: ViewContext; r: RepresentativeInput | undefined }) {
  if (!r) return null;
  const poa = r.powerOfAttorney;
  return (
    <>
      <Person ctx={ctx} p={r.person} title={ctx.t('intake.s.representative')} />
      <Row label={ctx.t('intake.s.power_of_attorney')}>
        {ctx.t('case.form.poa_on_file', { number: poa.number, date: poa.date, notary: poa.notary })}
        {`; ${ctx.t('intake.f.poa_valid_until')}: ${poa.validUntil}`}
      </Row>
    </>
  );
}

function affiliationText(a: Application, version: RuleVersion, lang: ViewContext['lang']): string {
  if (a.affiliation.confession === OTHER_CONFESSION_ID) return a.affiliation.otherText ?? '';
  return version.confessions.find((c) => c.id === a.affiliation.confession)?.name[lang] ?? '';
}

export function CaseApplication(props: {
  ctx: ViewContext;
  application: Application;
  showAffiliation: boolean;
  version: RuleVersion;
}) {
  const { ctx, application: a } = props;
  const t = ctx.t;
  const affiliation = props.showAffiliation && (
    <Row label={t('intake.f.affiliation')}>{affiliationText(a, props.version, ctx.lang)}</Row>
  );
  if (a.kind.startsWith('missionary')) {
    const m = a as MissionaryApplicationInput;
    return (
      <>
        <dl class="summary-list">
          <Row label={t('intake.f.application_date')}>{m.applicationDate}</Row>
          <Person ctx={ctx} p={m.applicant} title={t('intake.s.applicant')} />
          <Row label={t('intake.f.address')}>{m.address}</Row>
          {affiliation}
          <Row label={t('intake.s.activity')}>
            {dates(m.term.from, m.term.to)}
            {`; ${t('intake.f.territory')}: ${m.territory}`}
          </Row>
          <Row label={t('intake.s.sending')}>
            {`${m.sendingAssociation.name} (${m.sendingAssociation.country}); `}
            {[
              m.sendingAssociation.registrationDocument.title,
              m.sendingAssociation.registrationDocument.number,
              m.sendingAssociation.registrationDocument.date,
            ]
              .filter(Boolean)
              .join(', ')}
          </Row>
          <Row label={t('intake.s.mandate')}>
            {[m.mandate.title, m.mandate.number, dates(m.mandate.date, m.mandate.validUntil)]
              .filter(Boolean)
              .join(', ')}
          </Row>
          <Row label={t('intake.s.inviting')}>
            {m.invitingAssociation.name}
            {`; ${t('intake.f.bin')}: ${m.invitingAssociation.bin}`}
          </Row>
          <Representative ctx={ctx} r={m.representative} />
        </dl>
        <Materials t={t} materials={m.materials} />
      </>
    );
  }
  const g = a as GroupApplicationInput;
  const owner = g.premises.owner;
  return (
    <dl class="summary-list">
      <Row label={t('intake.f.application_date')}>{g.applicationDate}</Row>
      <Row label={t('intake.f.group_name')}>{g.groupName}</Row>
      {affiliation}
      <Row label={t('intake.f.location')}>{g.location}</Row>
      <Row label={t('intake.f.territory')}>{g.territory}</Row>
      {g.religiousBuilding.has && (
        <Row label={t('intake.f.building_address')}>{g.religiousBuilding.address}</Row>
      )}
      <Row label={t('intake.f.adult_member_count')}>{String(g.adultMemberCount)}</Row>
      <Person ctx={ctx} p={g.leader} title={t('intake.s.leader')} />
      {g.members.map((p, i) => (
        <Person key={i} ctx={ctx} p={p} title={t('intake.member_n', { n: i + 1 })} />
      ))}
      <Row label={t('intake.s.premises')}>
        {t(`intake.premises_kind.${g.premises.documentKind}`)}
        {`: ${[g.premises.documentNumber, g.premises.documentDate].filter(Boolean).join(', ')}`}
      </Row>
      <Row label={t('intake.s.owner')}>
        {owner.kind === 'natural-person'
          ? personName(owner.person)
          : [owner.name, owner.bin].filter(Boolean).join(', ')}
        {g.premises.consentDate && `; ${t('intake.f.consent_date')}: ${g.premises.consentDate}`}
      </Row>
      <Representative ctx={ctx} r={g.representative} />
    </dl>
  );
}

/** §11.1: the materials listed on intake (title, kind, language, quantity). */
export function Materials({
  t,
  materials,
  hideCaption = false,
}: {
  t: Translate;
  materials: MissionaryApplicationInput['materials'];
  /** Under a heading that already says what the table is. */
  hideCaption?: boolean;
}) {
  if (materials.length === 0) return <p>{t('receipt.no_materials')}</p>;
  return (
    <div class="table-wrap">
      <table class="materials">
        <caption class={hideCaption ? 'visually-hidden' : undefined}>{t('intake.s.materials')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('receipt.col_n')}</th>
            <th scope="col">{t('intake.f.material_title')}</th>
            <th scope="col">{t('intake.f.material_kind')}</th>
            <th scope="col">{t('intake.f.material_language')}</th>
            <th scope="col">{t('intake.f.material_quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m, i) => (
            <tr key={i}>
              <th scope="row">{String(i + 1)}</th>
              <td>{m.title}</td>
              <td>{t(`intake.material_kind.${m.kind}`)}</td>
              <td>{m.language}</td>
              <td>{String(m.quantity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
