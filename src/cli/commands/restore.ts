import type { Command } from 'commander';
import { restoreBackup } from '../../store/index.js';
import { readConfig, storeTarget } from '../config.js';
import { runOperation } from '../io/run-operation.js';

interface RestoreCommandOptions {
  force: boolean;
}

export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description(
      'restore a backup archive into the configured database (stop the servers first); refuses a damaged archive, one from a newer Parley, or a database that is not empty without --force',
    )
    .argument('<file>', 'the .parley-backup archive')
    .option('--force', 'replace the content of a database that is not empty', false)
    .action(async (file: string, opts: RestoreCommandOptions) => {
      await runOperation('restore', async () => {
        const config = readConfig();
        const started = performance.now();
        const result = await restoreBackup(storeTarget(config), file, { force: opts.force });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const { manifest, facts } = result;
        const rows = Object.values(facts.tables).reduce((sum, n) => sum + n, 0);
        console.log(`Restored ${file} (taken ${manifest.createdAt}) in ${seconds} s`);
        console.log(`  ${rows} rows in ${Object.keys(facts.tables).length} tables, as the archive says`);
        console.log(
          `  audit chain: ${facts.auditVerdict.ok ? `${facts.auditVerdict.checked} entries verified` : 'does NOT verify, as when it was taken'}`,
        );
        console.log(
          `  schema ${manifest.schema.version ?? '(none)'}; \`parley migrate\` or the next \`parley serve\` brings it up to date`,
        );
      });
    });
}
