import type { Command } from 'commander';

export function registerMigrateCommand(program: Command): void {
  program.command('migrate').description('(being built)').action(() => {
    console.error('parley migrate: not built yet');
    process.exitCode = 1;
  });
}
