// What the case page needs beyond readCase: the case's rule version, the staff warnings of its
// application (annex 7/8 validators), and the choices of the action forms — the §11 checklist of
// this case's answers for the stamp, the items a §16 refusal may name, the documents on file that
// a recipient may show at hand-over (§15).
import { translator, type Lang, type Translate } from '../../i18n/i18n.js';
import type { CaseView } from '../../app/cases/read-case.js';
import {
  RULE_VERSIONS,
  checkDocuments,
  groupChecklistAnswers,
  missionaryChecklistAnswers,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type GroupApplicationInput,
  type IdentityDocumentInput,
  type MissionaryApplicationInput,
  type RuleVersion,
} from '../../domain/standard/index.js';
import type { PlainDate } from '../../domain/time/plain-date.js';
import type { ActionFormsData } from '../../views/components/case-action-forms.js';

type Application = MissionaryApplicationInput | GroupApplicationInput;

/** The version the case was opened (or, after the stamp, registered) under. */
export function caseVersion(ruleVersionId: string | null, day: PlainDate): RuleVersion {
  return RULE_VERSIONS.find((v) => v.id === ruleVersionId) ?? ruleVersionFor(day, RULE_VERSIONS);
}

const isMissionary = (a: Application): a is MissionaryApplicationInput => a.kind.startsWith('missionary');

/** domain.md §2: what staff should check (a term past the passport's expiry…); never a ground. */
export function caseWarnings(a: Application, version: RuleVersion) {
  const result = isMissionary(a)
    ? validateMissionaryApplication(a, version)
    : validateGroupApplication(a, version);
  return result.warnings;
}

function documentLabel(t: Translate, d: IdentityDocumentInput): string {
  return t('case.document_on_file', { kind: t(`intake.doc_kind.${d.kind}`), number: d.number });
}

export function caseFormsData(
  lang: Lang,
  view: CaseView,
  version: RuleVersion,
  opts: { keys: Record<string, string>; today: string; failed: ActionFormsData['failed'] },
): ActionFormsData {
  const a = view.application;
  const t = translator(lang);
  const answers = isMissionary(a) ? missionaryChecklistAnswers(a) : groupChecklistAnswers(a);
  const required = checkDocuments(view.row.kind, answers, [], version).required;
  const missing = new Set(view.snapshot.registration?.checklist.missingItemIds ?? []);
  const holderDoc = isMissionary(a) ? a.applicant.identityDocument : a.leader.identityDocument;
  const documents: { id: string; label: string }[] = [];
  if (holderDoc)
    documents.push({
      id: isMissionary(a) ? 'applicant.identityDocument' : 'leader.identityDocument',
      label: t('case.form.doc_of_applicant', { document: documentLabel(t, holderDoc) }),
    });
  const rep = a.representative;
  if (rep?.person.identityDocument)
    documents.push({
      id: 'representative.person.identityDocument',
      label: t('case.form.doc_of_representative', {
        document: documentLabel(t, rep.person.identityDocument),
      }),
    });
  return {
    caseId: view.row.id,
    version: view.row.version,
    available: view.available,
    keys: opts.keys,
    stampItems: required.map((i) => ({
      id: i.id,
      name: i.name[lang],
      alternatives: i.alternatives.map((alt) => ({ id: alt.id, name: alt.name[lang] })),
    })),
    refusalItems: required.map((i) => ({ id: i.id, name: i.name[lang], missing: missing.has(i.id) })),
    documents,
    powersOfAttorney: rep
      ? [
          {
            id: 'representative.powerOfAttorney',
            label: t('case.form.poa_on_file', {
              number: rep.powerOfAttorney.number,
              date: rep.powerOfAttorney.date,
              notary: rep.powerOfAttorney.notary,
            }),
          },
        ]
      : [],
    today: opts.today,
    failed: opts.failed,
  };
}
