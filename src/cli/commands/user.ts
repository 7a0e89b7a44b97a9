import type { Command } from 'commander';

export function registerUserCommand(program: Command): void {
  program.command('user').description('(being built)').action(() => {
    console.error('parley user: not built yet');
    process.exitCode = 1;
  });
}
