import { InputError } from './input-error.js';

/** Runs a command's work: bad input → one message and exit code 2; anything else → message and exit code 1. */
export async function runCommand(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`parley: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    // A system error (an output folder that does not exist, a full disk) needs its message, not a stack.
    const systemError = typeof (error as NodeJS.ErrnoException).code === 'string';
    const text = systemError ? (error as Error).message : ((error as Error).stack ?? String(error));
    process.stderr.write(`parley: ${text}\n`);
    process.exitCode = 1;
  }
}
