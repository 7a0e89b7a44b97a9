// Backup and restore times: the demo, and the demo with 100,000 persons on each side's list (two imported lists
// of 100,000 entries, with their persons), on SQLite and PostgreSQL. Each backup is taken through the same path
// as `parley backup` and restored into an empty database as `parley restore` does (which also verifies the
// restored rows and audit chain). CPU time is this process's only (pg_dump and psql run in their own).
// Usage: tsx bench/backup.ts [N] [--sqlite | --pg]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackup, loadDemo, openStore, restoreBackup } from '../src/store/index.js';
import { createTestDatabase } from '../src/store/testing/test-store.js';
import { importDetaineeLists } from './import-detainee-lists.js';

const size = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const dialects = process.argv.includes('--pg')
  ? ['postgres']
  : process.argv.includes('--sqlite')
    ? ['sqlite']
    : ['sqlite', 'postgres'];

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

const fmt = (n: number) => n.toFixed(2);
const work = mkdtempSync(path.join(tmpdir(), 'parley-bench-backup-'));
console.log(`${'dataset'.padEnd(24)} dialect   rows      archive MB  backup s (cpu)   restore s (cpu)`);
try {
  for (const dialect of dialects) {
    for (const dataset of ['demo', `demo + ${size.toLocaleString('en')} a side`]) {
      const source = await createTestDatabase(dialect);
      const target = await createTestDatabase(dialect);
      const store = await openStore(source.target);
      try {
        await loadDemo(store);
        if (dataset !== 'demo') await importDetaineeLists(store, size);
        const file = path.join(work, `${dialect}-${dataset === 'demo' ? 'demo' : size}.parley-backup`);
        let cpu = process.cpuUsage();
        let started = performance.now();
        const backup = await createBackup(store, file);
        const backupSeconds = (performance.now() - started) / 1000;
        const backupCpu = cpuSeconds(cpu);
        cpu = process.cpuUsage();
        started = performance.now();
        await restoreBackup(target.target, file);
        const restoreSeconds = (performance.now() - started) / 1000;
        const restoreCpu = cpuSeconds(cpu);
        const rows = Object.values(backup.manifest.tables).reduce((sum, n) => sum + n, 0);
        console.log(
          `${dataset.padEnd(24)} ${dialect.padEnd(9)} ${String(rows).padEnd(9)} ${fmt(backup.bytes / 1024 / 1024).padEnd(11)} ${`${fmt(backupSeconds)} (${fmt(backupCpu)})`.padEnd(16)} ${fmt(restoreSeconds)} (${fmt(restoreCpu)})`,
        );
      } finally {
        await store.close();
        await source.drop();
        await target.drop();
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
