import { ArchiveError, BackupTargetError, RestoreRefusedError } from '../../store/index.js';
import { describeFailure } from '../config.js';

/** Refusals of what the operator asked (a file that is not an archive, a folder that cannot be written). */
function isBadInput(error: unknown): boolean {
  return (
    error instanceof ArchiveError ||
    error instanceof BackupTargetError ||
    error instanceof RestoreRefusedError
  );
}

/**
 * Runs an operator's command (backup, restore, retention): bad input gives one line and exit code 2 with
 * nothing changed; any other failure one line and exit code 1; never a stack trace.
 */
export async function runOperation(command: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(`parley ${command}: ${describeFailure(error)}`);
    process.exitCode = isBadInput(error) ? 2 : 1;
  }
}
