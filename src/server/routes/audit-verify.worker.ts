import { verifyAuditEntries } from '../../domain/audit/hash-chain.js';
import { serveRequests } from '../../platform/workers/index.js';
import type { VerifyBatchTask } from './audit-verify.task.js';

// Runs in a worker thread: recomputing the seal of a batch of audit entries (about a tenth of a millisecond each) off
// the event loop, so that the server answers other requests while "verify the chain" walks a long log.
serveRequests((payload) => {
  const task = payload as VerifyBatchTask;
  // A Buffer crosses into the thread as a plain Uint8Array.
  const macKey = task.anchors.macKey ? Buffer.from(task.anchors.macKey) : null;
  return verifyAuditEntries(task.entries, task.previous, { ...task.anchors, macKey });
});
