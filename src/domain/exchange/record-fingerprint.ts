/**
 * A record's identity across list versions: its fields, canonically ordered. Two uploads of an unchanged record give
 * the same fingerprint, so a decision about it carries over; any change to a field makes it a new record to review.
 */
export function recordFingerprint(fields: Readonly<Record<string, string | null | undefined>>): string {
  const canonical = Object.keys(fields)
    .filter((key) => fields[key] !== undefined && fields[key] !== null && String(fields[key]).trim() !== '')
    .sort()
    .map((key) => [key, String(fields[key]).normalize('NFC').trim().replace(/\s+/g, ' ')]);
  return JSON.stringify(canonical);
}
