import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). The library's Algorithm is an ambient const enum,
// which verbatimModuleSyntax cannot import: 2 is its Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash so that an unknown username costs as long as a wrong password. */
export async function spendVerifyTime(password: string): Promise<void> {
  decoyHash ??= hashPassword('parley-decoy-password');
  await verifyPassword(await decoyHash, password);
}
