import { WorkerBudgetError } from '../platform/workers/index.js';
import { HttpProblem } from './problem.js';

/**
 * What to throw for an error of a task run in a worker pool: a task stopped at its budget becomes the 503 problem of
 * `type`, saying what was being done, the limit it met and what the user can do; any other error stays as it was.
 */
export function overBudget(
  error: unknown,
  what: { doing: string; limit: string; advice: string; type: string },
): unknown {
  if (!(error instanceof WorkerBudgetError)) return error;
  return new HttpProblem(503, `${what.doing}: ${error.message} (${what.limit}); ${what.advice}`, {
    type: what.type,
  });
}
