import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { APPLICATION_KINDS } from '../application-kind.js';
import { STANDARD_2011 } from '../versions/standard-2011.js';
import { checkDocuments } from './check-documents.js';
import { checkRefusal } from './check-refusal.js';

const v = STANDARD_2011;
const ids = (items: { id: string }[]) => items.map((i) => i.id);

const MISSIONARY_ALWAYS = [
  'missionary-application',
  'mandate-copy',
  'sending-association-registration-copy',
  'invitation',
  'identity-document-shown',
];

describe('checkDocuments — §11.1 missionary', () => {
  it('is complete with the five unconditional items when no materials and no representative', () => {
    const r = checkDocuments(
      'missionary-registration',
      { representative: 'no', religiousMaterials: 'no' },
      MISSIONARY_ALWAYS,
      v,
    );
    assert.equal(r.complete, true);
    assert.deepEqual(r.missing, []);
    assert.deepEqual(ids(r.required), MISSIONARY_ALWAYS);
  });

  it('treats the passport as shown, not handed in, and still requires it', () => {
    const item = v.checklists['missionary-registration'].items.find(
      (i) => i.id === 'identity-document-shown',
    );
    assert.equal(item?.form, 'shown');
    const r = checkDocuments(
      'missionary-registration',
      { representative: 'no', religiousMaterials: 'no' },
      MISSIONARY_ALWAYS.filter((id) => id !== 'identity-document-shown'),
      v,
    );
    assert.deepEqual(ids(r.missing), ['identity-document-shown']);
  });

  it('requires religious materials only when the missionary will use some', () => {
    const withMaterials = checkDocuments(
      'missionary-registration',
      { representative: 'no', religiousMaterials: 'yes' },
      MISSIONARY_ALWAYS,
      v,
    );
    assert.deepEqual(ids(withMaterials.missing), ['religious-materials']);
    assert.equal(withMaterials.complete, false);
  });

  it('requires the power of attorney only when a representative acts', () => {
    const r = checkDocuments(
      'missionary-re-registration',
      { representative: 'yes', religiousMaterials: 'no' },
      MISSIONARY_ALWAYS,
      v,
    );
    assert.deepEqual(ids(r.missing), ['representative-power-of-attorney']);
  });

  it('lists missing items in checklist order', () => {
    const r = checkDocuments(
      'missionary-registration',
      { representative: 'yes', religiousMaterials: 'yes' },
      ['invitation'],
      v,
    );
    assert.deepEqual(ids(r.missing), [
      'missionary-application',
      'mandate-copy',
      'sending-association-registration-copy',
      'religious-materials',
      'identity-document-shown',
      'representative-power-of-attorney',
    ]);
  });
});

describe('checkDocuments — §11.2 group', () => {
  const base = ['group-application', 'leader-and-member-id-copies'];

  it('accepts any one of the three premises documents', () => {
    for (const doc of ['lease-contract', 'purchase-contract', 'registered-title']) {
      const r = checkDocuments(
        'group-registration',
        { representative: 'no', premisesOwner: 'legal-entity' },
        [...base, doc],
        v,
      );
      assert.equal(r.complete, true, doc);
    }
  });

  it('reports the premises item, with its alternatives, when none is present', () => {
    const r = checkDocuments(
      'group-registration',
      { representative: 'no', premisesOwner: 'legal-entity' },
      base,
      v,
    );
    assert.deepEqual(ids(r.missing), ['premises-document-copy']);
    assert.deepEqual(
      r.missing[0]?.alternatives.map((a) => a.id),
      ['lease-contract', 'purchase-contract', 'registered-title'],
    );
  });

  it('takes a second premises document as surplus, never as an error', () => {
    const r = checkDocuments(
      'group-registration',
      { representative: 'no', premisesOwner: 'legal-entity' },
      [...base, 'lease-contract', 'registered-title'],
      v,
    );
    assert.equal(r.complete, true);
    assert.deepEqual(r.surplus, ['registered-title']);
  });

  it("asks for the owner's consent only when the owner is a natural person", () => {
    const present = [...base, 'lease-contract'];
    const natural = checkDocuments(
      'group-re-registration',
      { representative: 'no', premisesOwner: 'natural-person' },
      present,
      v,
    );
    assert.deepEqual(ids(natural.missing), ['owner-consent']);
    const legal = checkDocuments(
      'group-re-registration',
      { representative: 'no', premisesOwner: 'legal-entity' },
      [...present, 'owner-consent'],
      v,
    );
    assert.equal(legal.complete, true);
    assert.deepEqual(legal.surplus, ['owner-consent']);
  });

  it('puts ids outside the closed list into surplus, not into required', () => {
    const r = checkDocuments(
      'group-registration',
      { representative: 'no', premisesOwner: 'legal-entity' },
      [...base, 'lease-contract', 'bank-statement'],
      v,
    );
    assert.equal(r.complete, true);
    assert.deepEqual(r.surplus, ['bank-statement']);
  });
});

