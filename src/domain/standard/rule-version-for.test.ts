import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { addDays, comparePlainDates, isoWeekday, plainDate, type PlainDate } from '../time/plain-date.js';
import { describeService } from './about/describe-service.js';
import type { ApplicationKind } from './application-kind.js';
import { checkDocuments } from './checklist/check-documents.js';
import { checkRefusal } from './checklist/check-refusal.js';
import type { Checklist, ChecklistItem } from './checklist/checklist.js';
import type { LegalAct } from './legal-act.js';
import type { RuleVersion } from './rule-version.js';
import { caseRuleVersion, findRuleVersionFor, ruleVersionFor } from './rule-version-for.js';
import { dueDay } from './time-limits/due-day.js';
import { RULE_VERSIONS } from './versions/rule-versions.js';
import { STANDARD_2011 } from './versions/standard-2011.js';

// A weekends-only fake calendar: enough to tell 7 working days from 5.
const isWorkingDay = (d: PlainDate) => isoWeekday(d) <= 5;
const cal: WorkingDayCalendar = {
  isWorkingDay,
  addWorkingDays(d, n) {
    let day = d;
    for (let left = n; left > 0;) {
      day = addDays(day, 1);
      if (isWorkingDay(day)) left--;
    }
    return day;
  },
  workingDaysBetween(from, to) {
    let c = 0;
    for (let day = from; comparePlainDates(day, to) <= 0; day = addDays(day, 1)) if (isWorkingDay(day)) c++;
    return c;
  },
  isProvisional: () => false,
};

// A made-up later standard: a new document (a photograph), shorter terms and an extra refusal
// ground with its own legal basis. Nothing of the kind exists; it only proves the mechanism.
const MADE_UP_ACT: LegalAct = {
  id: 'made-up-order-2030-1',
  kind: 'order',
  number: '1',
  adopted: plainDate('2029-12-01'),
  title: { kk: 'Ойдан шығарылған бұйрық', ru: 'Вымышленный приказ', en: 'A made-up order' },
  publication: null,
  commencement: 'made up',
  foundIn: 'this test',
};
const PHOTO: ChecklistItem = {
  id: 'photo',
  name: { kk: 'Фотосурет', ru: 'Фотография', en: 'Photograph' },
  form: 'original',
  clause: '§9.1',
  condition: { kind: 'always' },
  when: null,
  alternatives: [],
  perPerson: null,
  note: null,
};
const withPhoto = (c: Checklist): Checklist => ({ ...c, items: [...c.items, PHOTO] });
const MADE_UP_2030: RuleVersion = {
  ...STANDARD_2011,
  id: 'made-up-2030',
  effectiveFrom: plainDate('2030-01-01'),
  effectiveFromAssumed: false,
  acts: [...STANDARD_2011.acts, MADE_UP_ACT],
  checklists: Object.fromEntries(
    Object.entries(STANDARD_2011.checklists).map(([k, c]) => [k, withPhoto(c)]),
  ) as Record<ApplicationKind, Checklist>,
  timeLimits: {
    ...STANDARD_2011.timeLimits,
    result: { workingDays: 5, clause: '§6.1' },
    refusalDelivery: { workingDays: 2, clause: '§10' },
  },
  refusalGrounds: [
    ...STANDARD_2011.refusalGrounds,
    {
      id: 'false-information',
      kind: 'other',
      name: { kk: 'Жалған мәліметтер', ru: 'Недостоверные сведения', en: 'False information' },
      basis: { actId: MADE_UP_ACT.id, clause: '§10.2' },
    },
  ],
};
const VERSIONS = [MADE_UP_2030, STANDARD_2011]; // order must not matter

const MISSIONARY_FULL = [
  'missionary-application',
  'mandate-copy',
  'sending-association-registration-copy',
  'invitation',
  'identity-document-shown',
];
const answers = { representative: 'no', religiousMaterials: 'no' };

