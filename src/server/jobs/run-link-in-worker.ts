import { Worker } from 'node:worker_threads';
import type { LinkResultMessage, LinkTask, WorkerMessage } from './engine-task.js';

// From the built output the worker is plain JS; from the sources (tsx, vitest) it needs tsx's loader too.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSources ? './engine-worker.ts' : './engine-worker.js', import.meta.url);

/** Links and sorts two lists in a worker thread; `onProgress` hears the engine's stages as they advance. */
export function runLinkInWorker(
  task: LinkTask,
  onProgress?: (stage: string, done: number, total: number) => void,
): Promise<LinkResultMessage> {
  return new Promise((resolve, reject) => {
    const worker = fromSources
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
          { eval: true, workerData: task },
        )
      : new Worker(WORKER_URL, { workerData: task });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.stage, message.done, message.total);
      else {
        settled = true;
        resolve(message);
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The engine worker stopped (exit code ${code}) before giving a result`));
    });
  });
}
