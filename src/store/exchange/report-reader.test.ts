import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { AM_HELD, finishRun, importList, seedExchangeLists } from './reconciliation.test-fixtures.js';
import { openReportReader, type ReportReader, reportReaderTarget } from './report-reader.js';

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`the report reader and the report data version on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    let reader: ReportReader;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
      reader = openReportReader(reportReaderTarget(store.native));
    });
    afterEach(async () => {
      await reader.close();
      await store.close();
    });
    const version = () => reader.read((reads) => reads.dataVersion());

    it('reads what the store reads, on its own connection, under the same rules', async () => {
      const ctx = ctxOf(world.coordinator);
      const { runId } = await finishRun(store, ctx, [{ missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' }]);
      const am = scopeOf(world.liaisonAm);
      const own = () =>
        reader.read(async (reads) => {
          const selection = await reads.liveSelection(am, today());
          return selection && reads.inputs(selection);
        });
      expect(await own()).toBeNull();
      await store.repos.reconciliations.share(ctx, runId);
      const expected = await store.repos.discrepancyReports.liveInputs(am, today());
      expect(await own()).toEqual(expected?.input);
      const coordinator = await reader.read(async (reads) => {
        const selection = await reads.runSelection(COORDINATOR_SCOPE, runId);
        return selection && reads.inputs(selection);
      });
      expect(coordinator?.links).toHaveLength(1);
    });

    it('moves with every write the report reads, and not with a run heartbeat or progress', async () => {
      const ctx = ctxOf(world.coordinator);
      const seen = [await version()];
      const moved = async (what: string, write: () => Promise<unknown>) => {
        await write();
        const now = await version();
        expect(now, what).not.toBe(seen.at(-1));
        seen.push(now);
      };
      const { runId, pairIds } = await finishRun(store, ctx, [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      expect(await version(), 'a run finished').not.toBe(seen.at(-1));
      seen.push(await version());
      await moved('a decision', () =>
        store.repos.pairDecisions.decide(ctx, pairIds.get('Պետրոսյան Արամ') as string, {
          decision: 'rejected',
          note: '',
          version: 0,
        }),
      );
      await moved('a sharing', () => store.repos.reconciliations.share(ctx, runId));
      const liaison = { userId: world.liaisonAm.id, username: 'liaison-am', partyId: world.am.id };
      await moved('a list uploaded', () => importList(store, liaison, 'held', AM_HELD.slice(1)));

      const run = await store.repos.reconciliations.start(ctx);
      const claim = await store.repos.reconciliations.markRunning(run.id);
      const before = await version();
      await store.repos.reconciliations.heartbeat(run.id, claim!.token);
      await store.repos.reconciliations.setProgress(run.id, claim!.token, {
        done: 1,
        total: 2,
        phase: 'scoring',
      });
      expect(await version()).toBe(before);
      await moved('a failed run', () => store.repos.reconciliations.fail(run.id, 'stopped', claim!.token));
    });
  });
}
