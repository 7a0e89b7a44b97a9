import type { Command } from 'commander';
import { loadDemo } from '../../store/index.js';
import { cliContext, withConfiguredStore } from '../config.js';

export function registerDemoCommand(program: Command): void {
  const demo = program.command('demo').description('the demo scenario (10 November 2020 statement)');
  demo
    .command('load')
    .description('load the demo parties, accounts, agreement and events into an empty database')
    .action(async () => {
      await withConfiguredStore('demo load', async (store) => {
        const result = await loadDemo(store, { ctx: cliContext() });
        if (!result.loaded) {
          console.error(
            'parley demo load: the database already has parties or users, so the demo was not loaded (it goes only into an empty database).',
          );
          process.exitCode = 1;
          return;
        }
        console.log('Demo scenario loaded. Accounts (shown once):');
        for (const a of result.accounts) {
          console.log(
            `  ${a.username.padEnd(16)} ${a.password.padEnd(20)} ${a.role}${a.partyCode ? ` (${a.partyCode})` : ''}`,
          );
        }
      });
    });
}
