import type { Problem } from '../../server/problem.schemas.js';
/**
 * A problem as the page receives it: the server's problem details (RFC 9457), or as much of them as a failed request
 * gives (a network error has only a status and a title).
 */
export type ProblemDetails = Partial<Problem> & Pick<Problem, 'status'>;

/** An HTTP error from the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The server's message for each bad field, keyed by its dotted path in the body (`names.en`). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      const field = normaliseErrorPath(error.path);
      if (!(field in byField)) byField[field] = error.message;
    }
    return byField;
  }
}

/** `names.en`, `/names/en` and `body.names.en` all name the field `names.en`. */
export function normaliseErrorPath(path: string): string {
  const segments = path.split(/[./]/).filter((segment) => segment.length > 0);
  const withoutLocation = ['body', 'querystring', 'params'].includes(segments[0] ?? '')
    ? segments.slice(1)
    : segments;
  return withoutLocation.join('.');
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent with every write; set from the login and /auth/me responses. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  signal?: AbortSignal;
}

const listeners = new Set<() => void>();

/** Called when any request answers 401, so the session can fall back to the login page. */
export function onUnauthorised(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const url = new URL(`/api/v1${path}`, window.location.origin);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Network error' });
  }

  if (response.status === 204) return undefined as T;
  const isJson = /json/.test(response.headers.get('Content-Type') ?? '');
  const payload: unknown = isJson ? await response.json() : undefined;
  if (!response.ok) {
    const problem: ProblemDetails =
      payload && typeof payload === 'object'
        ? { ...(payload as ProblemDetails), status: response.status }
        : { status: response.status };
    if (response.status === 401 && path !== '/auth/login' && path !== '/auth/me') {
      for (const listener of listeners) listener();
    }
    throw new ApiError(problem);
  }
  return payload as T;
}
