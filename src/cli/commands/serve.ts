import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program.command('serve').description('(being built)').action(() => {
    console.error('parley serve: not built yet');
    process.exitCode = 1;
  });
}
