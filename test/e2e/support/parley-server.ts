import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
}

export interface RunningServer {
  url: string;
  accounts: DemoAccount[];
  output: () => string;
  stop: () => Promise<void>;
}

/** Reads the banner `parley serve` prints: the URL, then the demo accounts as `username password role` rows. */
export function parseBanner(text: string): { url: string; accounts: DemoAccount[] } | null {
  const url = /Parley is listening on (http:\/\/\S+)/.exec(text)?.[1];
  if (!url) return null;
  const accounts: DemoAccount[] = [];
  const table = text.split(/Demo accounts[^\n]*\n/)[1] ?? '';
  for (const line of table.split('\n')) {
    const row = /^\s+(\S+)\s+(\S+)\s+(coordinator|liaison|observer|field_officer)\s*$/.exec(line);
    if (row) accounts.push({ username: row[1], password: row[2], role: row[3] });
  }
  return { url, accounts };
}

/**
 * Starts `node bin/parley.js serve` on a free port with an empty SQLite data directory of its own (so the demo
 * is loaded and its accounts printed), and resolves once it listens.
 */
export async function startParleyServer(root: string, timeoutMs = 60_000): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', PARLEY_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // a shared PostgreSQL database may hold data already, and then no demo accounts print
  const child: ChildProcess = spawn(process.execPath, ['bin/parley.js', 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = await new Promise<{ url: string; accounts: DemoAccount[] }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`parley serve did not start in ${timeoutMs} ms:\n${text}`)),
      timeoutMs,
    );
    const check = () => {
      // The banner (URL and accounts) is printed in one write, so it arrives whole.
      const banner = parseBanner(text);
      if (banner) {
        clearTimeout(timer);
        resolve(banner);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited with ${code} before it was ready:\n${text}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { ...started, output: () => text, stop };
}
