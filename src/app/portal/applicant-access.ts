// Issue 8 (track; §17 safety of the information): the one door through which an applicant — not a
// member of staff — reaches a case. Online: the tracking code and the private access code shown once
// on the confirmation page. A counter case: the tracking code printed on the receipt (§14) and the
// applicant's identity document number (IIN or passport). Nothing is told about a case without both:
// a wrong pair, an unknown code and a malformed one all answer the same null. Look-ups are counted per
// client address, and wrong answers per tracking code (guessing one case from many addresses pauses
// too); codes are compared in constant time against hashes. Used by the track page and by the
// complaints (to attach a case to an online complaint).
import {
  countedLookups,
  type CaseForLookup,
  type CountedLookup,
  type LookupRequest,
} from '../../db/applicant-lookup-store.js';
import { writeAccessLater } from '../../db/audit-trail.js';
import { GroupCommit } from '../../db/group-commit.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { parseTrackingCode } from '../../domain/identifiers/index.js';
import {
  hashSecret,
  matchesDocumentNumber,
  parseAccessCode,
  sameSecret,
} from '../../domain/portal/access-code.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';
import { countAddress, countFailure, keyOf, portalLimits, refuse } from './portal-limits.js';

export type ApplicantCredentials =
  { trackingCode: string; accessCode: string } | { trackingCode: string; documentNumber: string };

/** The case as its status page shows it (nothing of the application itself). */
export interface ApplicantCase extends Omit<CaseForLookup, 'accessCodeHash' | 'application'> {
  /** How the applicant proved it is theirs. */
  via: 'access_code' | 'document_number';
}

const LOOKUP = 'portal-lookup:';
const FAILURE = 'portal-failure:';

/** Look-ups sent together (db/group-commit.ts): up to 200 in one statement, two statements at a time,
 *  so that look-ups leave most of the pool to the other pages however many arrive at once. */
const BATCH = { maxBatch: 200, maxInFlight: 2 };

// One group per Deps: its look-ups share the clock and the limits the statement applies to all.
const groups = new WeakMap<Deps, GroupCommit<LookupRequest, CountedLookup>>();

function groupOf(deps: Deps): GroupCommit<LookupRequest, CountedLookup> {
  let group = groups.get(deps);
  if (!group) {
    group = new GroupCommit((requests) => {
      const limits = portalLimits(deps);
      return countedLookups(
        deps.database.db,
        {
          now: deps.now(),
          addressWindowMs: limits.lookupsPerAddress.windowSeconds * 1000,
          addressMax: limits.lookupsPerAddress.max,
          failureWindowMs: limits.failuresPerTrackingCode.windowSeconds * 1000,
          failureMax: limits.failuresPerTrackingCode.max,
          chainPrefix: officeChain('access', ''),
        },
        requests,
      );
    }, BATCH);
    groups.set(deps, group);
  }
  return group;
}

/**
 * The case the credentials open, or null. Throws DomainError RATE_LIMITED (with retryAfterSeconds)
 * when the client address has looked up too often or the tracking code has had too many wrong answers.
 * A draft is never found (it has no access code yet and nothing was handed in).
 */
export async function findCaseForApplicant(
  deps: Deps,
  origin: Origin,
  credentials: ApplicantCredentials,
): Promise<ApplicantCase | null> {
  const limits = portalLimits(deps);
  const tracking = parseTrackingCode(credentials.trackingCode ?? '');
  if (!tracking.ok) {
    await countAddress(deps, origin, LOOKUP, limits.lookupsPerAddress);
    return null;
  }
  const code = tracking.value;
  const db = deps.database.db;
  const via = 'accessCode' in credentials ? 'access_code' : 'document_number';
  const purpose = `applicant look-up (${via})`;
  const typedAccessCode = 'accessCode' in credentials ? parseAccessCode(credentials.accessCode ?? '') : null;
  // Hashed once, malformed or not (the same work either way), for the statement and the check below.
  const typedHash = hashSecret(typedAccessCode ?? '');
  // One statement, shared with the look-ups arriving at the same time: the address counted, the
  // code's wrong answers read, the case read and — with an access code that proves it — the read
  // logged (§17) for chaining later: look-ups come many at once, and each taking its office's chain
  // head in turn would make them wait on one another. The answer comes once that statement committed.
  const { address, failures, found, logged } = await groupOf(deps).submit({
    addressKey: await keyOf(db, LOOKUP, origin.ip ?? 'none'),
    failureKey: await keyOf(db, FAILURE, code),
    trackingCode: code,
    accessCodeHash: typedAccessCode ? typedHash : null,
    ip: origin.ip,
    requestId: origin.requestId,
    purpose,
  });
  if (address.hits > limits.lookupsPerAddress.max) refuse(address.resetInMs);
  if (failures.hits >= limits.failuresPerTrackingCode.max) refuse(failures.resetInMs);

  const ok =
    found !== null &&
    found.state !== 'draft' &&
    found.state !== 'discarded' &&
    proves(found, credentials, typedAccessCode, typedHash);
  if (!ok) {
    await countFailure(deps, FAILURE, code, limits.failuresPerTrackingCode);
    return null;
  }
  // A document number is matched here, not in the statement: its read is logged now (the same way).
  if (!logged)
    await writeAccessLater(
      db,
      officeChain('access', found.officeCode),
      actContext(null, origin, deps.now()),
      {
        recordType: 'case',
        recordId: found.caseId,
        purpose,
      },
    );
  const { accessCodeHash: _hash, application: _application, ...seen } = found;
  return { ...seen, via };
}

/** Whether the credentials prove the case: `typed` is the access code as parsed (null if malformed or
 *  none was given) and `typedHash` its hash (of '' when null). */
function proves(
  found: CaseForLookup,
  credentials: ApplicantCredentials,
  typed: string | null,
  typedHash: string,
): boolean {
  if ('accessCode' in credentials) {
    // An all-zero hash stands in for a missing one, so the comparison costs the same either way.
    const stored = found.accessCodeHash ?? '0'.repeat(64);
    return sameSecret(typedHash, stored) && typed !== null && found.accessCodeHash !== null;
  }
  return matchesDocumentNumber(credentials.documentNumber ?? '', documentNumbersOf(found.application));
}

interface PersonLike {
  iin?: unknown;
  identityDocument?: { number?: unknown };
}

/** The applicant's numbers as recorded: the missionary (annex 7) or the group's leader (annex 8), and
 *  a representative acting for them (§11, §15). */
export function documentNumbersOf(application: unknown): string[] {
  if (!application || typeof application !== 'object') return [];
  const a = application as {
    applicant?: PersonLike;
    leader?: PersonLike;
    representative?: { person?: PersonLike };
  };
  const numbers: string[] = [];
  for (const p of [a.applicant, a.leader, a.representative?.person]) {
    if (!p) continue;
    if (typeof p.iin === 'string') numbers.push(p.iin);
    if (typeof p.identityDocument?.number === 'string') numbers.push(p.identityDocument.number);
  }
  return numbers;
}
