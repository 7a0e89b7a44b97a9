import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { inspectArchive } from '../../src/store/index.js';
import {
  LATER_RELEASE_MIGRATION,
  markMigratedByLaterRelease,
} from '../../src/store/testing/later-release.js';
import { openTestStore, testDialects } from '../../src/store/testing/test-store.js';
import { startTestApp, type TestApp } from './api-harness.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

for (const dialect of testDialects()) {
  describe(`metrics and readiness on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { metricsToken: TOKEN });
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers GET /metrics in the Prometheus text format with the token, and refuses without it', async () => {
      await t.app.inject({ method: 'GET', url: '/api/health' });
      await t.app.inject({ method: 'GET', url: '/api/v1/parties' });
      const refused = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer realm="parley-metrics"');
      expect(refused.body).not.toContain('parley_http_requests_total');
      const wrong = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` },
      });
      expect(wrong.statusCode).toBe(401);

      const res = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.body;
      expect(text).toMatch(
        /^parley_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1$/m,
      );
      expect(text).toMatch(
        /^parley_http_requests_total\{method="GET",route="\/api\/v1\/parties",status="401"\} 1$/m,
      );
      expect(text).toMatch(
        /^parley_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/health"\} \d+$/m,
      );
      expect(text).toMatch(/^parley_job_queue_depth\{job="exchange-reconcile"\} 0$/m);
      expect(text).toContain('# TYPE parley_job_duration_seconds histogram');
      expect(text).toContain('# TYPE parley_reconciliation_runs gauge');
      expect(text).toMatch(/^parley_nodejs_eventloop_lag_seconds \d/m);
      if (dialect === 'postgres') expect(text).toMatch(/^parley_db_pool_connections\{state="max"\} 20$/m);
    });

    it('says ready with each check, and not ready (503) when the database was migrated by a newer Parley', async () => {
      const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({
        status: 'ready',
        checks: {
          database: { ok: true, store: dialect },
          migrations: { ok: true, pending: [], unknown: [] },
          jobQueue: { ok: true, kind: dialect === 'postgres' ? 'pg-boss' : 'in-process', depth: 0 },
          lastBackup: { ok: true, scheduled: false },
        },
      });
      const live = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(live.json()).toMatchObject({ status: 'ok', store: dialect });

      const later = await markMigratedByLaterRelease(t.store);
      const newer = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(newer.statusCode).toBe(503);
      expect(newer.json()).toMatchObject({
        status: 'not_ready',
        checks: { migrations: { ok: false, unknown: [LATER_RELEASE_MIGRATION] } },
      });
      await later.undo();
    });
  });

  describe(`scheduled backups on ${dialect}`, () => {
    it('writes archives on schedule, keeps the last N, and shows the outcome on the health page and in the metrics', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'parley-scheduled-'));
      const t = await startTestApp(dialect, { metricsToken: TOKEN, backups: { dir, everyMs: 300, keep: 2 } });
      try {
        const archives = () => readdirSync(dir).filter((f) => f.endsWith('.parley-backup'));
        const deadline = Date.now() + 30_000;
        let metrics = '';
        while (Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          metrics = (
            await t.app.inject({
              method: 'GET',
              url: '/metrics',
              headers: { authorization: `Bearer ${TOKEN}` },
            })
          ).body;
          const done = Number(/^parley_backups_total\{outcome="done"\} (\d+)$/m.exec(metrics)?.[1] ?? 0);
          if (done >= 3) break;
        }
        expect(metrics).toMatch(/^parley_backups_total\{outcome="done"\} [3-9]\d*$/m);
        expect(metrics).toMatch(/^parley_backup_last_success_timestamp_seconds \d+/m);
        const kept = archives();
        expect(kept.length).toBeLessThanOrEqual(2);
        expect(kept.length).toBeGreaterThanOrEqual(1);
        const { manifest } = await inspectArchive(path.join(dir, kept.sort().at(-1) ?? ''));
        expect(manifest.audit.verdict.ok).toBe(true);
        expect(manifest.dialect).toBe(dialect);

        const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
        expect(ready.json()).toMatchObject({
          checks: {
            lastBackup: {
              ok: true,
              scheduled: true,
              detail: 'written',
              file: expect.stringMatching(/^parley-/),
            },
          },
        });
      } finally {
        await t.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);

    it('refuses to start when the backup folder cannot be written, saying which', async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'parley-scheduled-bad-'));
      const blocker = path.join(work, 'a-file');
      writeFileSync(blocker, 'not a folder');
      const store = await openTestStore(dialect);
      try {
        await expect(
          buildApp({ store, backups: { dir: path.join(blocker, 'backups'), everyMs: 60_000, keep: 2 } }),
        ).rejects.toThrow(
          /^The backup folder .*a-file\/backups \(PARLEY_BACKUP_DIR\) cannot be written: ENOTDIR$/,
        );
      } finally {
        await store.close();
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
}

describe('metrics without a configured token', () => {
  it('are off: GET /metrics answers 404 and says how to turn them on', async () => {
    const t = await startTestApp('sqlite');
    try {
      const res = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({
        detail: 'Metrics are off: set PARLEY_METRICS_TOKEN to turn them on',
      });
    } finally {
      await t.close();
    }
  });
});
