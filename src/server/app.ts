import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../domain/retention/policy.js';
import { DEFAULT_SESSION_TTL_MS, reportReaderTarget, type Store } from '../store/index.js';
import './fastify-types.js';
import type { WorkerBudget } from '../platform/workers/index.js';
import { bulletinRoutes } from './corridor/bulletin.routes.js';
import { cargoRoutes } from './corridor/cargo.routes.js';
import { mapLayersRoutes } from './corridor/layers.routes.js';
import { type MapTilesOptions, mapTilesRoutes } from './corridor/map-tiles.routes.js';
import { corridorMovementsRoutes } from './corridor/movements.routes.js';
import { passagesRoutes } from './corridor/passages.routes.js';
import { returnsRoutes } from './corridor/returns.routes.js';
import { dashboardRoutes } from './dashboard/dashboard.routes.js';
import { exchangeEventsRoutes } from './exchange/events.routes.js';
import { exchangeListsRoutes } from './exchange/lists.routes.js';
import { exchangePersonsRoutes } from './exchange/persons.routes.js';
import { RECONCILE_JOB } from './exchange/reconcile-job.js';
import { exchangeReconciliationRoutes } from './exchange/reconciliation.routes.js';
import { exchangeReportRoutes } from './exchange/report.routes.js';
import { openReportComputer } from './exchange/report-computer.js';
import { exchangeRunPairsRoutes } from './exchange/run-pairs.routes.js';
import { openExporter } from './exports/run-export.js';
import { incidentsRoutes } from './incidents/incidents.routes.js';
import { type JobsPluginOptions, jobsPlugin } from './jobs/jobs-plugin.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-throttle.js';
import { meetingsRoutes } from './meetings/meetings.routes.js';
import { API_PREFIX, accessControlPlugin } from './plugins/access-control.js';
import { authPlugin } from './plugins/auth.js';
import { housekeepingPlugin } from './plugins/housekeeping.js';
import { metricsPlugin } from './plugins/metrics.js';
import { openApiPlugin } from './plugins/openapi.js';
import { problemsPlugin } from './plugins/problems.js';
import { type ScheduledBackupOptions, scheduledBackupPlugin } from './plugins/scheduled-backup.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { webAppPlugin } from './plugins/web-app.js';
import { provisionsRoutes } from './provisions/provisions.routes.js';
import { OneLinePerRequest } from './request-log.js';
import { agreementsRoutes } from './routes/agreements.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { partiesRoutes } from './routes/parties.routes.js';
import { usersRoutes } from './routes/users.routes.js';
import { tracingRoutes } from './tracing/tracing.routes.js';

export interface BuildAppOptions {
  store: Store;
  /** A pino logger to write one JSON line per request to; none: no logs (tests). */
  logger?: FastifyBaseLogger;
  /** Mark the session cookie Secure and send HSTS even when the request itself came over plain http. */
  secureCookies?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (the client address and https are then taken from it). */
  trustProxy?: boolean;
  /** A session ends this long after its last use. */
  sessionTtlMs?: number;
  loginLimits?: LoginLimits;
  /** Delete expired sessions and purge what the retention policy says is due this often (off when unset). */
  purgeEveryMs?: number;
  /** How long each kind of data is kept (default DEFAULT_RETENTION). */
  retention?: RetentionPolicy;
  /** The built web app; default `dist/web` of this package. */
  webRoot?: string;
  /** The background job queue (default: the store dialect's own, working jobs in this instance). */
  jobs?: JobsPluginOptions;
  /** The bearer token of `GET /metrics`; unset: metrics are off (404). */
  metricsToken?: string;
  /** The map's own tiles: a tile URL or .pmtiles URL, or a .pmtiles file served by Parley (none: Natural Earth only). */
  map?: MapTilesOptions;
  /** Back the database up on a schedule (off when unset). */
  backups?: ScheduledBackupOptions;
  /** What writing one export (report PDF/XLSX, manifest) may take, in its worker thread (default EXPORT_BUDGET). */
  exportBudget?: WorkerBudget;
  /** What computing one discrepancy report may take in its worker thread. */
  reportBudget?: WorkerBudget;
}

