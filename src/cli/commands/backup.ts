import type { Command } from 'commander';
import { backupFileName, createBackup, openStore } from '../../store/index.js';
import { readConfig, storeTarget } from '../config.js';
import { runOperation } from '../io/run-operation.js';

interface BackupOptions {
  out?: string;
}

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description(
      'write a consistent backup archive of the database, also while servers run on it (SQLite: online backup API; PostgreSQL: pg_dump)',
    )
    .option(
      '-o, --out <file>',
      'the archive to write (default: parley-<dialect>-<UTC time>.parley-backup here)',
    )
    .action(async (opts: BackupOptions) => {
      await runOperation('backup', async () => {
        const config = readConfig();
        // A backup takes the schema as it is: it must be possible before an upgrade, so it never migrates.
        const store = await openStore({
          ...storeTarget(config),
          migrate: false,
        });
        try {
          const now = new Date();
          const started = performance.now();
          const result = await createBackup(store, opts.out ?? backupFileName(store.dialect.name, now), now);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          const { manifest } = result;
          const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
          console.log(`Backup written: ${result.file} (${result.bytes} bytes, ${seconds} s)`);
          console.log(
            `  ${store.dialect.name} at ${store.dialect.location}, schema ${manifest.schema.version ?? '(none)'}`,
          );
          console.log(`  ${rows} rows in ${Object.keys(manifest.tables).length} tables`);
          const verdict = manifest.audit.verdict;
          if (verdict.ok) {
            console.log(
              `  audit chain: ${verdict.checked} entries verified, head #${manifest.audit.head?.seq ?? 0}`,
            );
          } else {
            // The data is saved all the same: a backup of a tampered log is evidence too.
            console.error(
              `parley backup: warning: the audit chain does NOT verify at entry #${verdict.firstBad.seq} (${verdict.firstBad.reason}); the archive records this`,
            );
          }
        } finally {
          await store.close();
        }
      });
    });
}
