import type { Passage, PassageBody } from '../../../../server/corridor/passages.schemas.js';
import { ApiError } from '../../../lib/api-client.js';

/** A passage as the form writes it: everything the server takes but the version it edits. */
export type PassageEntry = Omit<PassageBody, 'baseVersion'>;

/**
 * One passage on the device, under the idempotency key it keeps for life:
 * - `queued`: waiting for the link (a new entry, or an edit of the stored `baseVersion`);
 * - `sent`: the server holds it (`stored` is its answer);
 * - `conflict`: the entry was changed elsewhere meanwhile: `stored` is the server's, `entry` the device's, both shown
 *   until the officer keeps one;
 * - `rejected`: the server refused it (`problem` says why); kept on the device to correct or discard.
 */
export interface DevicePassage {
  key: string;
  userId: string;
  entry: PassageEntry;
  baseVersion: number | null;
  state: 'queued' | 'sent' | 'conflict' | 'rejected';
  stored: Passage | null;
  problem: string | null;
  savedAt: string;
}

/** Where the device keeps its passages (IndexedDB in the browser). */
export interface PassageQueueStore {
  list(userId: string): Promise<DevicePassage[]>;
  put(passage: DevicePassage): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Sends one passage under its key: the server's stored entry, or an `ApiError` (status 0 when there is no link). */
export type SendPassage = (key: string, body: PassageBody) => Promise<Passage>;

export interface SyncOutcome {
  sent: number;
  conflicts: number;
  rejected: number;
  /** Entries still waiting: no link, the session ended, or the server failed; they go at the next attempt. */
  waiting: number;
}

const oldestFirst = (a: DevicePassage, b: DevicePassage) => a.savedAt.localeCompare(b.savedAt);

/**
 * Sends every queued passage of `userId`, oldest first, each under its own idempotency key: a retry of an entry
 * whose answer was lost is answered with the stored one, so the log holds it once. The first send that finds no
 * link (or an ended session, or a failing server) stops the round; what is left waits for the next one.
 */
export async function syncPassages(
  store: PassageQueueStore,
  userId: string,
  send: SendPassage,
): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { sent: 0, conflicts: 0, rejected: 0, waiting: 0 };
  const queued = (await store.list(userId)).filter((p) => p.state === 'queued').sort(oldestFirst);
  for (const [index, passage] of queued.entries()) {
    try {
      const stored = await send(passage.key, { ...passage.entry, baseVersion: passage.baseVersion });
      await store.put({ ...passage, state: 'sent', stored, problem: null });
      outcome.sent += 1;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status >= 500) {
        outcome.waiting = queued.length - index;
        return outcome;
      }
      if (error.status === 409) {
        const current = (error.problem as { current?: Passage }).current ?? null;
        await store.put({ ...passage, state: 'conflict', stored: current, problem: error.message });
        outcome.conflicts += 1;
      } else {
        await store.put({ ...passage, state: 'rejected', problem: error.message });
        outcome.rejected += 1;
      }
    }
  }
  return outcome;
}

/** The officer keeps the device's version of a conflict: it goes again as an edit of the version stored now. */
export const keepDeviceVersion = (passage: DevicePassage): DevicePassage => ({
  ...passage,
  state: 'queued',
  baseVersion: passage.stored?.version ?? passage.baseVersion,
  problem: null,
});

/** The officer keeps the stored version of a conflict: the device's entry becomes the stored one. */
export const keepStoredVersion = (passage: DevicePassage): DevicePassage =>
  passage.stored === null
    ? passage
    : {
        ...passage,
        state: 'sent',
        entry: entryOf(passage.stored),
        baseVersion: passage.stored.version,
        problem: null,
      };

/** An edit of a passage on the device: queued as an edit of the version the server last answered. */
export const editPassage = (passage: DevicePassage, entry: PassageEntry, at: string): DevicePassage => ({
  ...passage,
  entry,
  state: 'queued',
  baseVersion: passage.stored?.version ?? passage.baseVersion,
  problem: null,
  savedAt: at,
});

export function entryOf(passage: Passage): PassageEntry {
  return {
    checkpointId: passage.checkpointId,
    movementId: passage.movementId,
    direction: passage.direction,
    timeIn: passage.timeIn,
    timeOut: passage.timeOut,
    vehicles: passage.vehicles,
    inspection: passage.inspection,
    remarks: passage.remarks,
  };
}
