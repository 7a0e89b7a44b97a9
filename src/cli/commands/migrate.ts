import type { Command } from 'commander';
import { migrateToLatest } from '../../store/index.js';
import { withConfiguredStore } from '../config.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (SQLite in PARLEY_DATA_DIR, or DATABASE_URL)')
    .action(async () => {
      await withConfiguredStore(
        'migrate',
        async (store) => {
          const { applied } = await migrateToLatest(store.db, store.dialect);
          const where = `${store.dialect.name} at ${store.dialect.location}`;
          if (applied.length === 0) console.log(`The schema of ${where} is up to date.`);
          else console.log(`Applied to ${where}:\n${applied.map((m) => `  ${m}`).join('\n')}`);
        },
        { migrate: false },
      );
    });
}
