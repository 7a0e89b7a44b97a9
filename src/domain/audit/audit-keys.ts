import { createHmac, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

/**
 * The audit chain's keys, all derived from one secret kept outside the database (PARLEY_AUDIT_KEY or the key file):
 * the HMAC key of the chain and the Ed25519 key that signs checkpoints. Every instance given the same secret has
 * the same keys, and the public key is what observers check checkpoints against.
 */
export interface AuditKeys {
  /** HMAC-SHA256 key of version 2 entries. */
  macKey: Buffer;
  signingKey: KeyObject;
  /** The Ed25519 public key, base64 of its raw 32 bytes. */
  publicKey: string;
}

// PKCS #8 wrapping of a raw Ed25519 seed (RFC 8410): the fixed prefix, then the 32 bytes.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function deriveAuditKeys(secret: string): AuditKeys {
  const material = Buffer.from(secret, 'utf8');
  const macKey = Buffer.from(hkdfSync('sha256', material, 'parley-audit', 'chain-mac', 32));
  const seed = Buffer.from(hkdfSync('sha256', material, 'parley-audit', 'checkpoint-ed25519', 32));
  const signingKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(signingKey).export({ format: 'der', type: 'spki' });
  return { macKey, signingKey, publicKey: spki.subarray(spki.length - 32).toString('base64') };
}

export function macHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}
