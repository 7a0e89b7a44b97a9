import type { Command } from 'commander';
import { nothingDue } from '../../domain/retention/policy.js';
import type { RetentionReport } from '../../store/index.js';
import { cliContext, readConfig, withConfiguredStore } from '../config.js';

function printReport(title: string, report: RetentionReport): void {
  const { counts, cutoffs } = report;
  console.log(title);
  console.log(`  uploads never imported, created before ${cutoffs.uploadsCreatedBefore}: ${counts.uploads}`);
  console.log(`  sign-in records (login attempts) before ${cutoffs.signInsBefore}: ${counts.loginAttempts}`);
  if (cutoffs.versionsSupersededBefore === null) {
    console.log('  superseded list versions: kept (PARLEY_RETAIN_SUPERSEDED_VERSIONS_DAYS is not set)');
  } else {
    console.log(
      `  list versions superseded before ${cutoffs.versionsSupersededBefore}, compared by no reconciliation and pointed to by no person: ${counts.listVersions} (${counts.listEntries} rows)`,
    );
  }
}

export function registerRetentionCommand(program: Command): void {
  const retention = program
    .command('retention')
    .description('what the retention policy removes (PARLEY_RETAIN_* periods; the server purges hourly)');
  retention
    .command('report')
    .description('dry run: count what a purge would remove now, changing nothing')
    .action(async () => {
      await withConfiguredStore('retention report', async (store) => {
        printReport(
          'Due for removal (dry run, nothing removed):',
          await store.repos.retention.dryRun(readConfig().retention),
        );
      });
    });
  retention
    .command('purge')
    .description('remove now what is due, with one audit entry giving the counts')
    .action(async () => {
      await withConfiguredStore('retention purge', async (store) => {
        const report = await store.repos.retention.purge(cliContext(), readConfig().retention);
        printReport(
          nothingDue(report.counts)
            ? 'Nothing was due; nothing removed, no audit entry:'
            : 'Removed (one audit entry retention.purge with these counts):',
          report,
        );
      });
    });
}
