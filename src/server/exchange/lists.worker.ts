import { serveRequests } from '../../platform/workers/index.js';
import { runListsTaskHere } from './lists.run-task.js';
import type { ListsTask } from './lists.worker-task.js';

// Runs in a worker thread: reading a large file and the engine's passes over a large list, off the event loop.
serveRequests((task) => runListsTaskHere(task as ListsTask));
