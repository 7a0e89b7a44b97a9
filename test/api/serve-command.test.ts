import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { markMigratedByLaterRelease } from '../../src/store/testing/later-release.js';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `parley serve` from the sources (not a `dist/` that may be older than them); `untilReady` sends SIGTERM
 * once the banner is out.
 */
function serve(env: NodeJS.ProcessEnv, untilReady: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (untilReady && stdout.includes('Parley is listening on')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('parley serve', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a database that cannot be reached: one clear line, exit code 1, no stack trace', async () => {
    const run = await serve({ DATABASE_URL: 'postgres://parley@127.0.0.1:9/parley', PORT: '0' }, false);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^parley serve: .*127\.0\.0\.1:9/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('starts on a fresh data folder, prints the URL and the demo accounts, and stops cleanly on SIGTERM', async () => {
    const run = await serve({ PARLEY_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' }, true);
    expect(run.stdout).toMatch(/Parley is listening on http:\/\/localhost:\d+/);
    for (const username of ['coordinator', 'liaison-am', 'liaison-az', 'observer', 'field-officer']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${username}\\s+\\S{8,}\\s+\\w+$`, 'm'));
    }
    expect(run.code).toBe(0);
  });

  it('on a second start the demo is not loaded again and no passwords are printed', async () => {
    const run = await serve({ PARLEY_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' }, true);
    expect(run.stdout).toContain('Parley is listening on');
    expect(run.stdout).not.toContain('Demo accounts');
    expect(run.code).toBe(0);
  });

  it('refuses to start on a database migrated by a newer Parley, naming the version it needs', async () => {
    const newerDir = mkdtempSync(join(tmpdir(), 'parley-serve-newer-'));
    try {
      const store = await openStore({ dataDir: newerDir });
      await markMigratedByLaterRelease(store);
      await store.close();
      const run = await serve({ PARLEY_DATA_DIR: newerDir, PORT: '0', DATABASE_URL: '' }, false);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^parley serve: The database's schema is newer than this Parley: it is at 2999_01_01_0001_from_a_later_release, .*Run a Parley whose migrations include 2999_01_01_0001_from_a_later_release\.$/,
        ),
      ]);
    } finally {
      rmSync(newerDir, { recursive: true, force: true });
    }
  });

  it('with PARLEY_AUTO_MIGRATE=0, refuses a database that is behind and says to run `parley migrate`', async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'parley-serve-manual-'));
    try {
      const run = await serve(
        { PARLEY_DATA_DIR: emptyDir, PORT: '0', DATABASE_URL: '', PARLEY_AUTO_MIGRATE: '0' },
        false,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^parley serve: The database's schema is at \(none\), this Parley needs \S+: \d+ migrations to apply\. Run `parley migrate` first\.\n$/,
      );
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
