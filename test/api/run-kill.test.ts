import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import {
  AM_HELD,
  AM_MISSING,
  AZ_HELD,
  AZ_MISSING,
  importList,
} from '../../src/store/exchange/reconciliation.test-fixtures.js';
import { loadDemo, openStore, type Store, SYSTEM_SCOPE, type WriteContext } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../../src/store/testing/test-store.js';
import { as, type SignedIn, signIn } from './api-harness.js';

// Issue 8, point 5: a reconciliation killed (SIGKILL) in any phase leaves nothing of itself served, no person
// without history, and a later run brings the state to what one clean run gives. The job runs for real in a child
// process (engine in worker threads, writes in batches of 2 rows so that each saving phase has many) that stops at
// the phase asked for; the test kills it there and restarts the server on the same database. On SQLite the
// restart fails the run and clears what it wrote; on PostgreSQL the restarted instance takes the run over once its
// heartbeat is stale (point 6).

const CHILD = fileURLToPath(new URL('./support/run-job.child.ts', import.meta.url));
const RUNS = '/api/v1/exchange/reconciliations';
const PHASES = ['matching', 'saving pairs', 'saving persons', 'counts'] as const;
const BATCH_ROWS = 2;
const STALE_MS = 8_000;

interface World {
  database: TestDatabase;
  store: Store;
  coordinator: { username: string; password: string };
  ctx: WriteContext;
}

/** A fresh database with the demo's parties and accounts, and the small lists of the store's fixtures. */
async function world(dialect: string): Promise<World> {
  const database = await createTestDatabase(dialect);
  const store = await openStore({ ...database.target, migrate: true });
  const demo = await loadDemo(store);
  const users = await store.repos.users.list(SYSTEM_SCOPE);
  const liaison = (code: 'AM' | 'AZ') => {
    const username = demo.accounts.find((a) => a.role === 'liaison' && a.partyCode === code)!.username;
    const user = users.find((u) => u.username === username)!;
    return { userId: user.id, username, partyId: user.partyId! };
  };
  await importList(store, liaison('AM'), 'missing', AM_MISSING);
  await importList(store, liaison('AM'), 'held', AM_HELD);
  await importList(store, liaison('AZ'), 'missing', AZ_MISSING);
  await importList(store, liaison('AZ'), 'held', AZ_HELD);
  const coordinator = demo.accounts.find((a) => a.role === 'coordinator')!;
  const user = users.find((u) => u.username === coordinator.username)!;
  return {
    database,
    store,
    coordinator,
    ctx: { actor: { userId: user.id, username: user.username, via: 'api' } },
  };
}

const get = (app: App, who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: as(who) });

async function waitForRun(app: App, who: SignedIn, id: string, until: (status: string) => boolean) {
  for (let i = 0; i < 600; i++) {
    const run = (await get(app, who, `${RUNS}/${id}`)).json() as { status: string; error: string | null };
    if (until(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${id} did not get there`);
}

/** Every person as the coordinator sees them, by name, status and the parties' codes (ids differ per database). */
async function personsSeen(app: App, who: SignedIn, store: Store): Promise<string[]> {
  const parties = await store.repos.parties.list(SYSTEM_SCOPE);
  const code = (id: string | null) => parties.find((p) => p.id === id)?.code ?? '-';
  const items: { displayName: string; status: string; ownPartyId: string; holdingPartyId: string | null }[] =
    [];
  let next: string | null = null;
  do {
    const page = (
      await get(
        app,
        who,
        `/api/v1/exchange/persons?limit=500${next ? `&after=${encodeURIComponent(next)}` : ''}`,
      )
    ).json() as { items: typeof items; next?: string | null };
    items.push(...page.items);
    next = page.next ?? null;
  } while (next);
  return items
    .map((p) => `${p.displayName}|${p.status}|${code(p.ownPartyId)}|${code(p.holdingPartyId)}`)
    .sort();
}

/** Facts no reader should ever meet: persons without history, staged rows left over, pairs of unfinished runs. */
async function leftovers(store: Store) {
  const db = store.db;
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n);
  return {
    personsWithoutHistory: await count(
      db
        .selectFrom('exchange_person')
        .select((eb) => eb.fn.countAll().as('n'))
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('person_status_change')
                .select('person_status_change.id')
                .whereRef('person_status_change.person_id', '=', 'exchange_person.id'),
            ),
          ),
        ),
    ),
    staged:
      (await count(db.selectFrom('reconciliation_person_stage').select((eb) => eb.fn.countAll().as('n')))) +
      (await count(db.selectFrom('reconciliation_history_stage').select((eb) => eb.fn.countAll().as('n')))),
    pairsOfUnfinishedRuns: await count(
      db
        .selectFrom('reconciliation_pair')
        .innerJoin('reconciliation', 'reconciliation.id', 'reconciliation_pair.reconciliation_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('reconciliation.status', '!=', 'done'),
    ),
  };
}

/** Runs the job in a child process until it stops at `phase`; answers the child, still alive, and what it said. */
async function runUntil(
  w: World,
  runId: string,
  phase: string,
  extraEnv: Record<string, string> = {},
): Promise<{ child: ChildProcess; said: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    RUN_ID: runId,
    ACTOR: JSON.stringify(w.ctx.actor),
    STOP_AT: phase,
    BATCH_ROWS: String(BATCH_ROWS),
    PARLEY_AUDIT_KEY: w.database.target.auditKey,
  };
  delete env.DATABASE_URL;
  delete env.PARLEY_DATA_DIR;
  if (w.database.target.databaseUrl) env.DATABASE_URL = w.database.target.databaseUrl;
  if (w.database.target.dataDir) env.PARLEY_DATA_DIR = w.database.target.dataDir;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const said = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the job never stopped at ${phase}: ${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const line = /stopped at [^\n]+/.exec(output);
      if (line) {
        clearTimeout(timer);
        resolve(line[0]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the job exited (${code}) before ${phase}: ${output}`));
    });
  });
  return { child, said };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

