import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import {
  COORDINATOR_SCOPE,
  type SmallWorld,
  scopeOf,
  seedSmallWorld,
  TEST_CTX,
} from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`incidents on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => store.close());

    const shots = (actorPartyIds: string[], description: string) => ({
      kind: 'shots' as const,
      occurredAt: '2020-12-11T06:00:00Z',
      timePrecision: 'hour' as const,
      place: { placeId: 'hadrut', latitude: 39.5, longitude: 47.0, precision: 'near' as const },
      shotType: 'small_arms' as const,
      casualties: { military_wounded: 2 },
      description,
      actorPartyIds,
      sources: ['post'],
    });

    it('shows an unpublished incident to the parties it concerns, each reading only its own claim', async () => {
      const { incidents } = store.repos;
      const am = scopeOf(world.liaisonAm);
      const az = scopeOf(world.liaisonAz);
      const id = await incidents.report(TEST_CTX, am, world.am.id, shots([], 'our claim'));
      expect(await incidents.findById(az, id)).toBeNull();
      expect(await incidents.findById(scopeOf(world.observer), id)).toBeNull();
      // Naming Azerbaijan as an actor in the finding brings its liaison in.
      await incidents.putAccount(TEST_CTX, COORDINATOR_SCOPE, id, null, shots([world.az.id], 'finding'));
      expect((await incidents.findById(az, id))?.partyIds.sort()).toEqual([world.am.id, world.az.id].sort());
      await incidents.putAccount(TEST_CTX, az, id, world.az.id, shots([world.am.id], 'their claim'));
      expect((await incidents.accounts(am, id)).map((a) => a.description)).toEqual(['our claim']);
      expect((await incidents.accounts(az, id)).map((a) => a.description)).toEqual(['their claim']);
      expect(await incidents.accounts(scopeOf(world.observer), id)).toEqual([]);
      await expect(incidents.putAccount(TEST_CTX, az, id, world.am.id, shots([], 'forged'))).rejects.toThrow(
        /liaison/,
      );
    });

    it('moves status only from the status it was read in, and publishes to every reader', async () => {
      const { incidents } = store.repos;
      const id = await incidents.report(TEST_CTX, COORDINATOR_SCOPE, null, shots([], 'monitor'));
      expect(await incidents.hasFinding(id)).toBe(true);
      const step = (
        from: 'reported' | 'under_review' | 'verified',
        to: 'under_review' | 'verified' | 'published',
      ) => incidents.changeStatus(TEST_CTX, id, { from, to, event: 'start_review', note: '' });
      expect(await step('reported', 'under_review')).toBe(true);
      expect(await step('reported', 'under_review')).toBe(false);
      expect(await step('under_review', 'verified')).toBe(true);
      expect(await step('verified', 'published')).toBe(true);
      const seen = await incidents.findById(scopeOf(world.observer), id);
      expect(seen?.publishedAt).not.toBeNull();
      expect((await incidents.accounts(scopeOf(world.observer), id)).map((a) => a.source)).toEqual([
        'monitor',
      ]);
      expect((await incidents.history(id)).map((h) => h.toStatus)).toEqual([
        'reported',
        'under_review',
        'verified',
        'published',
      ]);
      expect((await incidents.publishedFindings()).map((p) => p.incident.id)).toEqual([id]);
    });
  });
}
