import type { AuditKeys } from '../domain/audit/audit-keys.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DialectInfo {
  name: DialectName;
  /** Where the data lives, without credentials: a file path or host:port/database. */
  location: string;
  /** PostgreSQL takes a transaction-scoped advisory lock to serialise audit appends across instances. */
  serialisesWithAdvisoryLock: boolean;
  /**
   * The audit chain's keys (from PARLEY_AUDIT_KEY or the data folder's key file, never from the database). They
   * travel with the dialect because every repository's appendAudit already receives it.
   */
  auditKeys: AuditKeys;
}
