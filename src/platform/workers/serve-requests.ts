import { parentPort, type Transferable, workerData } from 'node:worker_threads';
import type { CrossedError, WorkerReply, WorkerRequest } from './messages.js';

/** What a request handler is given besides the payload. */
export interface RequestContext {
  /** Tells the caller how the work advances (its `onProgress` hears it). */
  progress(progress: unknown): void;
  /** Buffers of the result to move to the caller rather than copy (a typed array's `.buffer`). */
  transfer(...buffers: ArrayBufferLike[]): void;
}

export type RequestHandler = (payload: unknown, context: RequestContext) => unknown;

function crossed(error: unknown): CrossedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { name: error.constructor.name, message: error.message, fields };
}

/** The data the thread was started with (`openWorker`'s `workerData`). */
export function startData<T>(): T {
  return workerData as T;
}

/**
 * Runs in a worker thread: answers the starting thread's requests one at a time with `handle`, which may be
 * asynchronous. A thrown error goes back to the caller with its class name, message and fields.
 */
export function serveRequests(handle: RequestHandler): void {
  const port = parentPort;
  if (!port) throw new Error('serveRequests runs in a worker thread');
  let queue = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
      const transfers: ArrayBufferLike[] = [];
      const context: RequestContext = {
        progress: (progress) =>
          port.postMessage({ id: request.id, type: 'progress', progress } satisfies WorkerReply),
        transfer: (...buffers) => transfers.push(...buffers),
      };
      try {
        const result = await handle(request.payload, context);
        port.postMessage({ id: request.id, type: 'result', result } satisfies WorkerReply, [
          ...new Set(transfers),
        ] as Transferable[]);
      } catch (error) {
        port.postMessage({ id: request.id, type: 'error', error: crossed(error) } satisfies WorkerReply);
      }
    });
  });
  // Its modules are loaded: a caller's time budget counts from here, not from the thread's start.
  port.postMessage({ id: -1, type: 'ready' } satisfies WorkerReply);
}