describe('ruleVersionFor', () => {
  it('picks the seed version from its effective date and keeps it in force afterwards', () => {
    assert.equal(ruleVersionFor(plainDate('2011-01-21'), RULE_VERSIONS).id, 'standard-2011');
    // The 2012 repeal is history: until a later version is added, the seed stays in force.
    assert.equal(ruleVersionFor(plainDate('2026-03-02'), RULE_VERSIONS).id, 'standard-2011');
  });

  it('has no version before the first one', () => {
    assert.equal(findRuleVersionFor(plainDate('2011-01-20'), RULE_VERSIONS), null);
    assert.throws(() => ruleVersionFor(plainDate('2011-01-20'), RULE_VERSIONS), RangeError);
  });

  it('switches on the later version’s first day', () => {
    assert.equal(ruleVersionFor(plainDate('2029-12-31'), VERSIONS).id, 'standard-2011');
    assert.equal(ruleVersionFor(plainDate('2030-01-01'), VERSIONS).id, 'made-up-2030');
  });

  it('refuses two versions starting the same day', () => {
    const twin = { ...MADE_UP_2030, id: 'twin' };
    assert.throws(() => ruleVersionFor(plainDate('2030-06-01'), [...VERSIONS, twin]));
  });
});

describe('an old case and a new case each follow their own version', () => {
  const oldStart = plainDate('2029-12-27'); // Thursday, under the 2011 rules
  const newStart = plainDate('2030-01-03'); // Thursday, under the made-up 2030 rules
  const oldV = caseRuleVersion(oldStart, VERSIONS);
  const newV = caseRuleVersion(newStart, VERSIONS);

  it('terms: 7 working days for the old case, 5 for the new', () => {
    assert.equal(oldV.id, 'standard-2011');
    assert.equal(newV.id, 'made-up-2030');
    // 28, 31 Dec, 1, 2, 3, 4, 7 Jan (weekends only)
    assert.equal(dueDay(oldV, 'result', oldStart, cal), '2030-01-07');
    // 4, 7, 8, 9, 10 Jan
    assert.equal(dueDay(newV, 'result', newStart, cal), '2030-01-10');
    assert.equal(dueDay(newV, 'refusal', newStart, cal), '2030-01-07');
  });

  it('documents: the photograph is needed only in the new case', () => {
    assert.equal(checkDocuments('missionary-registration', answers, MISSIONARY_FULL, oldV).complete, true);
    const r = checkDocuments('missionary-registration', answers, MISSIONARY_FULL, newV);
    assert.deepEqual(
      r.missing.map((i) => i.id),
      ['photo'],
    );
  });

  it('refusal grounds: the new ground exists, with its basis, only for the new case', () => {
    const old = checkRefusal(
      oldV,
      'missionary-registration',
      ['false-information'],
      answers,
      MISSIONARY_FULL,
    );
    assert.deepEqual(old.ok ? [] : old.errors, ['UNKNOWN_GROUND']);
    const now = checkRefusal(
      newV,
      'missionary-registration',
      ['false-information'],
      answers,
      MISSIONARY_FULL,
    );
    assert.ok(now.ok);
    assert.deepEqual(now.grounds[0]?.basis, { actId: 'made-up-order-2030-1', clause: '§10.2' });
  });

  it('the public description follows the version: figures and lists', () => {
    const ru = describeService(newV, 'ru');
    const terms = ru.sections.find((s) => s.id === 'terms');
    assert.match(terms?.paragraphs[0] ?? '', /5 рабочих дней/);
    const refusal = ru.sections.find((s) => s.id === 'refusal');
    assert.match(refusal?.paragraphs[0] ?? '', /2 рабочих дней/);
    assert.deepEqual(
      refusal?.lists[0]?.items.map((i) => i.id),
      ['incomplete-documents', 'false-information'],
    );
    const oldTerms = describeService(oldV, 'ru').sections.find((s) => s.id === 'terms');
    assert.match(oldTerms?.paragraphs[0] ?? '', /7 рабочих дней/);
  });
});

describe('the seed version', () => {
  it('marks its effective date as an assumption and keeps adoption, amendment and repeal as history', () => {
    assert.equal(STANDARD_2011.effectiveFrom, '2011-01-21');
    assert.equal(STANDARD_2011.effectiveFromAssumed, true);
    assert.deepEqual(
      STANDARD_2011.history.map((e) => [e.kind, e.act.number, e.act.adopted]),
      [
        ['adopted', '20', '2011-01-21'],
        ['amended', '888', '2011-08-01'],
        ['repealed', '211', '2012-02-07'],
      ],
    );
    assert.deepEqual(STANDARD_2011.history[1]?.clauses, ['§19']);
  });

  it('cites only acts it lists', () => {
    const known = new Set(STANDARD_2011.acts.map((a) => a.id));
    assert.ok(known.has(STANDARD_2011.serviceBasis.citation.actId));
    for (const g of STANDARD_2011.refusalGrounds) assert.ok(known.has(g.basis.actId), g.id);
    for (const e of STANDARD_2011.history) assert.ok(known.has(e.act.id), e.act.id);
  });
});
