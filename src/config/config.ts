// The validated environment: the only reader of process.env (docs/ARCHITECTURE.md). Every variable is
// documented in the README; a bad value stops the start with a message naming the variable.
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import path from 'node:path';

const Env = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('production'), Type.Literal('development'), Type.Literal('test')], {
    default: 'production',
  }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  /** A real PostgreSQL (postgres://…); when absent the embedded database in TIRKEU_DATA_DIR is used. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 500, default: 10 }),
  TIRKEU_DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  /** auto: demo data on an empty embedded database; off: never. A real PostgreSQL never gets demo data. */
  TIRKEU_DEMO: Type.Union([Type.Literal('auto'), Type.Literal('off')], { default: 'auto' }),
  /** Which hops to trust for the client address: false, true, a hop count, or addresses/CIDRs (comma-separated). */
  TRUST_PROXY: Type.String({
    default: 'false',
    pattern: '^(true|false|\\d+|[0-9a-fA-F.:/,\\s]+|loopback|linklocal|uniquelocal)$',
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  /** Append the JSON logs to this file instead of standard output. */
  LOG_FILE: Type.Optional(Type.String({ minLength: 1 })),
  /** The public address of the service (links in messages, QR codes); also decides Secure cookies. */
  PUBLIC_URL: Type.String({ pattern: '^https?://', default: 'http://localhost:3000' }),
  SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, maximum: 24 * 60, default: 60 }),
  SIGNIN_MAX_FAILURES: Type.Integer({ minimum: 1, maximum: 100, default: 5 }),
  SIGNIN_LOCKOUT_MINUTES: Type.Integer({ minimum: 1, maximum: 24 * 60, default: 15 }),
  /** Failed sign-ins one client address may make (to any accounts) within SIGNIN_LOCKOUT_MINUTES. */
  SIGNIN_ADDRESS_MAX_FAILURES: Type.Integer({ minimum: 1, maximum: 10_000, default: 20 }),
  /** The public check (pages and API together): requests per window and client address. */
  CHECK_RATE_LIMIT: Type.Integer({ minimum: 1, maximum: 100_000, default: 30 }),
  CHECK_RATE_WINDOW_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 60 }),
  /** in-process: the outbox worker runs inside the app; off: run `tirkeu worker` apart. */
  OUTBOX_WORKER: Type.Union([Type.Literal('in-process'), Type.Literal('off')], { default: 'in-process' }),
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 10_000 }),
  /** §11: the largest scan taken, in bytes (10 MiB). */
  SCAN_MAX_BYTES: Type.Integer({ minimum: 1024, maximum: 100 * 1024 * 1024, default: 10 * 1024 * 1024 }),
  /** §11: how many scans one case may hold. */
  SCAN_MAX_PER_CASE: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  /** Issue 8: the SMTP server for messages to applicants (smtp://… or smtps://…); absent: noted only. */
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  /** The From of those e-mails. */
  MAIL_FROM: Type.String({ minLength: 3, default: 'tirkeu <no-reply@localhost>' }),
  /** Issue 8: the HTTP SMS gateway (POST JSON { id, to, text }); absent: noted only. */
  SMS_GATEWAY_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
});
type Env = Static<typeof Env>;

export type TrustProxy = boolean | number | string[];

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string; poolMax: number } | { kind: 'embedded'; dataDir: string };
  demo: 'auto' | 'off';
  trustProxy: TrustProxy;
  logLevel: string;
  logFile: string | undefined;
  publicUrl: string;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  signIn: { maxFailures: number; lockoutMinutes: number; maxFailuresPerAddress: number };
  checkRateLimit: { max: number; windowSeconds: number };
  outboxWorker: 'in-process' | 'off';
  shutdownGraceMs: number;
  scans: ScanLimits;
  /** Issue 8: the channels of messages to applicants (undefined: a development stand-in notes them). */
  notify: { smtpUrl: string | undefined; mailFrom: string; smsGatewayUrl: string | undefined };
}

/** §11: the limits of the scans handed in (checked per file and per case). */
export interface ScanLimits {
  maxBytes: number;
  maxPerCase: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`configuration: ${variable} ${detail}`);
  }
}

const KEYS = Object.keys(Env.properties) as (keyof Env)[];

/** Parses the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const v = source[key];
    if (v !== undefined && v !== '') raw[key] = v.trim();
  }
  const value = Value.Convert(Env, Value.Default(Env, raw)) as Env;
  const first = Value.Errors(Env, value)[0];
  if (first) {
    const variable = first.instancePath.replace(/^\//, '') || 'environment';
    const shown = raw[variable] === undefined ? '(missing)' : JSON.stringify(raw[variable]);
    throw new ConfigError(variable, `is invalid: ${shown} ${first.message}`);
  }
  if (value.DATABASE_URL) {
    try {
      new URL(value.DATABASE_URL);
    } catch {
      throw new ConfigError(
        'DATABASE_URL',
        'is not a valid URL (expected postgres://user@host:port/database)',
      );
    }
  }
  return {
    env: value.NODE_ENV,
    port: value.PORT,
    host: value.HOST,
    database: value.DATABASE_URL
      ? { kind: 'postgres', url: value.DATABASE_URL, poolMax: value.DATABASE_POOL_MAX }
      : { kind: 'embedded', dataDir: path.resolve(value.TIRKEU_DATA_DIR) },
    demo: value.TIRKEU_DEMO,
    trustProxy: parseTrustProxy(value.TRUST_PROXY),
    logLevel: value.LOG_LEVEL,
    logFile: value.LOG_FILE,
    publicUrl: value.PUBLIC_URL.replace(/\/$/, ''),
    secureCookies: value.PUBLIC_URL.startsWith('https://'),
    sessionIdleMinutes: value.SESSION_IDLE_MINUTES,
    signIn: {
      maxFailures: value.SIGNIN_MAX_FAILURES,
      lockoutMinutes: value.SIGNIN_LOCKOUT_MINUTES,
      maxFailuresPerAddress: value.SIGNIN_ADDRESS_MAX_FAILURES,
    },
    checkRateLimit: { max: value.CHECK_RATE_LIMIT, windowSeconds: value.CHECK_RATE_WINDOW_SECONDS },
    outboxWorker: value.OUTBOX_WORKER,
    shutdownGraceMs: value.SHUTDOWN_GRACE_MS,
    scans: { maxBytes: value.SCAN_MAX_BYTES, maxPerCase: value.SCAN_MAX_PER_CASE },
    notify: { smtpUrl: value.SMTP_URL, mailFrom: value.MAIL_FROM, smsGatewayUrl: value.SMS_GATEWAY_URL },
  };
}

function parseTrustProxy(v: string): TrustProxy {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
