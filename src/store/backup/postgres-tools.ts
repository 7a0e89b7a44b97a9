import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** PostgreSQL's own client tools are missing: the operator must install them (see docs/operations.md). */
export class PostgresToolMissingError extends Error {
  constructor(tool: string) {
    super(
      `${tool} was not found on PATH; install the PostgreSQL client tools of the server's major version ` +
        `(Debian: apt-get install postgresql-client) and try again`,
    );
    this.name = 'PostgresToolMissingError';
  }
}

export function findOnPath(tool: string, envPath: string = process.env.PATH ?? ''): string | null {
  for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

function requireTool(tool: string): string {
  const found = findOnPath(tool);
  if (!found) throw new PostgresToolMissingError(tool);
  return found;
}

/** The URL without its password, and the password for PGPASSWORD: never on a command line others can read. */
export function splitCredentials(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Runs a tool with the given streams; rejects with the tool's last error line when it fails. */
function runTool(
  bin: string,
  args: string[],
  url: string,
  io: { stdin?: Readable; stdout?: Writable },
): Promise<void> {
  const { url: safeUrl, env } = splitCredentials(url);
  const child = spawn(bin, [...args, '--dbname', safeUrl], {
    env: { ...process.env, ...env },
    stdio: [io.stdin ? 'pipe' : 'ignore', io.stdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const flows: Promise<void>[] = [];
  if (io.stdin && child.stdin) flows.push(pipeline(io.stdin, child.stdin));
  if (io.stdout && child.stdout) flows.push(pipeline(child.stdout, io.stdout));
  return Promise.all([exited, ...flows]).then(
    ([code]) => {
      if (code !== 0)
        throw new Error(`${path.basename(bin)} failed: ${lastLine(stderr) || `exit code ${code}`}`);
    },
    (error: unknown) => {
      child.kill();
      const detail = lastLine(stderr);
      throw detail ? new Error(`${path.basename(bin)} failed: ${detail}`) : error;
    },
  );
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).at(-1)?.trim() ?? '';
}

/**
 * `pg_dump --format=plain --no-owner --no-privileges --snapshot=S --dbname URL`: the whole database as SQL, as
 * seen by the exported snapshot S (the transaction that read the manifest's facts), written to `out`.
 */
export function pgDump(url: string, snapshot: string, out: Writable): Promise<void> {
  return runTool(
    requireTool('pg_dump'),
    ['--format=plain', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`],
    url,
    { stdout: out },
  );
}

/**
 * `psql --no-psqlrc --quiet --single-transaction -v ON_ERROR_STOP=1 --dbname URL`, reading SQL from `sql`:
 * the whole script commits or none of it does.
 */
export function psqlInOneTransaction(url: string, sql: Readable): Promise<void> {
  return runTool(
    requireTool('psql'),
    ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', '--file=-'],
    url,
    { stdin: sql },
  );
}

export function postgresToolsPresent(): boolean {
  return findOnPath('pg_dump') !== null && findOnPath('psql') !== null;
}
