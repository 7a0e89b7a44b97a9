import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapFeatureInput } from '../../domain/corridor/geojson.js';
import type { Store } from '../store.js';
import { ctxOf, type SmallWorld, scopeOf, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

const post = (number: number, establishedOn: string | null): MapFeatureInput => ({
  layer: 'observation_post',
  names: { en: `Post ${number}`, ru: `Пост ${number}` },
  number,
  establishedOn,
  placeId: null,
  bandKm: null,
  geometry: { type: 'Point', coordinates: [46.5, 39.6] },
});

for (const dialect of testDialects()) {
  describe(`map layers in the store on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeAll(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterAll(async () => store.close());

    it('keeps features with their names and geometry, replaces a layer on request, counts posts by date', async () => {
      const layers = store.repos.mapLayers;
      const ctx = ctxOf(world.coordinator);
      await layers.importFeatures(
        ctx,
        [post(2, '2021-01-08'), post(1, '2021-01-08'), post(3, '2021-01-24')],
        {
          replaceLayers: false,
        },
      );
      const listed = await layers.list(scopeOf(world.liaisonAz), 'observation_post');
      expect(listed.map((f) => f.number)).toEqual([1, 2, 3]);
      expect(listed[0]).toMatchObject({
        names: { ru: 'Пост 1' },
        geometry: { type: 'Point', coordinates: [46.5, 39.6] },
      });
      expect(await layers.postsOn(scopeOf(world.observer), '2021-01-08')).toBe(2);
      expect(await layers.postsOn(scopeOf(world.observer), '2021-01-24')).toBe(3);
      await layers.importFeatures(ctx, [post(9, null)], { replaceLayers: true });
      expect((await layers.list(scopeOf(world.observer))).map((f) => f.number)).toEqual([9]);
    });
  });
}
