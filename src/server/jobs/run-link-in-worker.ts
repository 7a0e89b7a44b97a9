import { runInWorker, workerModule } from '../../platform/workers/index.js';
import type { EngineProgress, LinkResultMessage, LinkTask } from './engine-task.js';

const ENGINE_WORKER = workerModule(import.meta.url, './engine-worker');

/** Links and sorts two lists in a worker thread; `onProgress` hears the engine's stages as they advance. */
export function runLinkInWorker(
  task: LinkTask,
  onProgress?: (stage: string, done: number, total: number) => void,
): Promise<LinkResultMessage> {
  return runInWorker<LinkResultMessage>(ENGINE_WORKER, task, {
    onProgress: (progress) => {
      const { stage, done, total } = progress as EngineProgress;
      onProgress?.(stage, done, total);
    },
  });
}
