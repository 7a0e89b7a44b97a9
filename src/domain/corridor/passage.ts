import type { InspectionResult } from './types.js';

export const PASSAGE_DIRECTIONS = ['inbound', 'outbound'] as const;
export type PassageDirection = (typeof PASSAGE_DIRECTIONS)[number];

/** What a field officer records of one passage through a checkpoint. */
export interface PassageEntry {
  checkpointId: string;
  movementId: string | null;
  direction: PassageDirection;
  timeIn: string;
  timeOut: string | null;
  vehicles: number;
  inspection: InspectionResult;
  remarks: string;
}

export interface StoredPassage extends PassageEntry {
  id: string;
  idempotencyKey: string;
  version: number;
  recordedBy: string;
  recordedAt: string;
  updatedAt: string;
}

export type PassageProblem = { field: keyof PassageEntry; reason: 'out_before_in' | 'not_a_count' };

export function passageProblems(entry: PassageEntry): PassageProblem[] {
  const problems: PassageProblem[] = [];
  if (entry.timeOut !== null && Date.parse(entry.timeOut) < Date.parse(entry.timeIn))
    problems.push({ field: 'timeOut', reason: 'out_before_in' });
  if (!Number.isInteger(entry.vehicles) || entry.vehicles < 0)
    problems.push({ field: 'vehicles', reason: 'not_a_count' });
  return problems;
}

const sameEntry = (a: PassageEntry, b: PassageEntry) =>
  a.checkpointId === b.checkpointId &&
  a.movementId === b.movementId &&
  a.direction === b.direction &&
  Date.parse(a.timeIn) === Date.parse(b.timeIn) &&
  (a.timeOut === null
    ? b.timeOut === null
    : b.timeOut !== null && Date.parse(a.timeOut) === Date.parse(b.timeOut)) &&
  a.vehicles === b.vehicles &&
  a.inspection === b.inspection &&
  a.remarks === b.remarks;

/**
 * What a passage sent with an idempotency key does (offline queues send again until they hear back):
 * - a key never seen: create it;
 * - the same entry again (a retry): nothing new, the stored one is the answer;
 * - an edit made on the version stored: update it;
 * - anything else (an edit on an older version, or another entry under a used key): a conflict, both kept to show.
 */
export function passageWrite(
  stored: StoredPassage | null,
  incoming: PassageEntry,
  baseVersion: number | null,
): { kind: 'create' } | { kind: 'same' } | { kind: 'update' } | { kind: 'conflict'; current: StoredPassage } {
  if (stored === null) return { kind: 'create' };
  if (sameEntry(stored, incoming)) return { kind: 'same' };
  if (baseVersion !== null && baseVersion === stored.version) return { kind: 'update' };
  return { kind: 'conflict', current: stored };
}
