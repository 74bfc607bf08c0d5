// The API described by itself: OpenAPI 3.1 built by @fastify/swagger from the routes' own schemas (the
// schemas that validate requests and serialize responses), served at GET /api/openapi.json. Only
// /api routes are described; the pages are not an API.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import Type from 'typebox';
import { ErrorJson } from '../schemas/error.js';
import { SESSION_COOKIE } from '../request-context.js';

const PACKAGE = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const OPENAPI_PATH = '/api/openapi.json';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'tirkeu',
        version: PACKAGE.version,
        description:
          'Registration and re-registration of missionaries and small religious groups. Staff sign in on the pages (the session cookie); every API write carries the x-csrf-token header (GET /api/v1/csrf) and, where stated, an Idempotency-Key. Every refusal has the shape of the Error schema.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
        schemas: { Error: ErrorJson },
      },
    },
    transform: ({ schema, url }) => ({
      schema: url.startsWith('/api/') ? schema : { ...schema, hide: true },
      url,
    }),
  });

  app.get(
    OPENAPI_PATH,
    {
      schema: {
        summary: 'This document',
        tags: ['meta'],
        response: {
          200: Type.Object({}, { additionalProperties: true, description: 'OpenAPI 3.1' }),
        },
      },
    },
    async () => app.swagger(),
  );
}
