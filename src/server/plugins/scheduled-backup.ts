import { constants } from 'node:fs';
import { access, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ARCHIVE_EXTENSION, backupFileName, createBackup } from '../../store/index.js';
import '../fastify-types.js';

export interface ScheduledBackupOptions {
  /** The folder the archives go to. */
  dir: string;
  everyMs: number;
  /** How many of this schedule's archives to keep (the oldest beyond are deleted). */
  keep: number;
}

/** The outcome of the last backup this schedule knows of, for the logs, the metrics and the readiness view. */
export interface BackupStatus {
  dir: string;
  everyMs: number;
  keep: number;
  last:
    | { at: string; ok: true; file: string; bytes: number; seconds: number }
    | { at: string; ok: false; error: string }
    | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The scheduled backup's status; null when no schedule is configured. */
    backupStatus(): BackupStatus | null;
  }
}

function isScheduleArchive(name: string): boolean {
  return name.startsWith('parley-') && name.endsWith(ARCHIVE_EXTENSION);
}

/** This schedule's archives, newest first (their names sort by time). */
async function listArchives(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isScheduleArchive).sort().reverse();
}

/**
 * Backs the database up every `everyMs` into `dir`, keeping the newest `keep` archives. Each outcome is logged
 * and shown by `/api/health/ready` and `/metrics`. The folder must be writable when the server starts, or it
 * does not start. Turn the schedule on for one instance only when several share a database.
 */
export const scheduledBackupPlugin = fp<ScheduledBackupOptions>(
  async (app: FastifyInstance, opts) => {
    const dir = path.resolve(opts.dir);
    try {
      await mkdir(dir, { recursive: true });
      await access(dir, constants.W_OK);
    } catch (error) {
      throw new Error(
        `The backup folder ${dir} (PARLEY_BACKUP_DIR) cannot be written: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    const status: BackupStatus = { dir, everyMs: opts.everyMs, keep: opts.keep, last: null };
    // After a restart the newest archive already there is the last backup.
    const [newest] = await listArchives(dir);
    if (newest) {
      const info = await stat(path.join(dir, newest));
      status.last = { at: info.mtime.toISOString(), ok: true, file: newest, bytes: info.size, seconds: 0 };
    }
    app.decorate('backupStatus', () => status);

    let running = false;
    const runOnce = async () => {
      if (running) return;
      running = true;
      const at = new Date();
      const started = performance.now();
      try {
        const result = await createBackup(
          app.store,
          path.join(dir, backupFileName(app.store.dialect.name, at)),
          at,
        );
        const seconds = (performance.now() - started) / 1000;
        status.last = {
          at: new Date().toISOString(),
          ok: true,
          file: path.basename(result.file),
          bytes: result.bytes,
          seconds,
        };
        const removed = (await listArchives(dir)).slice(opts.keep);
        for (const old of removed) await rm(path.join(dir, old), { force: true });
        app.log.info(
          {
            file: result.file,
            bytes: result.bytes,
            seconds,
            auditHead: result.manifest.audit.head?.seq ?? 0,
            removed,
          },
          'scheduled backup written',
        );
        if (app.hasDecorator('metrics')) app.metrics.backupFinished('done', seconds, new Date());
      } catch (error) {
        const seconds = (performance.now() - started) / 1000;
        status.last = {
          at: new Date().toISOString(),
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        };
        app.log.error({ err: error, dir }, 'scheduled backup failed');
        if (app.hasDecorator('metrics')) app.metrics.backupFinished('failed', seconds, new Date());
      } finally {
        running = false;
      }
    };

    let timer: NodeJS.Timeout | undefined;
    let current: Promise<void> | undefined;
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        current = runOnce();
      }, opts.everyMs);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await current;
    });
  },
  { name: 'scheduled-backup' },
);
