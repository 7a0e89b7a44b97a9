import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../../server/corridor/passages.schemas.js';
import { ApiError } from '../../../lib/api-client.js';
import {
  type DevicePassage,
  editPassage,
  keepDeviceVersion,
  keepStoredVersion,
  type PassageEntry,
  type PassageQueueStore,
  type SendPassage,
  syncPassages,
} from './passage-sync.js';

/** The device's store, kept in memory as IndexedDB keeps it: one record per key. */
function deviceStore(): PassageQueueStore & { records: Map<string, DevicePassage> } {
  const records = new Map<string, DevicePassage>();
  return {
    records,
    list: async (userId) => [...records.values()].filter((p) => p.userId === userId),
    put: async (passage) => {
      records.set(passage.key, structuredClone(passage));
    },
    remove: async (key) => {
      records.delete(key);
    },
  };
}

/** The server's rule for a write under a key (`passageWrite` in src/domain/corridor/passage.ts, tested there). */
function passageWrite(stored: Passage | null, entry: PassageEntry, baseVersion: number | null) {
  if (stored === null) return { kind: 'create' as const };
  const same = (Object.keys(entry) as (keyof PassageEntry)[]).every(
    (field) => stored[field] === entry[field],
  );
  if (same) return { kind: 'same' as const };
  if (baseVersion === stored.version) return { kind: 'update' as const };
  return { kind: 'conflict' as const, current: stored };
}

/**
 * A checkpoint's log on the other end of a link that can be cut, or that can lose an answer after the entry was
 * stored.
 */
function server() {
  const log = new Map<string, Passage>();
  const link = { up: true, loseNextAnswer: false };
  const send: SendPassage = async (key, { baseVersion, ...entry }) => {
    if (!link.up) throw new ApiError({ status: 0, title: 'Network error' });
    const stored = log.get(key) ?? null;
    const write = passageWrite(stored, entry, baseVersion);
    if (write.kind === 'conflict') {
      const problem = { status: 409, title: 'Conflict', current: write.current };
      throw new ApiError(problem);
    }
    const now = '2021-01-20T09:00:00.000Z';
    const next: Passage =
      write.kind === 'same' && stored
        ? stored
        : {
            ...entry,
            id: stored?.id ?? `p-${log.size + 1}`,
            idempotencyKey: key,
            version: (stored?.version ?? 0) + 1,
            recordedBy: 'field-officer',
            recordedAt: stored?.recordedAt ?? now,
            updatedAt: now,
          };
    log.set(key, next);
    if (link.loseNextAnswer) {
      link.loseNextAnswer = false;
      throw new ApiError({ status: 0, title: 'Network error' });
    }
    return next;
  };
  return { log, link, send };
}

const entry = (remarks: string): PassageEntry => ({
  checkpointId: 'cp-1',
  movementId: null,
  direction: 'inbound',
  timeIn: '2021-01-20T08:00:00.000Z',
  timeOut: null,
  vehicles: 6,
  inspection: 'passed',
  remarks,
});

const queued = (key: string, remarks: string, savedAt: string): DevicePassage => ({
  key,
  userId: 'u-1',
  entry: entry(remarks),
  baseVersion: null,
  state: 'queued',
  stored: null,
  problem: null,
  savedAt,
});

