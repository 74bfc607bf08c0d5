// The HTTP composition: plugins (cookies, forms, security headers, CSRF, static files, metrics,
// errors), the session and language of each request, and the routes.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import csrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { Deps } from '../app/deps.js';
import { installationSecret } from '../db/installation-secret.js';
import { isDemo } from '../app/demo/seed-demo.js';
import { rememberingSigner } from './cookie-signer.js';
import { CSRF_COOKIE, csrfTokenOf, rememberAcceptedCsrf } from './csrf-check.js';
import { registerErrorHandling, sendError } from './plugins/error-handler.js';
import { isLang } from '../i18n/i18n.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerSessionAndLanguage } from './plugins/session.js';
import { staffTraffic } from './admission.js';
import { registerHealth } from './routes/health.js';
import { registerPublicPages } from './routes/public-pages.js';
import { registerPublicNotify } from './routes/public-notify.js';
import { registerStaffAuth } from './routes/staff-auth.js';
import { registerStaffPages } from './routes/staff-pages.js';
import { registerAdminAccounts } from './routes/admin-accounts.js';
import { registerOfficeSettings } from './routes/office-settings.js';
import { registerAdminCalendar } from './routes/admin-calendar.js';
import { registerOffices } from './routes/offices.js';
import { registerStaffCases } from './routes/staff-cases.js';
import { registerCaseIntake } from './routes/staff-cases-intake.js';
import { registerCaseCorrections } from './routes/staff-case-corrections.js';
import { registerCaseMove } from './routes/staff-cases-move.js';
import { registerJournal } from './routes/journal.js';
import { registerStaffDocuments } from './routes/staff-documents.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerApiCsrf } from './routes/api-csrf.js';
import { registerApiCases } from './routes/api-cases.js';
import { registerApiQueue } from './routes/api-queue.js';
import { registerQueueKiosk } from './routes/queue-kiosk.js';
import { registerQueueBoard } from './routes/queue-board.js';
import { registerQueueDesk } from './routes/queue-desk.js';
import { registerQueueSettings } from './routes/queue-settings.js';
import { registerQueueFigures } from './routes/queue-figures.js';
import { registerPasses } from './routes/passes.js';
import { registerPortalApply } from './routes/portal-apply.js';
import { registerPortalGuide } from './routes/portal-guide.js';
import { registerPortalTrack } from './routes/portal-track.js';
import { registerApiTrack } from './routes/api-track.js';
import { registerOnlineArrivals } from './routes/staff-online-arrivals.js';
import { registerPublicCheck } from './routes/public-check.js';
import { registerApiCaseFiles } from './routes/api-case-files.js';
import { registerStaffCaseFiles } from './routes/staff-case-files.js';
import { registerUploads } from './plugins/uploads.js';
import { errorForLog, withoutParams } from './error-for-log.js';
import { registerApiRegistry } from './routes/api-registry.js';
import { registerStaffRegistry } from './routes/staff-registry.js';
import { registerStaffRegistryDocuments } from './routes/staff-registry-documents.js';
import { registerStaffFigures } from './routes/staff-figures.js';
import { registerStaffComplaints } from './routes/staff-complaints.js';
import { registerStaffIndicators } from './routes/staff-indicators.js';
import { registerStaffIndicatorDashboard } from './routes/staff-indicator-dashboard.js';
import { registerPublicComplaints } from './routes/public-complaints.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface BuildAppOptions {
  config: Config;
  database: Database;
  deps: Deps;
  /** Overrides the logger (tests pass a stream to read the logs). */
  logger?: FastifyServerOptions['logger'];
  /** Told of every route as it is registered (the route matrix test lists them all). */
  onRoute?: (route: RouteOptions) => void;
}

