import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { caseInput } from './tracing.fixtures.js';

for (const dialect of testDialects()) {
  describe(`tracing cases on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => store.close());

    it("opens a case only for the liaison's own party, with its first history step and an audit entry", async () => {
      const cases = store.repos.tracingCases;
      const opened = await cases.open(
        ctxOf(world.liaisonAm),
        scopeOf(world.liaisonAm),
        world.am.id,
        caseInput(),
      );
      expect(opened).toMatchObject({ reference: 'TR-AM-00001', status: 'open', openedBy: 'liaison-am' });
      await expect(
        cases.open(ctxOf(world.liaisonAz), scopeOf(world.liaisonAz), world.am.id, caseInput()),
      ).rejects.toThrow(/liaison/);
      await expect(cases.open(TEST_CTX, COORDINATOR_SCOPE, world.am.id, caseInput())).rejects.toThrow(
        /liaison/,
      );
      expect((await cases.history(COORDINATOR_SCOPE, opened.id)).map((h) => [h.event, h.toStatus])).toEqual([
        ['opened', 'open'],
      ]);
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { entityType: 'tracing_case' });
      expect(items.map((i) => i.action)).toEqual(['tracing.case.open']);
    });

    it('keeps the PFIF notes a case was imported with and gives them back for its export', async () => {
      const cases = store.repos.tracingCases;
      const opened = await cases.open(
        ctxOf(world.liaisonAm),
        scopeOf(world.liaisonAm),
        world.am.id,
        caseInput(),
      );
      const other = await cases.open(
        ctxOf(world.liaisonAm),
        scopeOf(world.liaisonAm),
        world.am.id,
        caseInput(),
      );
      const notes = [
        {
          pfifNoteId: 'am.tracing.parley.example/x.n1',
          authorName: 'Լուսինե',
          text: 'Last called from Hadrut',
          status: 'information_sought',
          sourceDate: '2020-11-20T09:00:00Z',
        },
        {
          pfifNoteId: 'am.tracing.parley.example/x.n2',
          authorName: 'ICRC',
          text: 'Seen',
          status: null,
          sourceDate: '2020-12-01T10:00:00Z',
        },
      ];
      await cases.addNotes(opened.id, notes);
      expect(await cases.notes(opened.id)).toEqual(notes);
      expect(await cases.notes(other.id)).toEqual([]);

      // Read for an export in one pass: each case with its notes and its whole history, the history of a duplicate
      // merged into it included, as `history` gives it case by case.
      await cases.changeStatus(TEST_CTX, {
        caseId: other.id,
        from: 'open',
        to: 'closed',
        aliveState: null,
        event: 'close',
        reason: 'mergedInto',
        note: opened.reference,
        matchId: null,
        closeReason: 'merged_into_other_case',
        mergedIntoCaseId: opened.id,
      });
      const exported = await cases.withHistories([other.id, opened.id, 'no-such-case']);
      expect(exported.map((e) => e.tracingCase.id)).toEqual([other.id, opened.id]);
      expect(exported[1].notes).toEqual(notes);
      expect(exported[0].notes).toEqual([]);
      for (const { tracingCase, history } of exported)
        expect(history).toEqual(await cases.history(COORDINATOR_SCOPE, tracingCase.id));
      expect(exported[1].history.map((h) => h.caseId).sort()).toEqual([opened.id, other.id, other.id].sort());
    });

    it('shows the other party a shared case by its search fields only, and a kept case not at all', async () => {
      const cases = store.repos.tracingCases;
      const am = scopeOf(world.liaisonAm);
      const shared = await cases.open(ctxOf(world.liaisonAm), am, world.am.id, caseInput());
      const kept = await cases.open(
        ctxOf(world.liaisonAm),
        am,
        world.am.id,
        caseInput({ givenName: 'Կարեն' }, { sharingLevel: 'intermediary_only' }),
      );
      const az = scopeOf(world.liaisonAz);
      const seen = await cases.find(az, shared.id);
      expect(seen?.visibility).toBe('search_fields');
      expect(seen?.person.familyName).toBe('Պետրոսյան');
      expect(seen?.enquirer).toBeNull();
      expect(seen?.circumstances.note).toBeNull();
      expect(await cases.find(az, kept.id)).toBeNull();
      expect(await cases.history(az, kept.id)).toEqual([]);
      expect((await cases.list(az, { limit: 50, offset: 0 })).items.map((c) => c.id)).toEqual([shared.id]);
      expect((await cases.list(am, { limit: 50, offset: 0 })).total).toBe(2);
      expect((await cases.find(COORDINATOR_SCOPE, kept.id))?.enquirer?.relation).toBe('mother');
      expect(await cases.find(scopeOf(world.observer), shared.id)).toBeNull();
    });

    it('purges the cases past the expiry agreed with the family, leaving an audit entry that counts them', async () => {
      const cases = store.repos.tracingCases;
      const am = scopeOf(world.liaisonAm);
      const expiring = await cases.open(
        ctxOf(world.liaisonAm),
        am,
        world.am.id,
        caseInput({}, { expiresOn: '2021-01-31' }),
      );
      const kept = await cases.open(ctxOf(world.liaisonAm), am, world.am.id, caseInput({ givenName: 'Գոռ' }));
      expect(await cases.purgeExpired(TEST_CTX, '2021-01-31')).toBe(0);
      expect(await cases.purgeExpired(TEST_CTX, '2021-02-01')).toBe(1);
      expect(await cases.get(expiring.id)).toBeNull();
      expect(await cases.get(kept.id)).not.toBeNull();
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { entityType: 'tracing_case' });
      expect(items.find((i) => i.action === 'tracing.case.purge')?.summary).toMatchObject({ count: 1 });
    });

    it('writes a status step only from the status it was decided from, and counts statuses as of a day', async () => {
      const cases = store.repos.tracingCases;
      const am = scopeOf(world.liaisonAm);
      const c = await cases.open(ctxOf(world.liaisonAm), am, world.am.id, caseInput(), {
        at: '2020-11-01T10:00:00.000Z',
      });
      await cases.open(ctxOf(world.liaisonAm), am, world.am.id, caseInput({ givenName: 'Գոռ' }), {
        at: '2020-11-02T10:00:00.000Z',
      });
      const step = {
        caseId: c.id,
        from: 'open' as const,
        to: 'located_alive' as const,
        aliveState: 'held' as const,
        event: 'locate_alive' as const,
        reason: 'matchConfirmed',
        note: '',
        matchId: null,
        at: '2020-12-01T10:00:00.000Z',
      };
      await cases.changeStatus(TEST_CTX, step);
      await expect(cases.changeStatus(TEST_CTX, step)).rejects.toThrow(/changed meanwhile/);
      expect(await cases.countsByStatus('2020-11-15')).toMatchObject({ open: 2, located_alive: 0 });
      expect(await cases.countsByStatus('2020-12-01')).toMatchObject({ open: 1, located_alive: 1 });
      expect(await cases.countsByStatus('2020-10-31')).toMatchObject({ open: 0 });
      expect(await cases.countsByStatus('2020-12-01', world.az.id)).toMatchObject({
        open: 0,
        located_alive: 0,
      });
    });
  });
}
