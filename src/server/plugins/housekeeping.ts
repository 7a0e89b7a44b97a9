import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { nothingDue, type RetentionPolicy } from '../../domain/retention/policy.js';
import type { WriteContext } from '../../store/index.js';
import '../fastify-types.js';

export interface HousekeepingOptions {
  /** How often to delete expired sessions and purge what the retention policy says is due. */
  everyMs: number;
  /** How long uploads, sign-in records and superseded list versions are kept. */
  retention: RetentionPolicy;
}

/** Login limit counters outlive any window by far; devices not seen for half a year are strangers again. */
const KEEP_LOGIN_COUNTERS_MS = 24 * 60 * 60_000;
const KEEP_LOGIN_DEVICES_MS = 180 * 24 * 60 * 60_000;

/** The server's own purges are audited under this name. */
export const RETENTION_CONTEXT: WriteContext = {
  actor: { userId: null, username: 'parley-retention', via: 'api' },
};

/**
 * Deletes expired sessions and runs the retention purge (uploads never imported, old sign-in records,
 * superseded list versions; one audit entry with the counts) at start and then periodically. Each instance
 * may do it: the purge runs in one transaction and a second instance then finds nothing due.
 */
export const housekeepingPlugin = fp<HousekeepingOptions>(
  async (app: FastifyInstance, opts) => {
    let timer: NodeJS.Timeout | undefined;
    const sweep = async () => {
      try {
        const now = new Date();
        const sessions = await app.store.repos.sessions.purgeExpired(now);
        // A signed checkpoint of the audit chain's head (none when nothing was written since the last one).
        await app.store.repos.audit.checkpoint(now);
        await app.store.repos.loginThrottle.purgeOlderThan(new Date(now.getTime() - KEEP_LOGIN_COUNTERS_MS));
        await app.store.repos.loginDevices.purgeUnusedSince(new Date(now.getTime() - KEEP_LOGIN_DEVICES_MS));
        const { counts } = await app.store.repos.retention.purge(RETENTION_CONTEXT, opts.retention, now);
        // Tracing cases past the expiry date agreed with the family (one audit entry counts them).
        await app.store.repos.tracingCases.purgeExpired(RETENTION_CONTEXT, now.toISOString().slice(0, 10));
        if (sessions > 0 || !nothingDue(counts))
          app.log.info(
            { sessions, ...counts },
            'purged expired sessions and what the retention policy says is due',
          );
      } catch (error) {
        app.log.warn({ err: error }, 'housekeeping failed; will retry');
      }
    };
    app.addHook('onReady', async () => {
      await sweep();
      timer = setInterval(sweep, opts.everyMs);
      timer.unref();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'housekeeping' },
);