export function loggerOptions(config: Pick<Config, 'logLevel' | 'logFile'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(config.logFile ? { file: config.logFile } : {}),
    // Logs never hold personal data (domain.md §8): no bodies, no query strings (a search may carry a
    // name), no cookies or credentials.
    serializers: {
      req: (req: { id: string; method: string; url: string; ip?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        ip: req.ip,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      // A failed query's parameters and key values stay out (error-for-log.ts).
      err: errorForLog,
    },
    // Fastify's own error logs use an error's message as the line's message: cut drizzle's
    // parameters from it too.
    hooks: {
      logMethod(args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? withoutParams(a) : a)),
        );
      },
    },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'headers.cookie'], remove: true },
  };
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database, deps } = opts;
  const app = Fastify({
    logger: opts.logger ?? loggerOptions(config),
    // A hop count is valid at run time (proxy-addr) though the type omits it.
    trustProxy: config.trustProxy as boolean | string | string[],
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    // A URL that cannot be decoded (invalid UTF-8 in a path segment) is refused like any bad input:
    // in the error envelope of the API or the error page, in the visitor's language.
    frameworkErrors: (error, req, reply) => {
      req.log.info({ code: error.code }, 'request refused');
      const prefix = req.url.split('/')[1];
      if (isLang(prefix)) req.lang = prefix;
      return sendError(req, reply, 'VALIDATION_FAILED');
    },
  });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  app.decorate('deps', deps);
  const demo = await isDemo(database.db);
  app.decorate('isDemo', () => demo);
  // Hooks that do not wait on anything take Fastify's callback form: no promise per request.
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    done(null, payload);
  });

  await app.register(cookie, { secret: rememberingSigner(await installationSecret(database.db)) });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  // §11 scans: forms and API writes with files (multipart); the urlencoded forms above are untouched.
  await registerUploads(app, config.scans);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    getToken: csrfTokenOf,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, signed: true },
  });
  rememberAcceptedCsrf(app);
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/static/',
    maxAge: '1h',
    decorateReply: false,
  });

  // Before the routes: the document is built from every route registered after it.
  await registerOpenApi(app);
  registerErrorHandling(app);
  registerMetrics(app, database);
  registerSessionAndLanguage(app, { secureCookies: config.secureCookies });
  // Issue 8, abuse: the signed-in staff's requests in flight, counted once the session is known, so
  // that the public application pages give way to them (http/admission.ts).
  const staff = staffTraffic();
  app.addHook('onRequest', staff.onRequest);
  registerHealth(app, database);
  registerPublicPages(app);
  registerPublicNotify(app);
  registerOffices(app);
  await registerPublicCheck(app, config.checkRateLimit);
  // Issue 8, the public portal: learn, apply online, track.
  registerPortalGuide(app);
  registerPortalApply(app, { secureCookies: config.secureCookies, staff });
  registerPortalTrack(app);
  await registerApiTrack(app);
  registerApiCsrf(app);
  await registerApiCases(app);
  await registerApiQueue(app);
  await registerApiCaseFiles(app);
  await registerApiRegistry(app);
  registerStaffAuth(app, {
    secureCookies: config.secureCookies,
    sessionIdleMinutes: config.sessionIdleMinutes,
  });
  registerStaffPages(app);
  registerAdminAccounts(app);
  registerOfficeSettings(app);
  registerAdminCalendar(app);
  registerCaseIntake(app);
  registerStaffCases(app);
  registerOnlineArrivals(app);
  registerCaseCorrections(app);
  registerStaffCaseFiles(app);
  registerCaseMove(app);
  registerJournal(app);
  // §9, §10, §7.2–7.4: the live queue (kiosk, board, desks, figures) and the one-time passes.
  registerQueueKiosk(app);
  registerQueueBoard(app);
  registerQueueDesk(app);
  registerQueueSettings(app, { publicUrl: config.publicUrl });
  registerQueueFigures(app);
  registerPasses(app);
  registerStaffDocuments(app);
  registerStaffRegistry(app);
  registerStaffRegistryDocuments(app);
  registerStaffFigures(app);
  // §20–25: complaints.
  registerStaffComplaints(app);
  registerStaffIndicators(app);
  registerStaffIndicatorDashboard(app);
  registerPublicComplaints(app);
  return app;
}
