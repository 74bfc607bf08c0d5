// The signer of the signed cookies (the CSRF secret): @fastify/cookie's own, with the answers of its
// check remembered for the last cookies seen (app/bounded-memo.ts). A visitor sends the same signed
// cookie with every request of their visit, and each check was an HMAC object made and collected
// again — about a tenth of the server's time per status look-up. Signing is left as it is (rare).
// Remembering is safe: the answer depends on the cookie's text and the installation's key alone, and
// a text never seen is checked as before.
import { Signer, type UnsignResult } from '@fastify/cookie';
import { BoundedMemo } from '../app/bounded-memo.js';

const REMEMBERED = 10_000;

export function rememberingSigner(secret: string): {
  sign: (value: string) => string;
  unsign: (signed: string) => UnsignResult;
} {
  const signer = new Signer(secret);
  const checked = new BoundedMemo<UnsignResult>(REMEMBERED, (signed) => Object.freeze(signer.unsign(signed)));
  return {
    sign: (value) => signer.sign(value),
    unsign: (signed) => checked.get(signed),
  };
}
