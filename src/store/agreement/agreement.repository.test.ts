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
  describe(`agreements and events on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an agreement with its numbered provisions, readable by every role', async () => {
      const created = await store.repos.agreements.create(TEST_CTX, {
        code: 'ceasefire',
        title: { en: 'Ceasefire statement', ru: 'Заявление о прекращении огня' },
        signedOn: '2020-11-10',
        sourceNote: 'test',
        provisions: [
          { number: 2, text: { en: 'Second' }, responsiblePartyIds: [world.am.id] },
          { number: 1, text: { en: 'First', ru: 'Первый' }, responsiblePartyIds: [world.am.id, world.az.id] },
        ],
      });
      for (const reader of [world.liaisonAm, world.liaisonAz, world.observer, world.coordinator]) {
        const found = await store.repos.agreements.findById(scopeOf(reader), created.id);
        expect(found?.title.ru).toBe('Заявление о прекращении огня');
        expect(found?.provisions.map((p) => [p.number, p.text.en, p.status])).toEqual([
          [1, 'First', 'not_assessed'],
          [2, 'Second', 'not_assessed'],
        ]);
        expect(found?.provisions[0].responsiblePartyIds).toEqual([world.am.id, world.az.id]);
      }
      expect(await store.repos.agreements.list(scopeOf(world.observer))).toHaveLength(1);
      expect(await store.repos.agreements.findById(COORDINATOR_SCOPE, 'missing')).toBeNull();
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { entityType: 'agreement' });
      expect(items[0].summary).toEqual({ code: 'ceasefire', signedOn: '2020-11-10', provisions: 2 });
    });

    it('lists events in date order with their participants', async () => {
      await store.repos.events.create(TEST_CTX, {
        kind: 'meeting',
        date: '2021-01-30',
        title: { en: 'Working group' },
        place: 'Moscow',
        participants: ['A', 'B'],
        summary: { en: 'Met.' },
        sourceNote: 'test',
      });
      await store.repos.events.create(TEST_CTX, {
        kind: 'visit',
        date: '2020-12-12',
        endDate: '2020-12-14',
        title: { en: 'Visit' },
        place: 'Baku and Yerevan',
        participants: [],
        summary: { en: 'Visited.' },
        sourceNote: 'test',
      });
      const events = await store.repos.events.list(scopeOf(world.liaisonAz));
      expect(events.map((e) => [e.kind, e.date, e.endDate])).toEqual([
        ['visit', '2020-12-12', '2020-12-14'],
        ['meeting', '2021-01-30', null],
      ]);
      expect(events[1].participants).toEqual(['A', 'B']);
    });
  });
}
