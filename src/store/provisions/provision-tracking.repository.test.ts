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
  describe(`provision tracking on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    let provisionId: string;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
      const agreement = await store.repos.agreements.create(TEST_CTX, {
        code: 'statement',
        title: { en: 'Statement' },
        signedOn: '2020-11-10',
        sourceNote: 'test',
        provisions: [
          { number: 8, text: { en: 'Exchange' }, responsiblePartyIds: [world.am.id, world.az.id] },
        ],
      });
      provisionId = agreement.provisions[0].id;
    });
    afterEach(async () => store.close());

    it('keeps every assessment with its author, and the evidence given with it, in one audited write', async () => {
      const repo = store.repos.provisionTracking;
      await repo.recordAssessment(
        TEST_CTX,
        { provisionId, level: 1, effectiveOn: '2020-11-15', rationale: 'bodies' },
        [],
      );
      await repo.recordAssessment(
        TEST_CTX,
        { provisionId, level: 2, effectiveOn: '2020-12-14', rationale: 'exchange' },
        [{ kind: 'document', recordId: null, note: 'TASS' }],
      );
      const history = await repo.assessments([provisionId]);
      expect(history.map((a) => [a.level, a.effectiveOn, a.author])).toEqual([
        [1, '2020-11-15', 'test-operator'],
        [2, '2020-12-14', 'test-operator'],
      ]);
      const evidence = await repo.evidence(scopeOf(world.observer), provisionId);
      expect(evidence.map((e) => [e.kind, e.note, e.assessmentId])).toEqual([
        ['document', 'TASS', history[1].id],
      ]);
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { entityType: 'provision' });
      expect(items.map((i) => i.action)).toEqual(['provision.assess', 'provision.assess']);
    });

    it("writes a party's position only for the liaison's own party", async () => {
      const repo = store.repos.provisionTracking;
      const input = {
        provisionId,
        partyId: world.am.id,
        level: null,
        statement: 'Not all for all',
        statedOn: '2020-12-15',
      };
      await repo.statePosition(TEST_CTX, scopeOf(world.liaisonAm), input);
      await expect(repo.statePosition(TEST_CTX, scopeOf(world.liaisonAz), input)).rejects.toThrow(/liaison/);
      await expect(repo.statePosition(TEST_CTX, COORDINATOR_SCOPE, input)).rejects.toThrow(/liaison/);
      const positions = await repo.positions(scopeOf(world.liaisonAz), [provisionId]);
      expect(positions.map((p) => [p.partyId, p.statement])).toEqual([[world.am.id, 'Not all for all']]);
    });

    it('shows a link to an exchange only to readers of that exchange, with persons counted each way', async () => {
      const db = store.db;
      const at = '2020-12-14T12:00:00.000Z';
      await db
        .insertInto('exchange_event')
        .values({
          id: 'ev',
          date: '2020-12-14',
          place: 'Airfield',
          place_kind: 'airfield',
          created_by: 'c',
          created_at: at,
          completed_at: at,
        })
        .execute();
      await db
        .insertInto('exchange_event_party')
        .values({ event_id: 'ev', party_id: world.am.id, position: 0 })
        .execute();
      await db
        .insertInto('exchange_person')
        .values(
          ['p1', 'p2', 'p3'].map((id, i) => ({
            id,
            own_party_id: i < 2 ? world.am.id : world.az.id,
            holding_party_id: null,
            display_name: id,
            status: 'handed_over',
            missing_key: null,
            held_key: null,
            entry_ids: '[]',
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      await db
        .insertInto('exchange_event_person')
        .values([
          { event_id: 'ev', person_id: 'p1', from_party_id: world.az.id, to_party_id: world.am.id },
          { event_id: 'ev', person_id: 'p2', from_party_id: world.az.id, to_party_id: world.am.id },
          { event_id: 'ev', person_id: 'p3', from_party_id: world.am.id, to_party_id: world.az.id },
        ])
        .execute();
      const repo = store.repos.provisionTracking;
      const links = [{ kind: 'exchange_event' as const, recordId: 'ev', note: '' }];
      expect([...(await repo.existingRecords(links))]).toEqual(['exchange_event:ev']);
      await repo.addEvidence(TEST_CTX, provisionId, links);
      const seen = await repo.evidence(scopeOf(world.liaisonAm), provisionId);
      expect(seen[0].exchange?.personsTo).toEqual(
        [
          { partyId: world.am.id, count: 2 },
          { partyId: world.az.id, count: 1 },
        ].sort((a, b) => a.partyId.localeCompare(b.partyId)),
      );
      // Azerbaijan's liaison does not take part in this (test) exchange: the link stays hidden, and uncounted.
      expect(await repo.evidence(scopeOf(world.liaisonAz), provisionId)).toEqual([]);
      expect(
        (await repo.evidenceCounts(scopeOf(world.liaisonAz), [provisionId])).get(provisionId),
      ).toBeUndefined();
      expect((await repo.evidenceCounts(scopeOf(world.observer), [provisionId])).get(provisionId)).toBe(1);
    });
  });
}
