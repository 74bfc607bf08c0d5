// What each request carries through the HTTP layer: its language, its signed-in actor (if any), and
// the view context its pages render with.
import type { FastifyReply, FastifyRequest } from 'fastify';
// The plugins' type augmentations (request.cookies, reply.generateCsrf).
import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type { ComponentChildren } from 'preact';
import type { Actor } from '../app/actor.js';
import type { Deps } from '../app/deps.js';
import { DEFAULT_LANG, translator, type Lang } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { renderPage } from '../views/layout.js';
import type { ViewContext } from '../views/view-context.js';
import type { Origin } from '../app/act-context.js';
import { BoundedMemo } from '../app/bounded-memo.js';
import type { OrganisationRow } from '../db/accounts-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    /** The path after the language prefix, for the language switch. */
    pagePath: string;
    actor: Actor | null;
    /** The signed-in actor's organisation, every column, as their session was read with it. */
    actorOffice: OrganisationRow | null;
    sessionState: 'none' | 'expired' | 'live';
  }
  interface FastifyInstance {
    deps: Deps;
    isDemo: () => boolean;
  }
}

export const SESSION_COOKIE = 'tirkeu_session';
export const LANG_COOKIE = 'tirkeu_lang';

export function viewContext(req: FastifyRequest, reply: FastifyReply): ViewContext {
  const lang = req.lang ?? DEFAULT_LANG;
  return {
    lang,
    t: translator(lang),
    path: req.pagePath ?? '/',
    actor: req.actor ?? null,
    demo: req.server.isDemo(),
    // A request refused before the hooks ran (a URL that cannot be decoded) has no cookies parsed and
    // no session: its error page carries no form that needs a token.
    csrf: req.cookies ? reply.generateCsrf() : '',
  };
}

export function sendPage(
  req: FastifyRequest,
  reply: FastifyReply,
  title: MessageKey,
  body: (ctx: ViewContext) => ComponentChildren,
  status = 200,
): FastifyReply {
  const ctx = viewContext(req, reply);
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderPage(ctx, title, body(ctx)));
}

export function originOf(req: FastifyRequest): Origin {
  return { ip: clientAddress(req), requestId: req.id ?? null };
}

// Per server (tests build several, each with its own proxy settings): the client address for a
// connection's address and the X-Forwarded-For it sent, which is all Fastify's answer (req.ip, by
// proxy-addr and the server's trustProxy) depends on. Worked out afresh it parsed both addresses on
// each request: about a twentieth of the server's time per status look-up in the portal bench.
const addressMemos = new WeakMap<object, BoundedMemo<string>>();
const ADDRESSES_REMEMBERED = 10_000;

/** The client's address (req.ip) as the server's trustProxy setting takes it. */
export function clientAddress(req: FastifyRequest): string | null {
  const socketAddress = req.raw.socket?.remoteAddress;
  if (socketAddress === undefined) return req.ip ?? null;
  let memo = addressMemos.get(req.server);
  if (!memo) addressMemos.set(req.server, (memo = new BoundedMemo<string>(ADDRESSES_REMEMBERED)));
  const forwarded = req.headers['x-forwarded-for'] ?? '';
  return memo.getOr(`${socketAddress}\u0000${forwarded}`, () => req.ip ?? '') || null;
}
