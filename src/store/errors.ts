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
