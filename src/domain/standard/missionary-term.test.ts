import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, comparePlainDates, plainDate } from '../time/plain-date.js';
import { certificateValidUntil, maxValidUntil } from './missionary-term.js';
import { STANDARD_2011 } from './versions/standard-2011.js';

const v = STANDARD_2011;

describe('certificate valid-until — annex 5, domain.md §4', () => {
  it('runs at most one year under the 2011 version, marked as a product decision', () => {
    assert.equal(v.missionaryTerm.maxMonths, 12);
    assert.equal(v.missionaryTerm.isProductDecision, true);
    assert.equal(maxValidUntil(v, plainDate('2026-03-03')), '2027-03-03');
    assert.equal(maxValidUntil(v, plainDate('2026-12-31')), '2027-12-31');
  });

  it('ends a period from 29 February on 28 February', () => {
    assert.equal(maxValidUntil(v, plainDate('2024-02-29')), '2025-02-28');
  });

  it('uses the other maximum of another version', () => {
    const six = { ...v, missionaryTerm: { ...v.missionaryTerm, maxMonths: 6 } };
    assert.equal(maxValidUntil(six, plainDate('2026-08-31')), '2027-02-28');
  });

  it('keeps the requested end when within the maximum, else cuts it to the maximum', () => {
    assert.equal(certificateValidUntil(v, plainDate('2026-12-31'), plainDate('2026-03-03')), '2026-12-31');
    assert.equal(certificateValidUntil(v, plainDate('2027-06-01'), plainDate('2026-03-03')), '2027-03-03');
  });

  it('is always the earlier of the requested end and the bound', () => {
    const base = plainDate('2020-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 800 }),
        (issueOffset, termDays) => {
          const issue = addDays(base, issueOffset);
          const requested = addDays(issue, termDays);
          const bound = maxValidUntil(v, issue);
          const got = certificateValidUntil(v, requested, issue);
          assert.ok(comparePlainDates(got, requested) <= 0 && comparePlainDates(got, bound) <= 0);
          assert.ok(got === requested || got === bound);
          // the bound is between 365 and 366 days after issue
          const span = (Date.parse(bound) - Date.parse(issue)) / 86_400_000;
          assert.ok(span === 365 || span === 366, `${issue} → ${bound}`);
        },
      ),
    );
  });
});
