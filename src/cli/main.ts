import { Command } from 'commander';
import { registerAuditCommand } from './commands/audit.js';
import { registerBackupCommand } from './commands/backup.js';
import { registerDedupeCommand } from './commands/dedupe.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerLinkCommand } from './commands/link.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerPairsCommand } from './commands/pairs.js';
import { registerRestoreCommand } from './commands/restore.js';
import { registerRetentionCommand } from './commands/retention.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUserCommand } from './commands/user.js';

const program = new Command('parley')
  .description('Parley: lists, reconciliation and exchanges for the implementation of a ceasefire agreement')
  .version('0.1.0');

registerServeCommand(program);
registerMigrateCommand(program);
registerUserCommand(program);
registerAuditCommand(program);
registerBackupCommand(program);
registerRestoreCommand(program);
registerRetentionCommand(program);
registerDemoCommand(program);
registerLinkCommand(program);
registerDedupeCommand(program);
registerPairsCommand(program);

await program.parseAsync(process.argv);
