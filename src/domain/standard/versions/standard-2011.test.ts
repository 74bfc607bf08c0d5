import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_KINDS } from '../application-kind.js';
import { checkAffiliation, OTHER_CONFESSION_ID } from '../confessions.js';
import { LANGS } from '../localized.js';
import { RULE_VERSIONS } from './rule-versions.js';
import { STANDARD_2011 } from './standard-2011.js';

const v = STANDARD_2011;

/** Every {kk, ru, en} object anywhere in the version, with its path. */
function localizedTexts(value: unknown, path = 'version', out: [string, Record<string, unknown>][] = []) {
  if (value === null || typeof value !== 'object') return out;
  const keys = Object.keys(value);
  if (keys.length === 3 && LANGS.every((l) => keys.includes(l)))
    out.push([path, value as Record<string, unknown>]);
  else for (const k of keys) localizedTexts((value as Record<string, unknown>)[k], `${path}.${k}`, out);
  return out;
}

describe('the 2011 version as data', () => {
  it('is the only version so far, and the one RULE_VERSIONS starts with', () => {
    assert.deepEqual(
      RULE_VERSIONS.map((r) => r.id),
      ['standard-2011'],
    );
  });

  it('has every legal text in kk, ru and en, none empty', () => {
    const texts = localizedTexts(v);
    assert.ok(texts.length > 150, `found ${texts.length}`);
    for (const [path, t] of texts) {
      for (const l of LANGS)
        assert.ok(typeof t[l] === 'string' && (t[l] as string).trim() !== '', `${path}.${l}`);
    }
  });

  it('writes Kazakh texts in Cyrillic and English texts without it', () => {
    for (const [path, t] of localizedTexts(v.checklists)) {
      assert.match(t.kk as string, /[а-яәғқңөұүһі]/i, path);
      assert.doesNotMatch(t.en as string, /[а-яё]/i, path);
    }
  });

  it('has the §7 and §16 figures of the seed', () => {
    const t = v.timeLimits;
    assert.deepEqual(
      [
        t.result.workingDays,
        t.refusalDelivery.workingDays,
        t.queueWait.minutes,
        t.service.minutes,
        t.collectWait.minutes,
      ],
      [7, 3, 30, 15, 15],
    );
    assert.deepEqual(
      [t.result.clause, t.refusalDelivery.clause, t.queueWait.clause, t.service.clause, t.collectWait.clause],
      ['§7.1', '§16', '§7.2', '§7.3', '§7.4'],
    );
  });

  it('has well-formed checklists: unique ids, conditions on listed questions', () => {
    for (const kind of APPLICATION_KINDS) {
      const c = v.checklists[kind];
      assert.equal(c.kind, kind);
      const ids = c.items.flatMap((i) => [i.id, ...i.alternatives.map((a) => a.id)]);
      assert.equal(new Set(ids).size, ids.length, kind);
      for (const q of c.questions)
        assert.ok(
          v.questions.some((x) => x.id === q),
          `${kind}: ${q}`,
        );
      for (const item of c.items) {
        if (item.condition.kind === 'answer') {
          assert.ok(c.questions.includes(item.condition.question), `${kind}: ${item.id}`);
          assert.notEqual(item.when, null, `${kind}: ${item.id} needs its condition in words`);
        } else assert.equal(item.when, null, `${kind}: ${item.id}`);
        assert.match(item.clause, /^§11/);
      }
    }
  });

  it('registration and re-registration share a checklist (§11 names both)', () => {
    assert.equal(
      v.checklists['missionary-registration'].items,
      v.checklists['missionary-re-registration'].items,
    );
    assert.equal(v.checklists['group-registration'].items, v.checklists['group-re-registration'].items);
  });

  it('describes the annex 5 and annex 6 documents', () => {
    const { certificate, reference } = v.resultDocuments;
    assert.equal(certificate.hasValidUntil, true);
    assert.equal(reference.hasValidUntil, false);
    for (const d of [certificate, reference]) {
      const ids = d.fields.map((f) => f.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(ids.includes('number') && ids.includes('date') && ids.includes('head'));
    }
    assert.ok(certificate.fields.some((f) => f.id === 'validUntil'));
    assert.ok(reference.fields.some((f) => f.id === 'groupName'));
  });

  it('describes the annex 7 and annex 8 fields with the printed Kazakh labels', () => {
    const m = v.applicationForms.missionary.fields.map((f) => f.label.kk);
    assert.ok(m.includes('Миссионерлік қызметінің мерзімі'));
    const g = v.applicationForms.group.fields.map((f) => f.label.kk);
    assert.ok(g.includes('Кәмелетке толған мүшелерінің саны'));
    assert.ok(g.includes('Діни құрылыстың бар болуы'));
  });
});

describe('confessions', () => {
  it('is a list with unique ids and "other" last', () => {
    const ids = v.confessions.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.at(-1), OTHER_CONFESSION_ID);
  });

  it('checks an affiliation against the list', () => {
    assert.equal(checkAffiliation({ confession: 'islam' }, v.confessions), null);
    assert.equal(checkAffiliation(undefined, v.confessions), 'REQUIRED');
    assert.equal(
      checkAffiliation({ confession: 'islam', otherText: 'сунниты' }, v.confessions),
      'CONFESSION_TEXT_UNEXPECTED',
    );
    assert.equal(
      checkAffiliation({ confession: 'other', otherText: '  ' }, v.confessions),
      'CONFESSION_TEXT_REQUIRED',
    );
  });
});