for (const dialect of testDialects()) {
  describe(`a reconciliation killed mid-run on ${dialect}`, () => {
    let reference: string[];

    beforeAll(async () => {
      // What one clean run over the same lists makes of the persons.
      const w = await world(dialect);
      const app = await buildApp({ store: w.store });
      try {
        const coordinator = await signIn(app, w.coordinator);
        const started = await app.inject({
          method: 'POST',
          url: RUNS,
          headers: as(coordinator),
          payload: {},
        });
        const run = await waitForRun(
          app,
          coordinator,
          started.json().id,
          (s) => s === 'done' || s === 'failed',
        );
        expect(run.status).toBe('done');
        reference = await personsSeen(app, coordinator, w.store);
        expect(reference.length).toBeGreaterThan(10);
      } finally {
        await app.close();
        await w.store.close();
        await w.database.drop();
      }
    }, 120_000);

    for (const phase of PHASES) {
      it(`killed while ${phase}: nothing of it served after the restart, and a later run repairs`, async () => {
        const w = await world(dialect);
        let app: App | undefined;
        try {
          const run = await w.store.repos.reconciliations.start(w.ctx);
          const { child, said } = await runUntil(w, run.id, phase);
          // The kill comes with the phase's writes half done (a saving phase: some batches committed, not all).
          const written = await w.store.db
            .selectFrom('reconciliation_pair')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('reconciliation_id', '=', run.id)
            .executeTakeFirstOrThrow();
          if (phase !== 'matching') expect(Number(written.n), said).toBeGreaterThan(0);
          else expect(Number(written.n)).toBe(0);
          if (phase === 'saving persons' || phase === 'counts') {
            expect((await leftovers(w.store)).staged, said).toBeGreaterThan(0);
          }
          await kill(child);

          app = await buildApp({
            store: w.store,
            jobs: { runStaleAfterMs: STALE_MS, runBatchRows: BATCH_ROWS },
          });
          const coordinator = await signIn(app, w.coordinator);
          const before = await personsSeen(app, coordinator, w.store);
          // The past exchange's persons only: nothing the killed run wrote is served.
          expect(before.length).toBeLessThan(reference.length);
          expect((await leftovers(w.store)).personsWithoutHistory).toBe(0);
          const killed = (await get(app, coordinator, `${RUNS}/${run.id}`)).json();
          const review = await get(app, coordinator, `${RUNS}/${run.id}/review?limit=100`);
          if (dialect === 'sqlite') {
            // One process: the restart fails the run, says why, and clears what it wrote.
            expect(killed).toMatchObject({
              status: 'failed',
              error: expect.stringContaining('start it again'),
            });
            expect(review.statusCode).toBe(409);
            expect(await leftovers(w.store)).toEqual({
              personsWithoutHistory: 0,
              staged: 0,
              pairsOfUnfinishedRuns: 0,
            });
          } else {
            // A shared database: the killed worker's heartbeat goes stale and the restarted instance takes over.
            expect(killed.status).toBe('running');
            expect(review.statusCode).toBe(409);
            const resumed = await waitForRun(app, coordinator, run.id, (s) => s === 'done' || s === 'failed');
            expect(resumed).toMatchObject({ status: 'done', error: null });
            expect(await personsSeen(app, coordinator, w.store)).toEqual(reference);
          }

          const later = await app.inject({
            method: 'POST',
            url: RUNS,
            headers: as(coordinator),
            payload: {},
          });
          expect(later.statusCode, later.body).toBe(202);
          const done = await waitForRun(
            app,
            coordinator,
            later.json().id,
            (s) => s === 'done' || s === 'failed',
          );
          expect(done.status).toBe('done');
          expect(await personsSeen(app, coordinator, w.store)).toEqual(reference);
          expect(await leftovers(w.store)).toEqual({
            personsWithoutHistory: 0,
            staged: 0,
            pairsOfUnfinishedRuns: 0,
          });
          const laterReview = await get(app, coordinator, `${RUNS}/${later.json().id}/review?limit=100`);
          expect(laterReview.statusCode).toBe(200);
        } finally {
          await app?.close();
          await w.store.close();
          await w.database.drop();
        }
      }, 180_000);
    }
  });
}

