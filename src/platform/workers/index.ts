// The one way Parley runs work in worker threads, for the command line and the server alike.
export type { CrossedError } from './messages.js';
export {
  type OpenWorkerOptions,
  openWorker,
  type RequestOptions,
  runInWorker,
  type WorkerClient,
  workerModule,
} from './open-worker.js';
export { type RequestContext, type RequestHandler, serveRequests, startData } from './serve-requests.js';
export {
  openWorkerPool,
  type WorkerBudget,
  WorkerBudgetError,
  type WorkerPool,
  type WorkerPoolOptions,
} from './worker-pool.js';
