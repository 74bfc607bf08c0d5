// Failures of the storage under the service rather than of the request: PostgreSQL down or restarting,
// the embedded database's disk full or turned read-only. A request that meets one gets a clear,
// localized "try again later" (http/plugins/error-handler.tsx) instead of the generic unexpected
// error — nothing it sent was stored, and what was stored before stays (the transaction rolled back).
//
// Errors arrive wrapped (drizzle's DrizzleQueryError carries the driver's error as `cause`), so the
// whole cause chain is read: a Node socket error code, a PostgreSQL SQLSTATE, or, where the engine
// gives only a message (the embedded engine's file errors), the operating system's words.

export type StorageFault = 'unreachable' | 'disk-full' | 'read-only';

/** Socket errors of a connection to a database that is down, restarting or unreachable. */
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTCONN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs (PostgreSQL, appendix A): class 08 connection exceptions; 57P01–57P03 a server shutting
 * down, crashed or still starting; 53100 disk full; 25006 a read-only transaction (a standby, or
 * default_transaction_read_only).
 */
function faultOfSqlState(state: string): StorageFault | null {
  if (state.startsWith('08') || state === '57P01' || state === '57P02' || state === '57P03')
    return 'unreachable';
  if (state === '53100') return 'disk-full';
  if (state === '25006') return 'read-only';
  return null;
}

/** node-postgres's own messages for a connection that broke or never came (no code on them). */
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed/i;

function faultOfOne(e: unknown): StorageFault | null {
  if (typeof e !== 'object' || e === null) return null;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (UNREACHABLE_SOCKET_CODES.has(code)) return 'unreachable';
    if (code === 'ENOSPC') return 'disk-full';
    if (code === 'EROFS') return 'read-only';
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const fault = faultOfSqlState(code);
      if (fault) return fault;
    }
  }
  if (typeof message === 'string') {
    // The file errors of the embedded engine come as a message with the system's strerror in it,
    // e.g. 'could not extend file "base/5/17306": No space left on device'.
    if (/No space left on device/i.test(message)) return 'disk-full';
    if (/Read-only file system/i.test(message)) return 'read-only';
    if (UNREACHABLE_MESSAGES.test(message)) return 'unreachable';
  }
  return null;
}

/** The storage fault behind an error, looking through its causes; null when it is something else. */
export function storageFaultOf(error: unknown): StorageFault | null {
  let e: unknown = error;
  for (let depth = 0; depth < 8 && e; depth++) {
    const fault = faultOfOne(e);
    if (fault) return fault;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * What of a storage error may be logged: the driver's own message and code, never the failed query's
 * parameters (drizzle's message repeats them, and they hold personal data, standard §17).
 */
export function describeStorageError(error: unknown): { code?: string; message: string } {
  let e: unknown = error;
  for (let depth = 0; depth < 8 && e; depth++) {
    const cause = (e as { cause?: unknown }).cause;
    if (!cause) break;
    e = cause;
  }
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    message: typeof message === 'string' ? message.split('\nparams:')[0]!.slice(0, 300) : String(e),
  };
}