describe('checkDocuments — unanswered questions', () => {
  it('is not complete while a question is unanswered, and does not invent missing items', () => {
    const r = checkDocuments(
      'group-registration',
      { representative: 'no' },
      ['group-application', 'leader-and-member-id-copies', 'lease-contract'],
      v,
    );
    assert.equal(r.complete, false);
    assert.deepEqual(r.missing, []);
    assert.deepEqual(
      r.unanswered.map((q) => q.id),
      ['premisesOwner'],
    );
  });

  it('treats an answer outside the options as unanswered', () => {
    const r = checkDocuments(
      'missionary-registration',
      { representative: 'maybe', religiousMaterials: 'no' },
      MISSIONARY_ALWAYS,
      v,
    );
    assert.deepEqual(
      r.unanswered.map((q) => q.id),
      ['representative'],
    );
  });
});

describe('checkDocuments — properties', () => {
  it('for every kind and answers: complete iff every required item (or one alternative) is present', () => {
    const kind = fc.constantFrom(...APPLICATION_KINDS);
    fc.assert(
      fc.property(
        kind,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (k, rep, mat, natural, pick) => {
          const answers = {
            representative: rep ? 'yes' : 'no',
            religiousMaterials: mat ? 'yes' : 'no',
            premisesOwner: natural ? 'natural-person' : 'legal-entity',
          };
          const all = v.checklists[k].items.flatMap((i) =>
            i.alternatives.length ? i.alternatives.map((a) => a.id) : [i.id],
          );
          const present = all.filter((_, i) => pick[i % pick.length]);
          const r = checkDocuments(k, answers, present, v);
          const satisfied = (item: (typeof r.required)[number]) =>
            item.alternatives.length
              ? item.alternatives.some((a) => present.includes(a.id))
              : present.includes(item.id);
          assert.equal(r.complete, r.required.every(satisfied));
          assert.deepEqual(
            r.missing,
            r.required.filter((i) => !satisfied(i)),
          );
          // Adding everything always completes the set: nothing outside the list is ever needed.
          assert.equal(checkDocuments(k, answers, all, v).complete, true);
        },
      ),
    );
  });
});

describe('checkRefusal — §16', () => {
  const answers = { representative: 'no', religiousMaterials: 'no' };

  it('allows a refusal for incomplete documents when something is missing', () => {
    const r = checkRefusal(v, 'missionary-registration', ['incomplete-documents'], answers, [
      'missionary-application',
    ]);
    assert.equal(r.ok, true);
    assert.equal(r.documents.missing.length, 4);
  });

  it('forbids a refusal for incomplete documents when the set is complete', () => {
    const r = checkRefusal(
      v,
      'missionary-registration',
      ['incomplete-documents'],
      answers,
      MISSIONARY_ALWAYS,
    );
    assert.deepEqual(r.ok ? [] : r.errors, ['DOCUMENTS_COMPLETE']);
  });

  it('forbids grounds the version does not have, and a refusal without a ground', () => {
    const r = checkRefusal(v, 'missionary-registration', ['extremist-materials'], answers, []);
    assert.deepEqual(r.ok ? [] : r.errors, ['UNKNOWN_GROUND']);
    const none = checkRefusal(v, 'missionary-registration', [], answers, []);
    assert.deepEqual(none.ok ? [] : none.errors, ['NO_GROUND']);
  });

  it('forbids a refusal while the checklist questions are unanswered', () => {
    const r = checkRefusal(v, 'group-registration', ['incomplete-documents'], {}, []);
    assert.deepEqual(r.ok ? [] : r.errors, ['CHECKLIST_UNANSWERED']);
  });

  it('has exactly one ground in the 2011 version: incomplete documents', () => {
    assert.deepEqual(
      v.refusalGrounds.map((g) => [g.kind, g.basis.clause]),
      [['incomplete-documents', '§16']],
    );
  });
});
