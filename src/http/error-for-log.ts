// How an error is written to the logs: its kind, message, code, stack and causes — never the values
// a failed query carried. drizzle's DrizzleQueryError repeats its parameters in its message (and so in
// its stack) and keeps them as `params`; PostgreSQL's `detail` names the values of a violated key
// ("Key (iin)=(…) already exists"). Those are personal data (standard §17, domain.md §8), and logs
// must hold none, whatever the failure.

export type LoggedError = {
  type: string;
  message: string;
  code?: string;
  /** PostgreSQL's names of what failed (no values): constraint, table, column, routine. */
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  /** Empty when the thrown value had none. */
  stack: string;
  cause?: LoggedError;
};

const PARAMS = /\nparams:[^]*$/;
const MAX_DEPTH = 5;

/** A message without what drizzle appends after it: the failed query's parameters. */
export function withoutParams(message: string): string {
  return message.replace(PARAMS, '');
}

/** The stack's own lines ("    at …") under the scrubbed first line. */
function scrubStack(stack: string, type: string, message: string): string {
  const frames = stack.indexOf('\n    at ');
  return `${type}: ${message}${frames >= 0 ? stack.slice(frames) : ''}`;
}

export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null))
    return { type: typeof error, message: withoutParams(String(error)), stack: '' };
  const e = error as Error & Record<string, unknown>;
  const type = typeof e.name === 'string' ? e.name : (e.constructor?.name ?? 'Error');
  const message = withoutParams(typeof e.message === 'string' ? e.message : '');
  const stack = typeof e.stack === 'string' ? scrubStack(e.stack, type, message) : '';
  const out: LoggedError = { type, message, stack };
  for (const key of ['code', 'constraint', 'table', 'column', 'routine'] as const)
    if (typeof e[key] === 'string') out[key] = e[key];
  if (e.cause !== undefined && depth < MAX_DEPTH) out.cause = errorForLog(e.cause, depth + 1);
  return out;
}
