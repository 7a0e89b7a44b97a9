import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParleyOn } from '../../src/cli/io/run-cli.test-support.js';
import { type App, buildApp } from '../../src/server/app.js';
import { loadDemo, openStore, type Store } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../../src/store/testing/test-store.js';
import { signIn } from './api-harness.js';

for (const dialect of testDialects()) {
  describe(`signed audit checkpoints on ${dialect}`, () => {
    let database: TestDatabase;
    let store: Store;
    let app: App;
    let observer: { username: string; password: string };
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = await openStore(database.target);
      observer = (await loadDemo(store)).accounts.find((a) => a.role === 'observer')!;
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
      await database?.drop();
    });

    it('an observer fetches them; `audit verify --checkpoint` then names a tail deleted with the stored ones', async () => {
      const made = await store.repos.audit.checkpoint();
      const session = await signIn(app, observer);
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/audit/checkpoints',
        headers: { cookie: session.cookie },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { publicKey: string; items: { seq: number; signature: string }[] };
      expect(body.items.at(-1)).toMatchObject({ seq: made!.seq, signature: made!.signature });
      expect(Buffer.from(body.publicKey, 'base64')).toHaveLength(32);
      const file = join(tmpdir(), `parley-checkpoints-${dialect}-${Date.now()}.json`);
      await writeFile(file, res.body);

      const intact = await runParleyOn(database.target, ['audit', 'verify', '--checkpoint', file]);
      expect(intact.code, intact.stderr).toBe(0);
      expect(intact.stdout).toContain('chain intact');

      // Someone with the database deletes the newest entries and the checkpoints stored beside them.
      await sql`delete from audit_log where seq > ${made!.seq - 3}`.execute(store.db);
      await sql`delete from audit_checkpoint`.execute(store.db);
      const inside = await runParleyOn(database.target, ['audit', 'verify']);
      expect(inside.code).toBe(0);
      const outside = await runParleyOn(database.target, ['audit', 'verify', '--checkpoint', file]);
      expect(outside.code).toBe(1);
      expect(outside.stderr).toContain(`the log ends at #${made!.seq - 3}`);
      expect(outside.stderr).toContain('entries deleted from the end');
    }, 120_000);
  });
}