describe('the passage queue of a device', () => {
  it('keeps entries while there is no link and sends each once when it returns, even after a lost answer', async () => {
    const device = deviceStore();
    const { log, link, send } = server();
    await device.put(queued('k-1', 'first', '2021-01-20T08:01:00Z'));
    await device.put(queued('k-2', 'second', '2021-01-20T08:02:00Z'));
    link.up = false;
    expect(await syncPassages(device, 'u-1', send)).toEqual({
      sent: 0,
      conflicts: 0,
      rejected: 0,
      waiting: 2,
    });
    expect([...device.records.values()].map((p) => p.state)).toEqual(['queued', 'queued']);

    link.up = true;
    link.loseNextAnswer = true;
    expect(await syncPassages(device, 'u-1', send)).toMatchObject({ sent: 0, waiting: 2 });
    expect(log.size).toBe(1);
    expect(await syncPassages(device, 'u-1', send)).toMatchObject({ sent: 2, waiting: 0 });
    expect([...log.values()].map((p) => [p.remarks, p.version])).toEqual([
      ['first', 1],
      ['second', 1],
    ]);
    expect(device.records.get('k-1')).toMatchObject({ state: 'sent', stored: { version: 1 } });
    // Nothing left to send: another round sends nothing.
    expect(await syncPassages(device, 'u-1', send)).toMatchObject({ sent: 0, waiting: 0 });
  });

  it('shows an edit that crossed another one as a conflict holding both, and sends the one kept', async () => {
    const device = deviceStore();
    const { log, send } = server();
    await device.put(queued('k-1', 'on the phone', '2021-01-20T08:01:00Z'));
    await syncPassages(device, 'u-1', send);
    // The same passage corrected on a tablet (version 2), then on the phone, which had read version 1.
    await send('k-1', { ...entry('on the tablet'), baseVersion: 1 });
    const sent = device.records.get('k-1') as DevicePassage;
    await device.put(editPassage(sent, { ...sent.entry, vehicles: 7 }, '2021-01-20T08:05:00Z'));
    expect(await syncPassages(device, 'u-1', send)).toMatchObject({ conflicts: 1 });
    const conflict = device.records.get('k-1') as DevicePassage;
    expect(conflict).toMatchObject({ state: 'conflict', entry: { vehicles: 7, remarks: 'on the phone' } });
    expect(conflict.stored).toMatchObject({ version: 2, remarks: 'on the tablet', vehicles: 6 });
    // Another round leaves the conflict to the officer: nothing is sent over either version.
    await syncPassages(device, 'u-1', send);
    expect(log.get('k-1')?.version).toBe(2);

    await device.put(keepDeviceVersion(conflict));
    await syncPassages(device, 'u-1', send);
    expect(log.get('k-1')).toMatchObject({ version: 3, vehicles: 7, remarks: 'on the phone' });
  });

  it('keeping the stored version makes it the device entry and sends nothing', async () => {
    const device = deviceStore();
    const { log, send } = server();
    await device.put(queued('k-1', 'on the phone', '2021-01-20T08:01:00Z'));
    await syncPassages(device, 'u-1', send);
    await send('k-1', { ...entry('on the tablet'), baseVersion: 1 });
    const sent = device.records.get('k-1') as DevicePassage;
    await device.put(editPassage(sent, { ...sent.entry, vehicles: 7 }, '2021-01-20T08:05:00Z'));
    await syncPassages(device, 'u-1', send);
    await device.put(keepStoredVersion(device.records.get('k-1') as DevicePassage));
    expect(await syncPassages(device, 'u-1', send)).toMatchObject({ sent: 0, conflicts: 0 });
    expect(device.records.get('k-1')).toMatchObject({ state: 'sent', entry: { remarks: 'on the tablet' } });
    expect(log.get('k-1')?.version).toBe(2);
  });

  it('keeps an entry the server refuses, with its reason, and sends the next ones', async () => {
    const device = deviceStore();
    const refusing: SendPassage = async (key, body) => {
      if (key === 'k-1')
        throw new ApiError({ status: 403, title: 'You log passages at your own checkpoint only' });
      return server().send(key, body);
    };
    await device.put(queued('k-1', 'elsewhere', '2021-01-20T08:01:00Z'));
    await device.put(queued('k-2', 'here', '2021-01-20T08:02:00Z'));
    expect(await syncPassages(device, 'u-1', refusing)).toMatchObject({ sent: 1, rejected: 1 });
    expect(device.records.get('k-1')).toMatchObject({
      state: 'rejected',
      problem: 'You log passages at your own checkpoint only',
      entry: { remarks: 'elsewhere' },
    });
  });

  it("sends only the signed-in officer's entries", async () => {
    const device = deviceStore();
    const { log, send } = server();
    await device.put({ ...queued('k-1', 'mine', '2021-01-20T08:01:00Z') });
    await device.put({ ...queued('k-2', 'a colleague’s', '2021-01-20T08:02:00Z'), userId: 'u-2' });
    await syncPassages(device, 'u-1', send);
    expect([...log.keys()]).toEqual(['k-1']);
    expect(device.records.get('k-2')?.state).toBe('queued');
  });
});
