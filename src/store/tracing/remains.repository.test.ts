import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { remainsCountsAsOf } from '../../domain/tracing/remains-counts.js';
import type { Store } from '../store.js';
import {
  COORDINATOR_SCOPE,
  ctxOf,
  type SmallWorld,
  scopeOf,
  seedSmallWorld,
  TEST_CTX,
} from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { caseInput, remainsInput } from './tracing.fixtures.js';

for (const dialect of testDialects()) {
  describe(`the remains register on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => store.close());

    it('registers remains for the liaison’s own party and shows them to the parties that recovered or hold them', async () => {
      const remains = store.repos.tracingRemains;
      const az = scopeOf(world.liaisonAz);
      const r = await remains.register(
        ctxOf(world.liaisonAz),
        az,
        world.az.id,
        world.az.id,
        remainsInput('R-1'),
      );
      await expect(
        remains.register(
          ctxOf(world.liaisonAm),
          scopeOf(world.liaisonAm),
          world.az.id,
          world.az.id,
          remainsInput('R-2'),
        ),
      ).rejects.toThrow(/liaison/);
      await expect(
        remains.register(TEST_CTX, COORDINATOR_SCOPE, world.az.id, world.az.id, remainsInput('R-1')),
      ).rejects.toThrow(/reference/);
      expect(await remains.find(scopeOf(world.liaisonAm), r.id)).toBeNull();
      await remains.handOver(TEST_CTX, r.id, world.am.id, '2020-11-25', null);
      expect((await remains.find(scopeOf(world.liaisonAm), r.id))?.heldByPartyId).toBe(world.am.id);
      expect((await remains.find(az, r.id))?.repatriatedOn).toBe('2020-11-25');
      expect(await remains.find(scopeOf(world.observer), r.id)).toBeNull();
      expect((await remains.list(scopeOf(world.observer), { limit: 10, offset: 0 })).total).toBe(0);
    });

    it('keeps every identification step, carries the latest, and counts by status and method as of a day', async () => {
      const remains = store.repos.tracingRemains;
      const c = await store.repos.tracingCases.open(
        ctxOf(world.liaisonAm),
        scopeOf(world.liaisonAm),
        world.am.id,
        caseInput(),
      );
      const r = await remains.register(
        TEST_CTX,
        COORDINATOR_SCOPE,
        world.az.id,
        world.am.id,
        remainsInput('R-1', { repatriatedOn: '2020-11-25' }),
      );
      await remains.register(
        TEST_CTX,
        COORDINATOR_SCOPE,
        world.az.id,
        world.am.id,
        remainsInput('R-2', { repatriatedOn: '2020-12-03' }),
      );
      await remains.identify(TEST_CTX, {
        remainsId: r.id,
        status: 'presumptive',
        method: 'documents',
        caseId: c.id,
        on: '2020-11-27',
        note: '',
      });
      await remains.identify(TEST_CTX, {
        remainsId: r.id,
        status: 'confirmed',
        method: 'dna',
        caseId: c.id,
        on: '2020-12-04',
        note: 'lab',
      });
      // Recorded late, for an earlier day: joins the history, does not overwrite the latest.
      await remains.identify(TEST_CTX, {
        remainsId: r.id,
        status: 'presumptive',
        method: 'visual',
        caseId: c.id,
        on: '2020-11-26',
        note: '',
      });
      const now = await remains.find(COORDINATOR_SCOPE, r.id);
      expect([now?.identification, now?.method, now?.caseId]).toEqual(['confirmed', 'dna', c.id]);
      expect((await remains.history(COORDINATOR_SCOPE, r.id)).map((h) => [h.on, h.status])).toEqual([
        ['2020-11-26', 'presumptive'],
        ['2020-11-27', 'presumptive'],
        ['2020-12-04', 'confirmed'],
      ]);
      const all = await remains.forCounts();
      expect(remainsCountsAsOf(all, '2020-11-30')).toMatchObject({
        repatriated: 1,
        awaitingIdentification: 1,
        presumptive: 1,
      });
      const fifth = remainsCountsAsOf(all, '2020-12-05');
      expect(fifth).toMatchObject({ repatriated: 2, awaitingIdentification: 1, identified: 1 });
      expect(fifth.identifiedBy.dna).toBe(1);
      expect((await remains.forCases([c.id])).map((x) => x.reference)).toEqual(['R-1']);
    });
  });
}
