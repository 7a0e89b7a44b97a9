import type { Command } from 'commander';

export function registerDemoCommand(program: Command): void {
  program.command('demo').description('(being built)').action(() => {
    console.error('parley demo: not built yet');
    process.exitCode = 1;
  });
}
