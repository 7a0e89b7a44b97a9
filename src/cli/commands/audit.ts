import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseCheckpoints } from '../../domain/audit/checkpoint.js';
import type { AuditCheckpoint } from '../../store/index.js';
import { withConfiguredStore } from '../config.js';

async function readCheckpointFile(file: string): Promise<AuditCheckpoint[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file}: not a checkpoint file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const checkpoints = parseCheckpoints(json);
  if (!checkpoints)
    throw new Error(`${file}: not a checkpoint file (expected what GET /api/v1/audit/checkpoints returns)`);
  return checkpoints;
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description(
      'walk the audit chain (links, keyed hashes, signed checkpoints) and name the first entry that does not verify',
    )
    .option(
      '--checkpoint <file>',
      'also check against checkpoints kept outside (JSON from GET /api/v1/audit/checkpoints)',
    )
    .action(async (opts: { checkpoint?: string }) => {
      await withConfiguredStore('audit verify', async (store) => {
        const kept = opts.checkpoint ? await readCheckpointFile(opts.checkpoint) : [];
        const verdict = await store.repos.audit.verifyChain({ checkpoints: kept });
        if (verdict.ok) {
          const stored = (await store.repos.audit.checkpoints()).items.length;
          console.log(
            `Audit log verified: ${verdict.checked} entries, chain intact, ${stored + kept.length} signed checkpoints matched.`,
          );
          return;
        }
        const bad = verdict.firstBad;
        console.error(
          `Audit log does NOT verify: entry #${bad.seq}${bad.id ? ` (id ${bad.id})` : ''} ${bad.reason}; ${verdict.checked} entries before it verified.`,
        );
        process.exitCode = 1;
      });
    });
  audit
    .command('checkpoint')
    .description('sign the chain head now and print the checkpoint as JSON (observers keep it)')
    .action(async () => {
      await withConfiguredStore('audit checkpoint', async (store) => {
        const checkpoint = await store.repos.audit.checkpoint();
        console.log(JSON.stringify(checkpoint ?? { message: 'the audit log is empty' }, null, 2));
      });
    });
}
