// The API's request validator: strict where Fastify's default is lenient. No type coercion ("3" is not
// a version), no silent removal of unknown fields (they are refused), every error reported, and a
// discriminated union checked against the one branch its tag names. Errors come back as one
// VALIDATION_FAILED with a code per field, the field written as a dotted path into the body
// (`application.applicant.surname`), or the header's or parameter's name.
import { Ajv, type ErrorObject } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { DomainError } from '../../app/errors.js';

// ajv-formats is CommonJS: under native ESM its function arrives as the default export (once or twice).
const formats = ajvFormats as unknown as { default: FormatsPlugin & { default?: FormatsPlugin } };
const addFormats: FormatsPlugin = formats.default.default ?? formats.default;

const ajv = new Ajv({
  allErrors: true,
  coerceTypes: false,
  removeAdditional: false,
  useDefaults: false,
  discriminator: true,
  strictTypes: false,
});
addFormats(ajv);

/** The code of one schema error, in the words of the domain's field codes where they overlap. */
function codeOf(e: ErrorObject): string {
  switch (e.keyword) {
    case 'required':
      return 'REQUIRED';
    case 'additionalProperties':
      return 'UNKNOWN_FIELD';
    case 'type':
      return 'TYPE_INVALID';
    case 'maxLength':
    case 'maxItems':
      return 'TOO_LONG';
    case 'minLength':
      return 'REQUIRED';
    case 'minimum':
    case 'maximum':
    case 'minItems':
      return 'OUT_OF_RANGE';
    case 'enum':
    case 'const':
    case 'discriminator':
      return 'VALUE_NOT_ALLOWED';
    case 'format':
      return e.params.format === 'date' ? 'DATE_INVALID' : 'FORMAT_INVALID';
    case 'pattern':
      return 'FORMAT_INVALID';
    default:
      return 'INVALID';
  }
}

function fieldOf(e: ErrorObject, part: string): string {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') path.push(e.params.missingProperty as string);
  else if (e.keyword === 'additionalProperties') path.push(e.params.additionalProperty as string);
  else if (e.keyword === 'discriminator') path.push(e.params.tag as string);
  return path.length ? path.join('.') : part;
}

export function fieldErrorsOf(errors: readonly ErrorObject[], part: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) fields[fieldOf(e, part)] ??= codeOf(e);
  return fields;
}

export const validateRequest: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const check = ajv.compile(schema as object);
  return (data: unknown) =>
    check(data)
      ? { value: data }
      : {
          error: new DomainError('VALIDATION_FAILED', fieldErrorsOf(check.errors ?? [], httpPart ?? 'body')),
        };
};
