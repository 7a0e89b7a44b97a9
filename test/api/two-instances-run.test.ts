import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDetaineeLists } from '../../src/domain/demo/synthetic-lists/detainee-lists.js';
import { importList, type ListRow } from '../../src/store/exchange/reconciliation.test-fixtures.js';
import { loadDemo, openStore, type Store } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../../src/store/testing/test-store.js';

// Issue 8, point 6: two `parley serve` processes on one PostgreSQL database; the one running a reconciliation is
// killed with SIGKILL mid-run (its pg-boss job stays active for hours); the other takes the run over once the
// run's heartbeat is stale and brings it to done within a minute, with the server's default settings.

const PASSWORD = 'two-instances-password';
const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));

interface Instance {
  child: ChildProcess;
  url: string;
}

function serve(target: TestDatabase['target']): Promise<Instance> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'warn' };
  delete env.PARLEY_DATA_DIR;
  delete env.PARLEY_RUN_STALE_SECONDS;
  env.DATABASE_URL = target.databaseUrl;
  env.PARLEY_AUDIT_KEY = target.auditKey;
  const child = spawn(process.execPath, [BIN, 'serve', '--no-demo', '--host', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`parley serve did not start: ${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited with ${code}: ${output}`));
    });
  });
}

async function stop(instance: Instance | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!instance || instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill(signal);
  await exited;
}

async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'coordinator', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('parley_session=')) ?? '').split(
    ';',
  )[0];
  return { cookie, 'x-csrf-token': csrfToken };
}

describe.runIf(testDialects().includes('postgres'))('a reconciliation whose instance is killed', () => {
  let database: TestDatabase;
  let store: Store;
  let one: Instance | undefined;
  let two: Instance | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    store = await openStore({ ...database.target, migrate: true });
    await loadDemo(store, { passwordFor: () => PASSWORD });
    // The demo's lists reconcile in well under a second: a held list of 4,000 gives the run time to be killed.
    const liaison = await store.db
      .selectFrom('app_user')
      .select(['id', 'username', 'party_id'])
      .where('username', '=', 'liaison-az')
      .executeTakeFirstOrThrow();
    const rows: ListRow[] = generateDetaineeLists(4000, 3).right.map((row) => {
      const [family = '', given = ''] = row.full_name.split(' ');
      return [family, given, row.birth_date];
    });
    await importList(
      store,
      { userId: liaison.id, username: liaison.username, partyId: liaison.party_id ?? '' },
      'held',
      rows,
    );
  }, 120_000);
  afterAll(async () => {
    await stop(one, 'SIGKILL');
    await stop(two, 'SIGTERM');
    await store?.close();
    await database?.drop();
  });

  it('is taken over by the other instance within a minute and finishes there', async () => {
    one = await serve(database.target);
    const onOne = await signIn(one.url);
    const started = await fetch(`${one.url}/api/v1/exchange/reconciliations`, {
      method: 'POST',
      headers: { ...onOne, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    const status = async () =>
      (await store.db.selectFrom('reconciliation').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
        .status;
    // Instance one takes the job (the only one working yet); the other starts meanwhile.
    for (let i = 0; i < 600 && (await status()) !== 'running'; i++)
      await new Promise((r) => setTimeout(r, 25));
    two = await serve(database.target);
    const running = await store.db
      .selectFrom('reconciliation')
      .select(['status', 'phase', 'heartbeat_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(running.status, 'the run ended before the kill: the test would prove nothing').toBe('running');

    await stop(one, 'SIGKILL');
    const killedAt = Date.now();
    expect(await status()).toBe('running');

    const onTwo = await signIn(two.url);
    let run: { status: string; error: string | null } = { status: 'running', error: null };
    while (Date.now() - killedAt < 60_000 && run.status !== 'done' && run.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 250));
      run = (await (
        await fetch(`${two.url}/api/v1/exchange/reconciliations/${id}`, { headers: onTwo })
      ).json()) as {
        status: string;
        error: string | null;
      };
    }
    expect(run).toMatchObject({ status: 'done', error: null });
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    const review = await fetch(`${two.url}/api/v1/exchange/reconciliations/${id}/review?limit=5`, {
      headers: onTwo,
    });
    expect(review.status).toBe(200);
    const withoutHistory = await store.db
      .selectFrom('exchange_person')
      .select('id')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('person_status_change')
              .select('person_status_change.id')
              .whereRef('person_status_change.person_id', '=', 'exchange_person.id'),
          ),
        ),
      )
      .execute();
    expect(withoutHistory).toEqual([]);
  }, 150_000);
});
