import type { Command } from 'commander';

export function registerLinkCommand(program: Command): void {
  program.command('link').description('(being built)').action(() => {
    console.error('parley link: not built yet');
    process.exitCode = 1;
  });
}
