import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const AUDIT_KEY_FILE = 'audit.key';
export const MIN_AUDIT_KEY_LENGTH = 32;

/**
 * The secret the audit chain's keys come from: PARLEY_AUDIT_KEY when configured, else the key file in the data
 * folder, made on first start (32 random bytes as hex, readable by its owner only). The database never holds it,
 * so whoever can rewrite the database cannot reseal the chain. Several instances must share one secret.
 */
export function readAuditSecret(opts: { auditKey?: string; dataDir?: string }): string {
  if (opts.auditKey !== undefined) {
    if (opts.auditKey.length < MIN_AUDIT_KEY_LENGTH)
      throw new Error(`PARLEY_AUDIT_KEY must be at least ${MIN_AUDIT_KEY_LENGTH} characters long`);
    return opts.auditKey;
  }
  const dir = path.resolve(opts.dataDir ?? './data');
  const file = path.join(dir, AUDIT_KEY_FILE);
  if (!existsSync(file)) {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_AUDIT_KEY_LENGTH)
    throw new Error(`the audit key file ${file} holds fewer than ${MIN_AUDIT_KEY_LENGTH} characters`);
  return secret;
}
