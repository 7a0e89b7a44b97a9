import type { Command } from 'commander';

export function registerPairsCommand(program: Command): void {
  program.command('pairs').description('(being built)').action(() => {
    console.error('parley pairs: not built yet');
    process.exitCode = 1;
  });
}
