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
    process.stderr.write(`parley: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
