// Which errors are the storage's fault: read through drizzle's wrapping to the driver's error.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeStorageError, storageFaultOf } from './storage-faults.js';

const wrapped = (cause: unknown) =>
  Object.assign(new Error('Failed query: select 1\nparams: 870412300123,Мюллер'), { cause });

it('finds the fault behind a wrapped driver error', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  assert.equal(storageFaultOf(wrapped(refused)), 'unreachable');
  assert.equal(storageFaultOf(wrapped(new Error('Connection terminated unexpectedly'))), 'unreachable');
  assert.equal(
    storageFaultOf(wrapped(Object.assign(new Error('terminating connection'), { code: '57P01' }))),
    'unreachable',
  );
  assert.equal(
    storageFaultOf(wrapped({ message: 'could not extend file "base/5/17306": No space left on device' })),
    'disk-full',
  );
  assert.equal(storageFaultOf(Object.assign(new Error('disk full'), { code: '53100' })), 'disk-full');
  assert.equal(
    storageFaultOf(
      wrapped(
        Object.assign(new Error('could not write to log file "0001": Read-only file system'), {
          code: '42501',
        }),
      ),
    ),
    'read-only',
  );
});

it('leaves every other error alone', () => {
  assert.equal(storageFaultOf(wrapped(Object.assign(new Error('duplicate key'), { code: '23505' }))), null);
  assert.equal(storageFaultOf(new Error('permission denied for table cases')), null);
  assert.equal(storageFaultOf(null), null);
  assert.equal(storageFaultOf('ECONNREFUSED'), null);
});

it('describes the driver error without the query parameters (personal data)', () => {
  const d = describeStorageError(
    wrapped(Object.assign(new Error('No space left on device'), { code: '53100' })),
  );
  assert.deepEqual(d, { code: '53100', message: 'No space left on device' });
  assert.doesNotMatch(JSON.stringify(describeStorageError(new Error('x\nparams: 870412300123'))), /8704/);
});
