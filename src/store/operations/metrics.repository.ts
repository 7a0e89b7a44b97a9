import { toCount } from '../normalise.js';
import type { Db } from '../transaction.js';

/** Figures for the operator's metrics, read from the database so that every instance reports the same. */
export function createMetricsRepository(db: Db) {
  return {
    /** Reconciliation runs by status (`queued`, `running`, `done`, `failed`, …). */
    async reconciliationsByStatus(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('reconciliation')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, toCount(r.n)]));
    },
  };
}

export type MetricsRepository = ReturnType<typeof createMetricsRepository>;
