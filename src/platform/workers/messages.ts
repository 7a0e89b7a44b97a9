/** What crosses between a worker thread and the thread that started it. */

/** A request: its sequence number and the caller's payload. */
export interface WorkerRequest {
  id: number;
  payload: unknown;
}

/** An error as it crosses threads: its class name, message and own fields (a class is not cloned). */
export interface CrossedError {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

export type WorkerReply =
  | { id: number; type: 'ready' }
  | { id: number; type: 'progress'; progress: unknown }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; error: CrossedError };
