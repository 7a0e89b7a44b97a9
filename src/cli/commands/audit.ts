import type { Command } from 'commander';

export function registerAuditCommand(program: Command): void {
  program.command('audit').description('(being built)').action(() => {
    console.error('parley audit: not built yet');
    process.exitCode = 1;
  });
}
