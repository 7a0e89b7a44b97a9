import { type ResourceLimits, type Transferable, Worker } from 'node:worker_threads';
import type { CrossedError, WorkerReply } from './messages.js';

/**
 * The URL of a worker module beside the caller: `workerModule(import.meta.url, './x.worker')`. From the built output
 * the module is plain JavaScript; from the sources (tsx, vitest) it is TypeScript and needs tsx's loader.
 */
export function workerModule(callerUrl: string, relativePath: string): URL {
  const fromSources = callerUrl.endsWith('.ts');
  return new URL(`${relativePath}${fromSources ? '.ts' : '.js'}`, callerUrl);
}

export interface RequestOptions {
  /** Buffers of the payload to move into the worker rather than copy. */
  transfer?: readonly ArrayBufferLike[];
  /** Hears the worker's progress reports for this request. */
  onProgress?: (progress: unknown) => void;
}

/** A worker thread that answers requests one at a time (its module calls `serveRequests`). */
export interface WorkerClient {
  request<T>(payload: unknown, options?: RequestOptions): Promise<T>;
  /** Ends the thread; requests still waiting fail. */
  close(): Promise<void>;
  /** Whether the thread still answers (false once it has ended, stopped or run out of memory). */
  isOpen(): boolean;
  /** Settles once the thread has loaded its modules and serves requests (fails if it ends first). */
  ready: Promise<void>;
}

export interface OpenWorkerOptions {
  /** Cloned into the thread once, at its start (`startData()` there). */
  workerData?: unknown;
  /** Turns an error from the worker back into the caller's own class (by its name and fields). */
  reviveError?: (error: CrossedError) => Error | undefined;
  /** The thread's memory: over it the thread ends and its requests fail with `ERR_WORKER_OUT_OF_MEMORY`. */
  resourceLimits?: ResourceLimits;
  /** The thread does not keep the process alive (for threads kept idle between requests). */
  unref?: boolean;
}

function plainError(error: CrossedError): Error {
  const revived = new Error(error.message);
  Object.assign(revived, error.fields);
  return revived;
}

/** Starts a worker thread running `module` (see `workerModule`). */
export function openWorker(module: URL, options: OpenWorkerOptions = {}): WorkerClient {
  const worker = module.pathname.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`,
        { eval: true, workerData: options.workerData, resourceLimits: options.resourceLimits },
      )
    : new Worker(module, { workerData: options.workerData, resourceLimits: options.resourceLimits });
  if (options.unref) worker.unref();
  const waiting = new Map<
    number,
    {
      resolve: (value: unknown) => void;
      reject: (error: Error) => void;
      onProgress?: (progress: unknown) => void;
    }
  >();
  let nextId = 0;
  let ended: Error | undefined;
  const failAll = (error: Error) => {
    ended ??= error;
    failReady(error);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  let markReady: () => void = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // Nobody may wait on it: a thread that fails first is reported to its requests.
  ready.catch(() => {});
  worker.on('message', (reply: WorkerReply) => {
    if (reply.type === 'ready') {
      markReady();
      return;
    }
    const pending = waiting.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      pending.onProgress?.(reply.progress);
      return;
    }
    waiting.delete(reply.id);
    if (reply.type === 'result') pending.resolve(reply.result);
    else pending.reject(options.reviveError?.(reply.error) ?? plainError(reply.error));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) =>
    failAll(new Error(`The worker thread stopped (exit code ${code}) before giving a result`)),
  );
  return {
    request<T>(payload: unknown, requestOptions: RequestOptions = {}): Promise<T> {
      if (ended) return Promise.reject(ended);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject,
          onProgress: requestOptions.onProgress,
        });
        worker.postMessage({ id, payload }, (requestOptions.transfer ?? []) as Transferable[]);
      });
    },
    async close() {
      await worker.terminate();
    },
    isOpen: () => ended === undefined,
    ready,
  };
}

/** Runs one request in a new worker thread, then ends the thread. */
export async function runInWorker<T>(
  module: URL,
  payload: unknown,
  options: OpenWorkerOptions & RequestOptions = {},
): Promise<T> {
  const worker = openWorker(module, options);
  try {
    return await worker.request<T>(payload, options);
  } finally {
    await worker.close();
  }
}
