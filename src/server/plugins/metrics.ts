import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import '../fastify-types.js';
import { HttpProblem } from '../problem.js';

export interface MetricsOptions {
  /** The bearer token `GET /metrics` asks for; unset: the route answers 404 (metrics off). */
  token?: string;
  /** The job names whose queue depth to report. */
  jobNames: readonly string[];
}

export interface ParleyMetrics {
  readonly registry: Registry;
  /** Runs one background job and records its duration and outcome. */
  timeJob<T>(name: string, run: () => Promise<T>): Promise<T>;
  /** Records a scheduled backup's outcome. */
  backupFinished(outcome: 'done' | 'failed', seconds: number, at: Date): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: ParleyMetrics;
  }
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800];

function bearerMatches(req: FastifyRequest, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7).trim() : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Prometheus metrics of this instance (`GET /metrics`, text format, bearer token): requests and latency per
 * route, job queue depth and job durations, reconciliation runs by status, the database pool, the event loop
 * (Node's default metrics), and scheduled backups. Each app has its own registry.
 */
export const metricsPlugin = fp<MetricsOptions>(
  async (app: FastifyInstance, opts) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'parley_', eventLoopMonitoringPrecision: 10 });

    const requests = new Counter({
      name: 'parley_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    });
    const latency = new Histogram({
      name: 'parley_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern',
      labelNames: ['method', 'route'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    const jobDuration = new Histogram({
      name: 'parley_job_duration_seconds',
      help: 'Background jobs run by this instance, by job name and outcome',
      labelNames: ['job', 'outcome'] as const,
      buckets: JOB_BUCKETS,
      registers: [registry],
    });
    new Gauge({
      name: 'parley_job_queue_depth',
      help: 'Jobs waiting to be taken up, by job name',
      labelNames: ['job'] as const,
      registers: [registry],
      async collect() {
        if (!app.hasDecorator('jobs')) return;
        for (const name of opts.jobNames) this.set({ job: name }, await app.jobs.depth(name));
      },
    });
    new Gauge({
      name: 'parley_reconciliation_runs',
      help: 'Reconciliation runs in the database, by status',
      labelNames: ['status'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        const counts = await app.store.repos.metrics.reconciliationsByStatus();
        for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
      },
    });
    new Gauge({
      name: 'parley_db_pool_connections',
      help: 'PostgreSQL pool connections (total, idle) and callers waiting for one; absent on SQLite',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const use = app.store.poolUse();
        if (!use) return;
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
        this.set({ state: 'max' }, use.max);
      },
    });
    const backups = new Counter({
      name: 'parley_backups_total',
      help: 'Scheduled backups run by this instance, by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
    const backupSeconds = new Gauge({
      name: 'parley_backup_last_duration_seconds',
      help: 'Duration of the last scheduled backup',
      registers: [registry],
    });
    const lastBackup = new Gauge({
      name: 'parley_backup_last_success_timestamp_seconds',
      help: 'When the last scheduled backup that succeeded finished (Unix time)',
      registers: [registry],
    });

    const metrics: ParleyMetrics = {
      registry,
      async timeJob(name, run) {
        const end = jobDuration.startTimer({ job: name });
        try {
          const result = await run();
          end({ outcome: 'done' });
          return result;
        } catch (error) {
          end({ outcome: 'failed' });
          throw error;
        }
      },
      backupFinished(outcome, seconds, at) {
        backups.inc({ outcome });
        backupSeconds.set(seconds);
        if (outcome === 'done') lastBackup.set(at.getTime() / 1000);
      },
    };
    app.decorate('metrics', metrics);

    app.addHook('onResponse', async (req, reply) => {
      const route = req.routeOptions.url ?? '(unmatched)';
      requests.inc({ method: req.method, route, status: String(reply.statusCode) });
      latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    });

    app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
      if (!opts.token) {
        throw new HttpProblem(404, 'Metrics are off: set PARLEY_METRICS_TOKEN to turn them on');
      }
      if (!bearerMatches(req, opts.token)) {
        throw new HttpProblem(
          401,
          'GET /metrics needs the header Authorization: Bearer <PARLEY_METRICS_TOKEN>',
          {
            headers: { 'www-authenticate': 'Bearer realm="parley-metrics"' },
          },
        );
      }
      reply.header('cache-control', 'no-store').type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: 'metrics' },
);
