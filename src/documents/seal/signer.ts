import crypto, { type KeyObject } from 'node:crypto';

// domain.md §6: the QR of a certificate or reference carries an integrity seal, made through this
// interface so that a qualified electronic signature (NCALayer) can stand behind it later. The seal
// is NOT that signature: it only lets anyone check, offline, that the printed key fields are the
// ones the office sealed.
export interface Signer {
  /** Names the key in every seal, so a checker picks the right public key after keys rotate. */
  readonly keyId: string;
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

/** The raw 32-byte Ed25519 public key, base64url: how the office publishes it. */
export function publicKeyToText(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    throw new TypeError('not an Ed25519 public key');
  return jwk.x;
}

export function publicKeyFromText(text: string): KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: text }, format: 'jwk' });
}

/** A short, stable name for a public key: «ed» and 8 characters of its SHA-256. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = Buffer.from(publicKeyToText(publicKey), 'base64url');
  return `ed${crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 8)}`;
}

export class Ed25519Signer implements Signer {
  readonly keyId: string;
  private readonly privateKey: KeyObject;

  constructor(privateKey: KeyObject, keyId?: string) {
    if (privateKey.asymmetricKeyType !== 'ed25519' || privateKey.type !== 'private')
      throw new TypeError('an Ed25519 private key is required');
    this.privateKey = privateKey;
    this.keyId = keyId ?? keyIdOf(crypto.createPublicKey(privateKey));
  }

  sign(bytes: Uint8Array): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(crypto.sign(null, bytes, this.privateKey)));
  }
}

export interface SealKeys {
  signer: Ed25519Signer;
  publicKey: KeyObject;
  keyId: string;
}

/** A fresh key pair (tests, samples, a new office key). */
export function generateSealKeys(): SealKeys {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const signer = new Ed25519Signer(privateKey);
  return { signer, publicKey, keyId: signer.keyId };
}
