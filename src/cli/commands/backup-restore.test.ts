import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, openStore } from '../../store/index.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../../store/testing/test-store.js';
import { type CliRun, runParleyOn } from '../io/run-cli.test-support.js';

async function parley(database: TestDatabase, args: string[]): Promise<CliRun> {
  return runParleyOn(database.target, args);
}

async function partyCount(database: TestDatabase): Promise<number> {
  const store = await openStore({ ...database.target, migrate: false });
  try {
    return (await store.db.selectFrom('party').select('id').execute()).length;
  } finally {
    await store.close();
  }
}

for (const dialect of testDialects()) {
  describe(`parley backup and parley restore on ${dialect}`, () => {
    let source: TestDatabase;
    let target: TestDatabase;
    let work: string;
    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), 'parley-backup-cli-'));
      source = await createTestDatabase(dialect);
      target = await createTestDatabase(dialect);
      const store = await openStore(source.target);
      await loadDemo(store);
      await store.close();
    });
    afterAll(async () => {
      await source.drop();
      await target.drop();
      rmSync(work, { recursive: true, force: true });
    });

    it('backs up, restores into an empty database, and `parley audit verify` passes there; a second restore needs --force', async () => {
      const file = path.join(work, 'demo.parley-backup');
      const backup = await parley(source, ['backup', '--out', file]);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/^Backup written: .*demo\.parley-backup \(\d+ bytes/);
      expect(backup.stdout).toMatch(/audit chain: \d+ entries verified/);

      const restore = await parley(target, ['restore', file]);
      expect(restore.code).toBe(0);
      expect(restore.stdout).toMatch(/rows in \d+ tables, as the archive says/);
      const verify = await parley(target, ['audit', 'verify']);
      expect(verify.code).toBe(0);
      expect(verify.stdout).toMatch(/^Audit log verified: \d+ entries, chain intact/);
      expect(await partyCount(target)).toBe(await partyCount(source));

      const again = await parley(target, ['restore', file]);
      expect(again.code).toBe(2);
      expect(again.stderr.trim()).toMatch(
        /^parley restore: the configured database is not empty \(\d+ rows: .*Add --force/,
      );
      expect((await parley(target, ['restore', '--force', file])).code).toBe(0);
    }, 120_000);

    it('a file that is not an archive: one line, exit code 2, the database unchanged', async () => {
      const empty = await createTestDatabase(dialect);
      try {
        const csv = path.join(work, 'held.csv');
        writeFileSync(csv, 'id,full_name\n1,Armen Petrosyan\n');
        const result = await parley(empty, ['restore', csv]);
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toEqual([
          `parley restore: ${csv}: is not a Parley backup archive`,
        ]);
        if (dialect === 'sqlite') expect(readdirSync(empty.target.dataDir ?? '')).toEqual([]);
        const store = await openStore({ ...empty.target, migrate: false });
        expect(await store.db.introspection.getTables()).toEqual([]);
        await store.close();
      } finally {
        await empty.drop();
      }
    }, 60_000);

    it('a backup folder that cannot be written: one line, exit code 2, nothing written', async () => {
      const blocker = path.join(work, 'not-a-folder');
      writeFileSync(blocker, 'a file where a folder should be');
      const result = await parley(source, ['backup', '--out', path.join(blocker, 'x.parley-backup')]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        `parley backup: ${blocker}: cannot write a backup in this folder (ENOTDIR)`,
      ]);
      expect(readdirSync(work).filter((f) => f.startsWith('.parley-backup-'))).toEqual([]);
      expect(existsSync(path.join(blocker, 'x.parley-backup'))).toBe(false);
    }, 60_000);
  });
}
