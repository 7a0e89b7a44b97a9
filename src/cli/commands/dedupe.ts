import type { Command } from 'commander';

export function registerDedupeCommand(program: Command): void {
  program.command('dedupe').description('(being built)').action(() => {
    console.error('parley dedupe: not built yet');
    process.exitCode = 1;
  });
}
