import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import {
  AM_HELD,
  AM_MISSING,
  AZ_HELD,
  AZ_MISSING,
  importList,
  type LiaisonIdentity,
} from '../../src/store/exchange/reconciliation.test-fixtures.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface Run {
  id: string;
  status: string;
  progress: { done: number; total: number; phase: string };
  counts: { matched: number; review: number; unmatched: { partyId: string; kind: string; count: number }[] };
  sharedAt: string | null;
}
interface Side {
  partyId: string;
  displayName: string;
  fields: Record<string, string>;
}
interface ReviewItem {
  id: string;
  probability: number;
  missing: Side;
  held: Side;
  explanation: { terms: { comparison: string }[]; matchProbability: number } | null;
  decision: { decision: string; note: string; decidedBy: string; version: number } | null;
  version: number;
}

const RUNS = '/api/v1/exchange/reconciliations';
// Upper threshold high enough that the engine's less certain matches (a year-only or a different birth date)
// are sent to review while the exact ones are matched.
const STRICT = { thresholds: { upper: 0.99995, lower: 0.5 } };

async function runToEnd(app: App, coordinator: SignedIn, payload: object = {}): Promise<Run> {
  const started = await app.inject({ method: 'POST', url: RUNS, headers: as(coordinator), payload });
  expect(started.statusCode, started.body).toBe(202);
  expect(started.json().status).toBe('queued');
  for (let i = 0; i < 600; i++) {
    const res = await app.inject({
      method: 'GET',
      url: `${RUNS}/${started.json().id}`,
      headers: as(coordinator),
    });
    const run = res.json() as Run;
    if (run.status === 'done' || run.status === 'failed') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the reconciliation did not finish');
}

for (const dialect of testDialects()) {
  describe(`reconciliation on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    const liaisonAz = (): LiaisonIdentity => ({
      userId: az.userId,
      username: 'liaison-az',
      partyId: az.partyId!,
    });
    const review = async (runId: string, who = coordinator) =>
      t.app.inject({ method: 'GET', url: `${RUNS}/${runId}/review?limit=100&show=all`, headers: as(who) });
    const decide = (who: SignedIn, pairId: string, body: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/exchange/pairs/${pairId}/decision`,
        headers: as(who),
        payload: body,
      });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      const liaisonAm = { userId: am.userId, username: 'liaison-am', partyId: am.partyId! };
      await importList(t.store, liaisonAm, 'missing', AM_MISSING);
      await importList(t.store, liaisonAm, 'held', AM_HELD);
      await importList(t.store, liaisonAz(), 'missing', AZ_MISSING);
      await importList(t.store, liaisonAz(), 'held', AZ_HELD);
    }, 60_000);
    afterAll(async () => t?.close());

    it('a liaison can neither start a run nor see one before it is shared', async () => {
      const started = await t.app.inject({ method: 'POST', url: RUNS, headers: as(am), payload: {} });
      expect(started.statusCode).toBe(403);
      await runToEnd(t.app, coordinator);
      const seen = await t.app.inject({ method: 'GET', url: RUNS, headers: as(am) });
      expect(seen.statusCode).toBe(200);
      expect(seen.json().items).toEqual([]);
    }, 60_000);

    it('runs in the background to done, with each side unmatched counted', async () => {
      const run = await runToEnd(t.app, coordinator);
      expect(run.status).toBe('done');
      expect(run.progress.done).toBe(run.progress.total);
      // Each party claims one person the other does not hold, and holds one the other did not claim.
      const unmatched = Object.fromEntries(
        run.counts.unmatched.map((u) => [`${u.partyId}/${u.kind}`, u.count]),
      );
      expect(unmatched).toEqual({
        [`${am.partyId}/missing`]: 1,
        [`${az.partyId}/held`]: 1,
        [`${az.partyId}/missing`]: 1,
        [`${am.partyId}/held`]: 1,
      });
      expect(run.counts.matched + run.counts.review).toBe(AM_MISSING.length - 1 + AZ_MISSING.length - 1);
    }, 60_000);

    it('the review queue shows both entries as written with the explanation; a stale decision gets 409 and loses nothing', async () => {
      const run = await runToEnd(t.app, coordinator, STRICT);
      expect(run.counts.review).toBeGreaterThan(0);
      expect(run.counts.matched).toBeGreaterThan(0);
      const res = await review(run.id);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as ReviewItem[];
      expect(items.length).toBe(run.counts.review);
      const gevorg = items.find((i) => i.missing.fields.given_name === 'Գևորգ');
      expect(gevorg, JSON.stringify(items.map((i) => i.missing.displayName))).toBeDefined();
      expect(gevorg!.held.fields).toMatchObject({ family_name: 'Sarkisyan', birth_date: '2000' });
      expect(gevorg!.missing.partyId).toBe(am.partyId);
      expect(gevorg!.held.partyId).toBe(az.partyId);
      expect(gevorg!.explanation!.terms.length).toBeGreaterThan(0);
      expect(gevorg!.decision).toBeNull();
      expect(gevorg!.version).toBe(0);

      // Two coordinators read the pair at version 0; the first decides, the second is told who did.
      const other = await signIn(t.app, account(t, 'coordinator'));
      const first = await decide(coordinator, gevorg!.id, {
        decision: 'confirmed',
        note: 'same unit',
        version: 0,
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({
        decision: 'confirmed',
        note: 'same unit',
        decidedBy: 'coordinator',
        version: 1,
      });
      const second = await decide(other, gevorg!.id, { decision: 'rejected', note: 'too young', version: 0 });
      expect(second.statusCode).toBe(409);
      expect(second.headers['content-type']).toContain('application/problem+json');
      expect(second.json().detail).toContain('coordinator decided "confirmed"');
      expect(second.json().current).toMatchObject({ decision: 'confirmed', note: 'same unit', version: 1 });
      const after = ((await review(run.id)).json().items as ReviewItem[]).find((i) => i.id === gevorg!.id);
      expect(after?.decision).toMatchObject({ decision: 'confirmed', note: 'same unit' });
      // Having read it again, the second may change it.
      const third = await decide(other, gevorg!.id, {
        decision: 'unsure',
        note: 'ask at the visit',
        version: 1,
      });
      expect(third.statusCode).toBe(200);
      expect(third.json().version).toBe(2);
    }, 60_000);

    it('two coordinators deciding one pair at the same moment: one decision stands, the other is told', async () => {
      const run = await runToEnd(t.app, coordinator, STRICT);
      const items = (await review(run.id)).json().items as ReviewItem[];
      const undecided = items.find((i) => i.decision === null);
      expect(undecided).toBeDefined();
      const other = await signIn(t.app, account(t, 'coordinator'));
      const answers = await Promise.all([
        decide(coordinator, undecided!.id, { decision: 'confirmed', note: 'first', version: 0 }),
        decide(other, undecided!.id, { decision: 'rejected', note: 'second', version: 0 }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const won = answers.find((a) => a.statusCode === 200)!.json();
      const lost = answers.find((a) => a.statusCode === 409)!.json();
      expect(lost.current).toMatchObject({ decision: won.decision, note: won.note, version: 1 });
      const after = ((await review(run.id)).json().items as ReviewItem[]).find((i) => i.id === undecided!.id);
      expect(after?.decision).toMatchObject({ decision: won.decision, version: 1 });
      // Put it back to undecided-like for the next test: unsure keeps it in review.
      expect(
        (await decide(coordinator, undecided!.id, { decision: 'unsure', note: '', version: 1 })).statusCode,
      ).toBe(200);
    }, 60_000);

    it('decisions hold in the next run while both records are unchanged; a changed record is new to review', async () => {
      const run = await runToEnd(t.app, coordinator, STRICT);
      const items = (await review(run.id)).json().items as ReviewItem[];
      const gevorg = items.find((i) => i.missing.fields.given_name === 'Գևորգ')!;
      expect(gevorg.decision?.decision).toBe('unsure');
      const davit = items.find((i) => i.missing.fields.given_name === 'Դավիթ')!;
      const narek = items.find((i) => i.missing.fields.given_name === 'Նարեկ')!;
      expect(
        (await decide(coordinator, gevorg.id, { decision: 'confirmed', note: '', version: gevorg.version }))
          .statusCode,
      ).toBe(200);
      expect(
        (
          await decide(coordinator, davit.id, {
            decision: 'rejected',
            note: 'other father',
            version: davit.version,
          })
        ).statusCode,
      ).toBe(200);

      // Azerbaijan uploads a new held list: Narek's birth date corrected, everyone else unchanged.
      await importList(
        t.store,
        liaisonAz(),
        'held',
        AZ_HELD.map(([f, g, b]) => (g === 'Narek' ? [f, g, '1996-04-05'] : [f, g, b])),
      );
      const next = await runToEnd(t.app, coordinator, STRICT);
      const nextItems = (await review(next.id)).json().items as ReviewItem[];
      expect(nextItems.find((i) => i.missing.fields.given_name === 'Գևորգ')).toBeUndefined();
      expect(nextItems.find((i) => i.missing.fields.given_name === 'Դավիթ')).toBeUndefined();
      const pairs = await t.store.db
        .selectFrom('reconciliation_pair')
        .innerJoin('exchange_list_entry', 'exchange_list_entry.id', 'reconciliation_pair.held_entry_id')
        .select(['class', 'display_name'])
        .where('reconciliation_id', '=', next.id)
        .execute();
      expect(pairs.find((p) => p.display_name === 'Sarkisyan Gevorg')?.class).toBe('matched');
      expect(pairs.find((p) => p.display_name === 'Martirosyan Davit')).toBeUndefined();
      const newNarek = nextItems.find((i) => i.missing.fields.given_name === 'Նարեկ');
      if (newNarek) {
        expect(newNarek.held.fields.birth_date).toBe('1996-04-05');
        expect(newNarek.decision).toBeNull();
        expect(newNarek.id).not.toBe(narek.id);
      } else {
        expect(pairs.find((p) => p.display_name === 'Avetisyan Narek')?.class).toBe('matched');
      }
    }, 60_000);

    it("shared with the liaisons, a run is theirs to read; the review queue stays the coordinator's", async () => {
      const run = await runToEnd(t.app, coordinator);
      const early = await t.app.inject({ method: 'GET', url: `${RUNS}/${run.id}`, headers: as(az) });
      expect(early.statusCode).toBe(404);
      const shared = await t.app.inject({
        method: 'POST',
        url: `${RUNS}/${run.id}/share`,
        headers: as(coordinator),
      });
      expect(shared.statusCode, shared.body).toBe(200);
      expect(shared.json().sharedAt).not.toBeNull();
      const seen = await t.app.inject({ method: 'GET', url: `${RUNS}/${run.id}`, headers: as(az) });
      expect(seen.statusCode).toBe(200);
      // The run itself, not its counts: those name the other party's lists too (its results are its own side).
      expect(seen.json().counts).toBeNull();
      expect((await review(run.id, az)).statusCode).toBe(403);
      const audit = await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?entityId=${run.id}`,
        headers: as(coordinator),
      });
      expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining([
          'exchange.reconciliation.start',
          'exchange.reconciliation.done',
          'exchange.reconciliation.share',
        ]),
      );
    }, 60_000);
  });
}

describe.skipIf(!testDialects().includes('sqlite'))('in-process queue after a restart', () => {
  it('a run the last process queued or started is marked failed, saying to start it again', async () => {
    const t = await startTestApp('sqlite', { jobs: { work: false } });
    try {
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const started = await t.app.inject({
        method: 'POST',
        url: RUNS,
        headers: as(coordinator),
        payload: {},
      });
      expect(started.json().status).toBe('queued');
      const restarted = await buildApp({ store: t.store });
      try {
        const res = await restarted.inject({
          method: 'GET',
          url: `${RUNS}/${started.json().id}`,
          headers: as(coordinator),
        });
        expect(res.json()).toMatchObject({
          status: 'failed',
          error: expect.stringContaining('start it again'),
        });
      } finally {
        await restarted.close();
      }
    } finally {
      await t.close();
    }
  }, 60_000);
});
