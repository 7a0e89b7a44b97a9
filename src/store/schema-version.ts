import type { Kysely } from 'kysely';
import { StoreUnavailableError } from './errors.js';
import { migrations } from './migrations/index.js';

/** Where a database's schema stands against the migrations this code bundles. */
export interface SchemaState {
  /** The migrations the database has had, in order. */
  applied: string[];
  /** The latest applied migration (the schema version), null for a database never migrated. */
  current: string | null;
  /** The latest migration this code knows: the version it needs. */
  latestKnown: string;
  /** Migrations this code has and the database has not yet had. */
  pending: string[];
  /** Migrations the database has had that this code does not know: it was made by a newer Parley. */
  unknown: string[];
}

const MIGRATION_TABLE = 'kysely_migration';

/** The migration names bundled with this code, in order. */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}

// biome-ignore lint/suspicious/noExplicitAny: reads the migration table of whatever schema is there
export async function readAppliedMigrations(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE && (t.schema === undefined || t.schema === 'public')))
    return [];
  const rows = await db.selectFrom(MIGRATION_TABLE).select('name').orderBy('name').execute();
  return rows.map((r: { name: string }) => r.name);
}

export function compareSchema(
  applied: readonly string[],
  known: readonly string[] = knownMigrations(),
): SchemaState {
  const appliedSet = new Set(applied);
  const knownSet = new Set(known);
  return {
    applied: [...applied],
    current: applied.at(-1) ?? null,
    latestKnown: known.at(-1) ?? '',
    pending: known.filter((name) => !appliedSet.has(name)),
    unknown: applied.filter((name) => !knownSet.has(name)),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: see readAppliedMigrations
export async function readSchemaState(db: Kysely<any>): Promise<SchemaState> {
  return compareSchema(await readAppliedMigrations(db));
}

/** The database was migrated by a newer Parley than this one: running on it could lose or misread data. */
export class SchemaNewerError extends StoreUnavailableError {
  readonly state: SchemaState;
  constructor(state: SchemaState) {
    const newest = state.unknown.at(-1);
    super(
      `The database's schema is newer than this Parley: it is at ${newest}, which this version does not know ` +
        `(this version goes up to ${state.latestKnown}). Run a Parley whose migrations include ${newest}.`,
    );
    this.name = 'SchemaNewerError';
    this.state = state;
  }
}

/** The database has migrations still to run and this instance was told not to run them. */
export class SchemaBehindError extends StoreUnavailableError {
  readonly state: SchemaState;
  constructor(state: SchemaState) {
    const count = state.pending.length;
    super(
      `The database's schema is at ${state.current ?? '(none)'}, this Parley needs ${state.latestKnown}: ` +
        `${count} migration${count === 1 ? '' : 's'} to apply. Run \`parley migrate\` first.`,
    );
    this.name = 'SchemaBehindError';
    this.state = state;
  }
}

/** Throws SchemaNewerError when the database knows migrations this code does not. */
export function assertNotNewer(state: SchemaState): void {
  if (state.unknown.length > 0) throw new SchemaNewerError(state);
}
