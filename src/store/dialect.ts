export type DialectName = 'sqlite' | 'postgres';

export interface DialectInfo {
  name: DialectName;
  /** Where the data lives, without credentials: a file path or host:port/database. */
  location: string;
  /** PostgreSQL takes a transaction-scoped advisory lock to serialise audit appends across instances. */
  serialisesWithAdvisoryLock: boolean;
}
