import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, type SmallWorld, seedSmallWorld, TEST_CTX } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`meetings on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    let provisionIds: string[];
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
      const agreement = await store.repos.agreements.create(TEST_CTX, {
        code: 'statement',
        title: { en: 'Statement' },
        signedOn: '2020-11-10',
        sourceNote: 'test',
        provisions: [8, 9].map((number) => ({
          number,
          text: { en: `Point ${number}` },
          responsiblePartyIds: [],
        })),
      });
      provisionIds = agreement.provisions.map((p) => p.id);
    });
    afterEach(async () => store.close());

    it('keeps topics and action items linked to provisions, and finds them from the provision', async () => {
      const { meetings } = store.repos;
      const id = await meetings.create(TEST_CTX, {
        kind: 'trilateral',
        title: { en: 'Moscow', ru: 'Москва' },
        startsAt: '2021-01-11T12:00:00.000Z',
        endsAt: null,
        placeId: null,
        placeName: 'Moscow',
        delegations: [{ name: 'A', role: 'B', partyId: world.am.id }],
        topicProvisionIds: [provisionIds[1], provisionIds[1]],
        outcome: 'Working group',
        statement: { en: 'Agreed', ru: 'Согласовано' },
      });
      const itemId = await meetings.addActionItem(TEST_CTX, {
        meetingId: id,
        description: 'First meeting',
        ownerPartyId: null,
        dueOn: '2021-01-30',
        provisionIds: [provisionIds[1]],
        status: 'open',
        doneOn: null,
      });
      await meetings.setActionItemStatus(TEST_CTX, itemId, {
        status: 'done',
        doneOn: '2021-01-30',
        note: 'Minutes of the working group',
        byPartyId: null,
      });
      expect((await meetings.findById(id))?.topicProvisionIds).toEqual([provisionIds[1]]);
      expect((await meetings.forProvision(provisionIds[1])).map((m) => m.statement?.ru)).toEqual([
        'Согласовано',
      ]);
      expect(await meetings.forProvision(provisionIds[0])).toEqual([]);
      const items = await meetings.actionItemsForProvisions([provisionIds[1]]);
      expect(items.map((i) => [i.description, i.status, i.doneOn])).toEqual([
        ['First meeting', 'done', '2021-01-30'],
      ]);
      // Its history: added open, then marked done with the note, each by whom.
      const history = (await meetings.actionItemHistory([itemId])).get(itemId) ?? [];
      expect(history.map((h) => [h.fromStatus, h.toStatus, h.doneOn, h.note, h.by])).toEqual([
        [null, 'open', null, '', TEST_CTX.actor.username],
        ['open', 'done', '2021-01-30', 'Minutes of the working group', TEST_CTX.actor.username],
      ]);
      expect([...(await meetings.existingProvisions([provisionIds[0], 'nope']))]).toEqual([provisionIds[0]]);
      const { items: audit } = await store.repos.audit.list(COORDINATOR_SCOPE, { entityType: 'meeting' });
      expect(audit.map((a) => a.action).sort()).toEqual([
        'meeting.action_item',
        'meeting.action_item_status',
        'meeting.create',
      ]);
    });
  });
}
