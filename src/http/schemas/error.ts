// The one shape of every API refusal (docs/ARCHITECTURE.md: errors carry codes): the code, a message
// in the request's language, per-field codes for bad input, and facts for the client such as the
// actions allowed instead of a refused one.
import Type from 'typebox';
import { ERROR_CODES } from '../../app/errors.js';

export const ErrorJson = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(ERROR_CODES),
      message: Type.String({ description: "In the request's language." }),
      fields: Type.Record(Type.String(), Type.String(), {
        description: 'Bad input: the field (a dotted path into the body, or a header) → its error code.',
      }),
      details: Type.Optional(
        Type.Record(Type.String(), Type.Unknown(), {
          description:
            'Facts for the client, e.g. `allowed` (the actions the case allows now) with a refused case action, or `version` (the current one) with CASE_CHANGED.',
        }),
      ),
    }),
  },
  { description: 'A refusal.' },
);

const MEANING: Record<number, string> = {
  400: 'VALIDATION_FAILED: bad input, per field.',
  401: 'NOT_SIGNED_IN or SESSION_EXPIRED: no live staff session.',
  403: 'FORBIDDEN (the role or the organisation may not) or CSRF_FAILED.',
  404: 'NOT_FOUND, also for a record of an office the session may not read: nothing tells it exists.',
  409: 'A conflict with the current state (see the code).',
  413: 'PAYLOAD_TOO_LARGE.',
  429: 'RATE_LIMITED: too many requests from this address; Retry-After says when to try again.',
};

/** The documented refusals of a route, by status. */
export function refusals(...statuses: (keyof typeof MEANING)[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, Type.Object(ErrorJson.properties, { description: MEANING[s] })]),
  ) as Record<number, typeof ErrorJson>;
}
