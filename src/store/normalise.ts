// The one place where the two dialects' JS types become the domain's: SQLite gives 0/1 for booleans,
// PostgreSQL gives counts (bigint) as strings; both store times as ISO 8601 UTC text and JSON as text.

export function toBoolean(value: number | boolean | string | null | undefined): boolean {
  return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}

export function fromBoolean(value: boolean): number {
  return value ? 1 : 0;
}

export function toCount(value: number | bigint | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`count out of range: ${String(value)}`);
  return n;
}

/** Times are stored as `YYYY-MM-DDTHH:mm:ss.sssZ`, which sorts and compares as text on both dialects. */
export function toStoredTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a time: ${String(value)}`);
  return date.toISOString();
}

export function toIsoTime(value: string | Date): string {
  return toStoredTime(value);
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function toJsonText(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJsonText<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}
