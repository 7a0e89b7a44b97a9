import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetentionPolicy } from '../../domain/retention/policy.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, seedSmallWorld, TEST_CTX } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
const POLICY: RetentionPolicy = { uploadsDays: 1, sessionsDays: 7, supersededListVersionsDays: 30 };

/** Uploads, sign-in records and four versions of one list, old and new. */
async function seedAged(store: Store, partyId: string): Promise<void> {
  const upload = (id: string, createdDaysAgo: number) => ({
    id,
    party_id: partyId,
    uploaded_by_user_id: null,
    uploaded_by: 'liaison-am',
    file_name: `${id}.csv`,
    headers: '["full_name"]',
    rows: '[{"row":2,"values":["Armen Petrosyan"]}]',
    created_at: daysAgo(createdDaysAgo),
    expires_at: daysAgo(createdDaysAgo - 1),
  });
  await store.db
    .insertInto('exchange_upload')
    .values([upload('old-upload', 3), upload('new-upload', 0.1)])
    .execute();
  await store.db
    .insertInto('login_attempt')
    .values([
      { id: 'old-attempt', username: 'liaison-am', ip: null, succeeded: 0, at: daysAgo(8) },
      { id: 'new-attempt', username: 'liaison-am', ip: null, succeeded: 1, at: daysAgo(2) },
    ])
    .execute();
  await store.db
    .insertInto('exchange_list')
    .values({ id: 'list', party_id: partyId, kind: 'held', created_at: daysAgo(100) })
    .execute();
  // v1 superseded 60 days ago (due); v2 superseded 40 days ago but a person points to a row of it (kept);
  // v3 superseded yesterday (not yet due); v4 is the latest.
  const uploaded = [100, 60, 40, 1];
  for (const [i, age] of uploaded.entries()) {
    const version = `v${i + 1}`;
    await store.db
      .insertInto('exchange_list_version')
      .values({
        id: version,
        list_id: 'list',
        number: i + 1,
        uploaded_at: daysAgo(age),
        uploaded_by_user_id: null,
        uploaded_by: 'liaison-am',
        file_name: `${version}.csv`,
        mapping: '{}',
        entry_count: 2,
      })
      .execute();
    await store.db
      .insertInto('exchange_list_entry')
      .values(
        [1, 2].map((row) => ({
          id: `${version}-e${row}`,
          version_id: version,
          row_number: row + 1,
          fields: '{"full_name":"Armen Petrosyan"}',
          display_name: `Armen Petrosyan ${version}`,
          fingerprint: `f${row}`,
          extras: '{}',
        })),
      )
      .execute();
  }
  await store.db
    .insertInto('exchange_person')
    .values({
      id: 'person',
      own_party_id: partyId,
      holding_party_id: null,
      display_name: 'Armen Petrosyan',
      status: 'missing',
      missing_key: null,
      held_key: null,
      entry_ids: '["v2-e1"]',
      created_at: daysAgo(40),
      updated_at: daysAgo(40),
    })
    .execute();
}

const ids = async (store: Store, table: 'exchange_upload' | 'login_attempt' | 'exchange_list_version') =>
  (await store.db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);

for (const dialect of testDialects()) {
  describe(`retention on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      const world = await seedSmallWorld(store);
      await seedAged(store, world.am.id);
    });
    afterEach(async () => {
      await store.close();
    });

    it('reports what is due without removing anything (dry run)', async () => {
      const auditBefore = (await store.repos.audit.list(COORDINATOR_SCOPE)).total;
      const report = await store.repos.retention.dryRun(POLICY, NOW);
      expect(report.counts).toEqual({ uploads: 1, loginAttempts: 1, listVersions: 1, listEntries: 2 });
      expect(await ids(store, 'exchange_list_version')).toEqual(['v1', 'v2', 'v3', 'v4']);
      expect(await ids(store, 'exchange_upload')).toEqual(['new-upload', 'old-upload']);
      expect((await store.repos.audit.list(COORDINATOR_SCOPE)).total).toBe(auditBefore);
    });

    it('purges what is due and leaves one audit entry with counts, not names; then nothing is due', async () => {
      const report = await store.repos.retention.purge(TEST_CTX, POLICY, NOW);
      expect(report.counts).toEqual({ uploads: 1, loginAttempts: 1, listVersions: 1, listEntries: 2 });
      expect(await ids(store, 'exchange_upload')).toEqual(['new-upload']);
      expect(await ids(store, 'login_attempt')).toEqual(['new-attempt']);
      expect(await ids(store, 'exchange_list_version')).toEqual(['v2', 'v3', 'v4']);
      const entries = await store.db
        .selectFrom('exchange_list_entry')
        .select('id')
        .where('version_id', '=', 'v1')
        .execute();
      expect(entries).toEqual([]);

      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { action: 'retention.purge' });
      expect(items).toHaveLength(1);
      expect(items[0].summary.removed).toEqual({
        uploads: 1,
        loginAttempts: 1,
        listVersions: 1,
        listEntries: 2,
      });
      expect(items[0].summary.policy).toEqual({ ...POLICY });
      expect(JSON.stringify(items[0].summary)).not.toMatch(/Petrosyan|old-upload|v1\.csv/);
      expect(await store.repos.audit.verifyChain()).toMatchObject({ ok: true });

      const again = await store.repos.retention.purge(TEST_CTX, POLICY, NOW);
      expect(again.counts).toEqual({ uploads: 0, loginAttempts: 0, listVersions: 0, listEntries: 0 });
      expect((await store.repos.audit.list(COORDINATOR_SCOPE, { action: 'retention.purge' })).total).toBe(1);
    });

    it('keeps every list version when no period is set for them', async () => {
      const report = await store.repos.retention.purge(
        TEST_CTX,
        { ...POLICY, supersededListVersionsDays: null },
        NOW,
      );
      expect(report.counts.listVersions).toBe(0);
      expect(await ids(store, 'exchange_list_version')).toEqual(['v1', 'v2', 'v3', 'v4']);
    });
  });
}
