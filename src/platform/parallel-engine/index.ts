// The engine's link and dedupe across worker threads (both cores), for the command line and the server alike.

export {
  dedupeInWorkers,
  linkInWorkers,
  type WorkersDedupeResult,
  type WorkersLinkOptions,
  type WorkersLinkResult,
} from './link-in-workers.js';
export type { PortableLinkOptions, WarningAt } from './messages.js';
export { defaultWorkerCount, type WorkersOptions } from './score-in-workers.js';
export { type SharedRows, shareRowStream, shareRows, shareRowsInTurns } from './shared-rows.js';
