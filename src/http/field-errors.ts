import { translate, type Lang } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { FieldError } from '../views/components/form.js';

/** Per-field error codes of a DomainError, as localized messages for the form's error summary. */
export function fieldErrors(
  lang: Lang,
  fields: Record<string, string>,
  params: Record<string, string | number> = {},
): FieldError[] {
  return Object.entries(fields).map(([field, code]) => ({
    field,
    message: translate(lang, `field.${code}` as MessageKey, params),
  }));
}
