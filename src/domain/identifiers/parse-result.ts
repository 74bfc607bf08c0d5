// Parsers return a result with an error code instead of throwing: input comes from people
// (a clerk typing a number from paper, a citizen typing a tracking code), and the caller maps
// the code to a localized message.
export type ParseResult<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
