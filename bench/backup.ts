// Backup and restore times: the demo, and the demo with 100,000 persons on each side's list (two imported lists
// of 100,000 entries, with their persons), on SQLite and PostgreSQL. Each backup is taken through the same path
// as `parley backup` and restored into an empty database as `parley restore` does (which also verifies the
// restored rows and audit chain). CPU time is this process's only (pg_dump and psql run in their own).
// Usage: tsx bench/backup.ts [N] [--sqlite | --pg]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type GeneratedRow, generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import type { ImportListVersion, Store } from '../src/store/index.js';
import { createBackup, loadDemo, openStore, restoreBackup, SYSTEM_SCOPE } from '../src/store/index.js';
import { createTestDatabase } from '../src/store/testing/test-store.js';

const size = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const dialects = process.argv.includes('--pg')
  ? ['postgres']
  : process.argv.includes('--sqlite')
    ? ['sqlite']
    : ['sqlite', 'postgres'];

async function importPersons(store: Store, perSide: number): Promise<void> {
  const am = (await store.repos.parties.findByCode(SYSTEM_SCOPE, 'AM'))!;
  const az = (await store.repos.parties.findByCode(SYSTEM_SCOPE, 'AZ'))!;
  const users = await store.repos.users.list(SYSTEM_SCOPE);
  const generated = generateDetaineeLists(perSide, 2021);
  const importList = async (partyId: string, kind: 'missing' | 'held', rows: GeneratedRow[]) => {
    const liaison = users.find((u) => u.role === 'liaison' && u.partyId === partyId)!;
    const input: ImportListVersion = {
      partyId,
      kind,
      fileName: `${kind}-${perSide}.csv`,
      mapping: { full_name: 'name', birth_date: 'born' },
      entries: rows.map((row, i) => ({
        row: i + 2,
        fields: {
          full_name: row.full_name,
          sex: row.sex,
          birth_date: row.birth_date,
          birth_place: row.birth_place,
          service_number: row.document_number,
          unit: row.unit,
        },
        displayName: row.full_name,
        extras: {},
      })),
      duplicates: [],
    };
    await store.repos.exchangeLists.importVersion(
      { actor: { userId: liaison.id, username: liaison.username, via: 'cli' } },
      { userId: liaison.id, role: 'liaison', partyId },
      input,
    );
  };
  await importList(am.id, 'missing', generated.left);
  await importList(az.id, 'held', generated.right);
}

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
        if (dataset !== 'demo') await importPersons(store, size);
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
