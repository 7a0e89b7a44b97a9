export type StoreErrorCode = 'conflict' | 'invalid' | 'not_found';

/** A write the store refuses, with the fields at fault; the server maps it to 409, 400 or 404. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly fields: { path: string; message: string }[];

  constructor(code: StoreErrorCode, message: string, fields: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.fields = fields;
  }
}

/** The database cannot be opened or reached; the message is one line meant for the operator. */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** A UNIQUE constraint refused the write (SQLite and PostgreSQL name it differently). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs a write, turning a race lost on a unique column into the same conflict a prior check reports. */
export async function conflictOnDuplicate<T>(
  path: string,
  message: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new StoreError('conflict', message, [{ path, message: 'already taken' }]);
    throw error;
  }
}
