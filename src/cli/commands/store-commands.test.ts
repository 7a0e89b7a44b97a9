import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';
import {
  createTestDatabase,
  TEST_AUDIT_KEY,
  type TestDatabase,
  testDialects,
} from '../../store/testing/test-store.js';
import { type CliRun, runParleyOn } from '../io/run-cli.test-support.js';

async function parley(database: TestDatabase, args: string[]): Promise<CliRun> {
  return runParleyOn(database.target, args);
}

for (const dialect of testDialects()) {
  describe(`parley migrate, demo load, user add and audit verify on ${dialect}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database.drop();
    });

    it('migrates, loads the demo once, adds a user and verifies the chain, then names a tampered entry', async () => {
      const migrated = await parley(database, ['migrate']);
      expect(migrated.code).toBe(0);
      expect(migrated.stdout).toContain('2026_11_28_0001_create_party_and_user');

      const demo = await parley(database, ['demo', 'load']);
      expect(demo.code).toBe(0);
      expect(demo.stdout).toMatch(/liaison-am\s+\S{12,}\s+liaison \(AM\)/);
      const again = await parley(database, ['demo', 'load']);
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe(
        'parley demo load: the database already has parties or users, so the demo was not loaded (it goes only into an empty database).',
      );

      const added = await parley(database, [
        'user',
        'add',
        '--username',
        'Second-Liaison',
        '--role',
        'liaison',
        '--party',
        'az',
        '--display-name',
        'Second liaison of Azerbaijan',
      ]);
      expect(added.code).toBe(0);
      expect(added.stdout).toMatch(/^Created liaison "second-liaison"/);
      const password = /Password \(shown once\): (\S+)/.exec(added.stdout)?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(16);

      const refused = await parley(database, ['user', 'add', '--username', 'x2', '--role', 'liaison']);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([
        'parley user add: The user is not valid: partyId a liaison needs a party',
      ]);

      const store = await openStore(database.target);
      try {
        expect((await store.repos.users.authenticate('second-liaison', password))?.displayName).toBe(
          'Second liaison of Azerbaijan',
        );
        const { items } = await store.repos.audit.list(
          { userId: null, role: 'coordinator', partyId: null },
          { action: 'user.create', entityType: 'user' },
        );
        expect(items[0].actor.via).toBe('cli');

        expect((await parley(database, ['audit', 'verify'])).stdout).toMatch(
          /^Audit log verified: \d+ entries/,
        );

        const target = items.find((e) => e.summary.username === 'liaison-az')!;
        await sql`update audit_log set summary = ${JSON.stringify({ ...target.summary, role: 'coordinator' })} where id = ${target.id}`.execute(
          store.db,
        );
      } finally {
        await store.close();
      }
      const verify = await parley(database, ['audit', 'verify']);
      expect(verify.code).toBe(1);
      expect(verify.stderr).toMatch(
        /^Audit log does NOT verify: entry #\d+ \(id [0-9a-f-]{36}\) content does not match its keyed hash/,
      );
      expect(verify.stderr).not.toMatch(/\n\s+at /);
    }, 180_000);
  });
}

describe('a database that cannot be reached', () => {
  it('prints one line and exits non-zero, without a stack trace', async () => {
    const unreachable: TestDatabase = {
      target: { databaseUrl: 'postgres://parley:hunter2@127.0.0.1:1/parley', auditKey: TEST_AUDIT_KEY },
      drop: async () => {},
    };
    const result = await parley(unreachable, ['audit', 'verify']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^parley audit verify: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/parley: /,
    );
    expect(result.stderr).not.toContain('hunter2');
  }, 60_000);
});