export type App = FastifyInstance;

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export async function buildApp(opts: BuildAppOptions): Promise<App> {
  const secureCookies = opts.secureCookies ?? false;
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    logController: new OneLinePerRequest(),
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('store', opts.store);
  app.decorate('exporter', openExporter(opts.exportBudget));
  app.addHook('onClose', async () => app.exporter.close());
  app.decorate(
    'reportComputer',
    openReportComputer(reportReaderTarget(opts.store.native), opts.reportBudget),
  );
  app.addHook('onClose', async () => app.reportComputer.close());

  await app.register(problemsPlugin);
  await app.register(metricsPlugin, { token: opts.metricsToken, jobNames: [RECONCILE_JOB] });
  await app.register(securityHeadersPlugin, { https: secureCookies });
  const sessionTtlMs = opts.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  await app.register(authPlugin, { secureCookies, sessionTtlMs });
  await app.register(accessControlPlugin);
  await app.register(openApiPlugin);
  if (opts.purgeEveryMs) {
    await app.register(housekeepingPlugin, {
      everyMs: opts.purgeEveryMs,
      retention: opts.retention ?? DEFAULT_RETENTION,
    });
  }

  if (opts.backups) await app.register(scheduledBackupPlugin, opts.backups);

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(authRoutes, {
    prefix: API_PREFIX,
    secureCookies,
    sessionTtlMs,
    loginLimits: opts.loginLimits ?? DEFAULT_LOGIN_LIMITS,
  });
  await app.register(partiesRoutes, { prefix: API_PREFIX });
  await app.register(usersRoutes, { prefix: API_PREFIX });
  await app.register(auditRoutes, { prefix: API_PREFIX });
  await app.register(agreementsRoutes, { prefix: API_PREFIX });
  await app.register(provisionsRoutes, { prefix: API_PREFIX });
  await app.register(incidentsRoutes, { prefix: API_PREFIX });
  await app.register(meetingsRoutes, { prefix: API_PREFIX });
  await app.register(dashboardRoutes, { prefix: API_PREFIX });
  await app.register(exchangeListsRoutes, { prefix: `${API_PREFIX}/exchange` });

  await app.register(jobsPlugin, opts.jobs ?? {});
  await app.register(exchangeReconciliationRoutes, { prefix: `${API_PREFIX}/exchange` });
  await app.register(exchangeRunPairsRoutes, { prefix: `${API_PREFIX}/exchange` });
  await app.register(exchangePersonsRoutes, { prefix: `${API_PREFIX}/exchange` });
  await app.register(exchangeEventsRoutes, { prefix: `${API_PREFIX}/exchange` });
  await app.register(exchangeReportRoutes, { prefix: `${API_PREFIX}/exchange` });
  await app.register(corridorMovementsRoutes, { prefix: `${API_PREFIX}/corridor` });
  await app.register(mapLayersRoutes, { prefix: `${API_PREFIX}/corridor` });
  await app.register(mapTilesRoutes, { prefix: `${API_PREFIX}/corridor`, ...(opts.map ?? {}) });
  await app.register(cargoRoutes, { prefix: `${API_PREFIX}/corridor` });
  await app.register(bulletinRoutes, { prefix: `${API_PREFIX}/corridor` });
  await app.register(passagesRoutes, { prefix: `${API_PREFIX}/corridor` });
  await app.register(returnsRoutes, { prefix: API_PREFIX });
  await app.register(tracingRoutes, { prefix: API_PREFIX });

  await app.register(webAppPlugin, { webRoot: opts.webRoot ?? DEFAULT_WEB_ROOT });
  await app.ready();
  return app;
}
