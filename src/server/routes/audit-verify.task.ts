import type { ChainAnchors } from '../../domain/audit/hash-chain.js';
import type { AuditChainVerdict, AuditEntry } from '../../domain/audit/types.js';
import { openWorker, type WorkerClient, workerModule } from '../../platform/workers/index.js';

/** One batch of the chain for the worker thread to check. */
export interface VerifyBatchTask {
  entries: AuditEntry[];
  previous: AuditEntry | null;
  anchors: ChainAnchors;
}

const WORKER = workerModule(import.meta.url, './audit-verify.worker');

/**
 * A thread that checks batches of the audit chain, opened on the first verification and kept (not holding the
 * process open) for the next; `close` ends it with the server.
 */
export function auditVerifier(): {
  verifyBatch: (
    entries: AuditEntry[],
    previous: AuditEntry | null,
    anchors: ChainAnchors,
  ) => Promise<AuditChainVerdict>;
  close: () => Promise<void>;
} {
  let worker: WorkerClient | undefined;
  return {
    verifyBatch: (entries, previous, anchors) => {
      if (!worker?.isOpen()) worker = openWorker(WORKER, { unref: true });
      return worker.request<AuditChainVerdict>({ entries, previous, anchors } satisfies VerifyBatchTask);
    },
    close: async () => {
      await worker?.close();
    },
  };
}
