import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../access.js';
import { RECONCILE_JOB } from '../exchange/reconcile-job.js';
import { HttpProblem, problemResponses } from '../problem.js';

const Health = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'postgres']),
  latencyMs: z.number(),
});

const Check = z.object({ ok: z.boolean(), detail: z.string() });

const Readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: Check.extend({ store: z.enum(['sqlite', 'postgres']), latencyMs: z.number().nullable() }),
    migrations: Check.extend({
      current: z.string().nullable(),
      needed: z.string(),
      pending: z.array(z.string()),
      unknown: z.array(z.string()),
    }),
    jobQueue: Check.extend({ kind: z.string(), depth: z.number().nullable() }),
    lastBackup: Check.extend({
      scheduled: z.boolean(),
      at: z.string().nullable(),
      file: z.string().nullable(),
      bytes: z.number().nullable(),
    }),
  }),
});
type Readiness = z.infer<typeof Readiness>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/**
 * `GET /api/health`: liveness, which store is in use and that it answers (503 when it does not).
 * `GET /api/health/ready`: readiness, each check with its detail (database, migrations, job queue, last
 * scheduled backup); 503 when one fails, so a load balancer sends no traffic to the instance.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: PUBLIC },
      schema: { tags: ['health'], response: { 200: Health, ...problemResponses(503) } },
    },
    async (req) => {
      const started = performance.now();
      try {
        await app.store.ping();
      } catch (error) {
        req.log.error({ err: error }, 'the store does not answer');
        throw new HttpProblem(503, 'The store does not answer', {
          type: 'urn:parley:problem:store-unavailable',
        });
      }
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      return { status: 'ok' as const, store: app.store.dialect.name, latencyMs };
    },
  );

  app.get(
    '/health/ready',
    {
      config: { access: PUBLIC },
      schema: { tags: ['health'], response: { 200: Readiness, 503: Readiness } },
    },
    async (_req, reply) => {
      const checks = await readinessChecks();
      const ready = Object.values(checks).every((c) => c.ok);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
    },
  );

  async function readinessChecks(): Promise<Readiness['checks']> {
    const started = performance.now();
    let database: Readiness['checks']['database'];
    try {
      await app.store.ping();
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      database = { ok: true, detail: 'answers', store: app.store.dialect.name, latencyMs };
    } catch (error) {
      app.log.error({ err: error }, 'readiness: the store does not answer');
      database = { ok: false, detail: 'does not answer', store: app.store.dialect.name, latencyMs: null };
    }

    let migrations: Readiness['checks']['migrations'];
    try {
      const schema = await app.store.schemaState();
      const ok = schema.pending.length === 0 && schema.unknown.length === 0;
      const detail = ok
        ? 'up to date'
        : schema.unknown.length > 0
          ? 'the database was migrated by a newer Parley'
          : `${schema.pending.length} migration(s) to apply: run \`parley migrate\``;
      migrations = {
        ok,
        detail,
        current: schema.current,
        needed: schema.latestKnown,
        pending: schema.pending,
        unknown: schema.unknown,
      };
    } catch (error) {
      migrations = {
        ok: false,
        detail: errorText(error),
        current: null,
        needed: '',
        pending: [],
        unknown: [],
      };
    }

    let jobQueue: Readiness['checks']['jobQueue'];
    if (!app.hasDecorator('jobs'))
      jobQueue = { ok: false, detail: 'no job queue', kind: 'none', depth: null };
    else {
      try {
        const depth = await app.jobs.depth(RECONCILE_JOB);
        jobQueue = { ok: true, detail: `${depth} job(s) waiting`, kind: app.jobs.kind, depth };
      } catch (error) {
        jobQueue = { ok: false, detail: errorText(error), kind: app.jobs.kind, depth: null };
      }
    }

    const backup = app.hasDecorator('backupStatus') ? app.backupStatus() : null;
    let lastBackup: Readiness['checks']['lastBackup'];
    if (!backup) {
      lastBackup = {
        ok: true,
        detail: 'no scheduled backup on this instance',
        scheduled: false,
        at: null,
        file: null,
        bytes: null,
      };
    } else if (!backup.last) {
      lastBackup = { ok: true, detail: 'none yet', scheduled: true, at: null, file: null, bytes: null };
    } else if (!backup.last.ok) {
      lastBackup = {
        ok: false,
        detail: `failed: ${backup.last.error}`,
        scheduled: true,
        at: backup.last.at,
        file: null,
        bytes: null,
      };
    } else {
      // A schedule that has missed two turns is as bad as a failed backup.
      const ageMs = Date.now() - Date.parse(backup.last.at);
      const ok = ageMs <= 2 * backup.everyMs;
      lastBackup = {
        ok,
        detail: ok
          ? 'written'
          : `the last backup is older than two intervals (${Math.round(ageMs / 60_000)} minutes)`,
        scheduled: true,
        at: backup.last.at,
        file: backup.last.file,
        bytes: backup.last.bytes,
      };
    }
    return { database, migrations, jobQueue, lastBackup };
  }
};
