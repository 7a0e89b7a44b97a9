import { createPublicKey, sign, verify } from 'node:crypto';
import type { AuditKeys } from './audit-keys.js';
import { canonicalJson } from './hash-chain.js';
import type { AuditCheckpoint } from './types.js';

type CheckpointBody = Pick<AuditCheckpoint, 'seq' | 'hash' | 'at' | 'legacyUntil'>;

function message(body: CheckpointBody): Buffer {
  return Buffer.from(
    canonicalJson({ seq: body.seq, hash: body.hash, at: body.at, legacyUntil: body.legacyUntil }),
  );
}

export function signCheckpoint(body: CheckpointBody, keys: AuditKeys): AuditCheckpoint {
  return {
    seq: body.seq,
    hash: body.hash,
    at: body.at,
    legacyUntil: body.legacyUntil,
    publicKey: keys.publicKey,
    signature: sign(null, message(body), keys.signingKey).toString('base64'),
  };
}

/** True when the checkpoint was signed by the holder of `publicKey` (base64 of the raw Ed25519 key). */
export function checkpointSignatureHolds(checkpoint: AuditCheckpoint, publicKey: string): boolean {
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    });
    return verify(null, message(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Reads checkpoints from JSON as the API serves them: one checkpoint, an array, or `{ items }`. */
export function parseCheckpoints(json: unknown): AuditCheckpoint[] | null {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && 'items' in json && Array.isArray(json.items)
      ? json.items
      : [json];
  const valid = list.every(
    (c): c is AuditCheckpoint =>
      !!c &&
      typeof c === 'object' &&
      Number.isInteger(c.seq) &&
      typeof c.hash === 'string' &&
      typeof c.at === 'string' &&
      Number.isInteger(c.legacyUntil) &&
      typeof c.publicKey === 'string' &&
      typeof c.signature === 'string',
  );
  return valid ? (list as AuditCheckpoint[]) : null;
}
