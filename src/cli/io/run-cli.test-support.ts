import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `parley <args>` from the sources (as a user would after install), from the repository root. */
export function runParley(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `parley <args>` on one database: its DATABASE_URL or PARLEY_DATA_DIR, the other one cleared, its audit key. */
export function runParleyOn(
  target: { databaseUrl?: string; dataDir?: string; auditKey?: string },
  args: readonly string[],
): Promise<CliRun> {
  return runParley(args, {
    DATABASE_URL: target.databaseUrl ?? '',
    PARLEY_DATA_DIR: target.dataDir ?? '',
    PARLEY_AUDIT_KEY: target.auditKey ?? '',
  });
}
