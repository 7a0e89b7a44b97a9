import type { Command } from 'commander';
import { withConfiguredStore } from '../config.js';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('walk the hash chain of the audit log and name the first entry that does not verify')
    .action(async () => {
      await withConfiguredStore('audit verify', async (store) => {
        const verdict = await store.repos.audit.verifyChain();
        if (verdict.ok) {
          console.log(`Audit log verified: ${verdict.checked} entries, chain intact.`);
          return;
        }
        const bad = verdict.firstBad;
        console.error(
          `Audit log does NOT verify: entry #${bad.seq} (id ${bad.id}) ${bad.reason}; ${verdict.checked} entries before it verified.`,
        );
        process.exitCode = 1;
      });
    });
}
