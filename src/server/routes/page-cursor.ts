import { HttpProblem } from '../problem.js';

/**
 * Keyset paging: a page answers `next`, an opaque cursor (the sort key of its last row, as base64url JSON), and the
 * caller asks for the page after it with `?after=`. Deep pages cost what the first does, and rows written meanwhile
 * neither repeat nor go missing. The query and reply fields (`AfterQuery`, `NextCursor`) are in common.schemas.ts,
 * where the web may read their types.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor holds, read by `read` (null when its shape is not this route's); undefined without a
 * cursor. A cursor of another route or a made-up one is a 400 naming `after`.
 */
export function decodeCursor<T>(
  cursor: string | undefined,
  read: (key: unknown[]) => T | null,
): T | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const value = Array.isArray(key) ? read(key) : null;
  if (value === null) {
    throw new HttpProblem(400, 'The cursor is not one this route gave', {
      type: 'urn:parley:problem:invalid',
      errors: [
        { in: 'querystring', path: 'after', message: 'pass the `next` of the page before, as it came' },
      ],
    });
  }
  return value;
}