// A run that takes its instance down every time (say, out of memory) is not started over forever: each claim counts,
// and once taken over `maxTakeovers` times, a run whose worker went silent again is failed, saying why.
for (const dialect of testDialects()) {
  describe(`a reconciliation that keeps killing its worker on ${dialect}`, () => {
    const TAKEOVER_STALE_MS = 1_500;
    const MAX_TAKEOVERS = 1;
    const takeover = { STALE_MS: String(TAKEOVER_STALE_MS), MAX_TAKEOVERS: String(MAX_TAKEOVERS) };
    const staleWait = () => new Promise((resolve) => setTimeout(resolve, TAKEOVER_STALE_MS + 300));

    it('is taken over as many times as allowed, then failed with why instead of started again', async () => {
      const w = await world(dialect);
      let app: App | undefined;
      try {
        const run = await w.store.repos.reconciliations.start(w.ctx);
        const attempts = async () =>
          (
            await w.store.db
              .selectFrom('reconciliation')
              .select(['attempts', 'status'])
              .where('id', '=', run.id)
              .executeTakeFirstOrThrow()
          ).attempts;
        // Its first worker dies mid-run; another takes the stale run over (allowed once) and dies too.
        await kill((await runUntil(w, run.id, 'saving pairs', takeover)).child);
        expect(Number(await attempts())).toBe(1);
        await staleWait();
        await kill((await runUntil(w, run.id, 'saving pairs', takeover)).child);
        expect(Number(await attempts())).toBe(2);
        await staleWait();

        if (dialect === 'postgres') {
          // The instance still up finds the stale run and queues it again: its job fails the run instead.
          app = await buildApp({
            store: w.store,
            jobs: {
              runStaleAfterMs: TAKEOVER_STALE_MS,
              runMaxTakeovers: MAX_TAKEOVERS,
              runBatchRows: BATCH_ROWS,
            },
          });
        } else {
          // SQLite: a worker asked to take the stale run over (the same job, another process) fails it instead.
          const { said } = await runUntil(w, run.id, 'never', takeover).catch((error: Error) => ({
            said: error.message,
          }));
          expect(said).toContain('finished');
          app = await buildApp({ store: w.store, jobs: { work: false } });
        }
        const coordinator = await signIn(app, w.coordinator);
        const failed = await waitForRun(app, coordinator, run.id, (s) => s === 'done' || s === 'failed');
        expect(failed).toMatchObject({
          status: 'failed',
          error: expect.stringContaining(
            'started 2 times and each time the server instance running it stopped',
          ),
        });
        expect(Number(await attempts())).toBe(2);
        expect((await get(app, coordinator, `${RUNS}/${run.id}/review?limit=10`)).statusCode).toBe(409);
        expect(await leftovers(w.store)).toEqual({
          personsWithoutHistory: 0,
          staged: 0,
          pairsOfUnfinishedRuns: 0,
        });
        // Nothing picks it up again: it stays failed.
        await staleWait();
        expect((await get(app, coordinator, `${RUNS}/${run.id}`)).json().status).toBe('failed');
      } finally {
        await app?.close();
        await w.store.close();
        await w.database.drop();
      }
    }, 180_000);
  });
}
