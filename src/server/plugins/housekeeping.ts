import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import '../fastify-types.js';

export interface HousekeepingOptions {
  /** How often to delete expired sessions, old login attempts and uploads never imported. */
  everyMs: number;
  /** Login attempts older than this are forgotten (far longer than any rate-limit window). */
  keepAttemptsMs: number;
}

/**
 * Deletes expired sessions, old login attempts and expired uploads at start and then periodically. Each instance may do it:
 * the deletes are idempotent, so several instances on one database need no coordination.
 */
export const housekeepingPlugin = fp<HousekeepingOptions>(
  async (app: FastifyInstance, opts) => {
    let timer: NodeJS.Timeout | undefined;
    const sweep = async () => {
      try {
        const now = new Date();
        const sessions = await app.store.repos.sessions.purgeExpired(now);
        const attempts = await app.store.repos.loginAttempts.purgeOlderThan(
          new Date(now.getTime() - opts.keepAttemptsMs),
        );
        const uploads = await app.store.repos.exchangeUploads.deleteExpired(now);
        if (sessions + attempts + uploads > 0)
          app.log.info({ sessions, attempts, uploads }, 'purged expired sessions, attempts and uploads');
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
