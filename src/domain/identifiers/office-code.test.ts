import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { akimatOf, formatOfficeCode, parseOfficeCode, type OfficeCode } from './office-code.js';
import { formatRegisterNumber, parseRegisterNumber } from './register-number.js';
import { formatCertificateNumber, parseCertificateNumber } from './certificate-number.js';
import { formatQueueTicket, parseQueueTicket, QUEUE_PURPOSES } from './queue-ticket.js';
import { formatPassNumber, parsePassNumber } from './pass-number.js';

const region = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
// Spread into a plain object: fc.record builds null-prototype objects, which deepEqual tells apart.
const officeArb = fc
  .record({ region, seq: fc.integer({ min: 0, max: 999 }), isAkimat: fc.boolean() })
  .map((o) => ({ ...o }));
const serviceOfficeArb = officeArb.map((o) => ({ ...o, isAkimat: false }));
const year = fc.integer({ min: 2011, max: 2199 });
const seq = fc.integer({ min: 1, max: 2_000_000 });

describe('office code', () => {
  it('parses the examples of domain.md §5', () => {
    assert.deepEqual(parseOfficeCode('35-004'), {
      ok: true,
      value: { region: '35', seq: 4, isAkimat: false },
    });
    assert.deepEqual(parseOfficeCode('35-004-A'), {
      ok: true,
      value: { region: '35', seq: 4, isAkimat: true },
    });
    assert.deepEqual(parseOfficeCode('75-000-a'), {
      ok: true,
      value: { region: '75', seq: 0, isAkimat: true },
    });
  });

  it('rejects malformed codes', () => {
    for (const bad of ['35-04', '3-004', '35004', '35-004-B', '35-0040', 'AB-004', '']) {
      assert.deepEqual(parseOfficeCode(bad), { ok: false, error: 'OFFICE_CODE_FORMAT' }, bad);
    }
  });

  it('round-trips format and parse', () => {
    fc.assert(
      fc.property(officeArb, (o) =>
        assert.deepEqual(parseOfficeCode(formatOfficeCode(o)), { ok: true, value: o }),
      ),
    );
  });

  it('pairs an office with the akimat of the same territory', () => {
    const office: OfficeCode = { region: '35', seq: 4, isAkimat: false };
    assert.equal(formatOfficeCode(akimatOf(office)), '35-004-A');
  });
});

describe('incoming and outgoing numbers', () => {
  it('formats the domain.md example', () => {
    const office = { region: '35', seq: 4, isAkimat: false };
    assert.equal(formatRegisterNumber({ office, year: 2026, seq: 42 }), '35-004/2026/0042');
    assert.equal(
      formatRegisterNumber({ office: akimatOf(office), year: 2026, seq: 17 }),
      '35-004-A/2026/0017',
    );
    assert.equal(formatRegisterNumber({ office, year: 2026, seq: 12345 }), '35-004/2026/12345');
  });

  it('round-trips format and parse, for offices and akimats', () => {
    fc.assert(
      fc.property(officeArb, year, seq, (office, y, s) => {
        const n = { office, year: y, seq: s };
        assert.deepEqual(parseRegisterNumber(formatRegisterNumber(n)), { ok: true, value: n });
      }),
    );
  });

  it('rejects a zero sequence and ambiguous zero padding', () => {
    assert.equal(parseRegisterNumber('35-004/2026/0000').ok, false);
    assert.equal(parseRegisterNumber('35-004/2026/00042').ok, false);
    assert.equal(parseRegisterNumber('35-004/2026/042').ok, false);
    assert.deepEqual(parseRegisterNumber('35-04/2026/0042'), { ok: false, error: 'OFFICE_CODE_FORMAT' });
  });
});

describe('certificate and reference numbers', () => {
  it('formats the domain.md examples', () => {
    const office = { region: '35', seq: 4, isAkimat: false };
    assert.equal(
      formatCertificateNumber({ office, year: 2026, kind: 'certificate', seq: 9 }),
      '35-004/2026/1-0009',
    );
    assert.equal(
      formatCertificateNumber({ office, year: 2026, kind: 'reference', seq: 3 }),
      '35-004/2026/2-0003',
    );
  });

  it('round-trips format and parse', () => {
    fc.assert(
      fc.property(
        serviceOfficeArb,
        year,
        fc.constantFrom('certificate' as const, 'reference' as const),
        seq,
        (office, y, kind, s) => {
          const n = { office, year: y, kind, seq: s };
          assert.deepEqual(parseCertificateNumber(formatCertificateNumber(n)), { ok: true, value: n });
        },
      ),
    );
  });

  it('rejects other kind digits and akimat codes', () => {
    assert.equal(parseCertificateNumber('35-004/2026/3-0009').ok, false);
    assert.equal(parseCertificateNumber('35-004-A/2026/1-0009').ok, false);
    assert.equal(parseCertificateNumber('35-004/2026/0009').ok, false);
  });
});

describe('queue tickets and passes', () => {
  it('maps letters to purposes (A hand in, B collect, C question, D complaint)', () => {
    assert.deepEqual(parseQueueTicket('A017'), { ok: true, value: { purpose: 'hand-in', seq: 17 } });
    assert.deepEqual(parseQueueTicket('b001'), { ok: true, value: { purpose: 'collect', seq: 1 } });
    assert.equal(formatQueueTicket({ purpose: 'complaint', seq: 999 }), 'D999');
    assert.equal(formatQueueTicket({ purpose: 'question', seq: 5 }), 'C005');
  });

  it('round-trips tickets', () => {
    const purpose = fc.constantFrom(...Object.values(QUEUE_PURPOSES));
    fc.assert(
      fc.property(purpose, fc.integer({ min: 1, max: 999 }), (p, s) => {
        const t = { purpose: p, seq: s };
        assert.deepEqual(parseQueueTicket(formatQueueTicket(t)), { ok: true, value: t });
      }),
    );
  });

  it('rejects bad tickets', () => {
    for (const bad of ['E017', 'A17', 'A0170', 'A000']) assert.equal(parseQueueTicket(bad).ok, false, bad);
    assert.throws(() => formatQueueTicket({ purpose: 'hand-in', seq: 1000 }), RangeError);
  });

  it('round-trips passes', () => {
    assert.equal(formatPassNumber(31), '0031');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (s) =>
        assert.deepEqual(parsePassNumber(formatPassNumber(s)), { ok: true, value: s }),
      ),
    );
    for (const bad of ['0000', '031', '00031', 'A031']) assert.equal(parsePassNumber(bad).ok, false, bad);
  });
});
