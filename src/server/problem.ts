import type { FastifyReply } from 'fastify';
import { Problem, type ProblemFieldError } from './problem.schemas.js';

export { Problem, ProblemFieldError } from './problem.schemas.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server error' : 'Request refused');
}

/** A problem's `type` is a stable identifier clients can switch on; `about:blank` when the status says it all. */
export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: problemTitle(status), status, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/**
 * Thrown by handlers, services and hooks; the error handler turns it into problem+json. `errors` names the fields
 * at fault; `extensions` are the problem type's own members (RFC 9457 §3.2: `rejects`, `row`, `cell`, `current`).
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly problemType: string;
  readonly headers: Record<string, string>;
  readonly errors: ProblemFieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  constructor(
    status: number,
    detail: string,
    opts: {
      type?: string;
      headers?: Record<string, string>;
      errors?: ProblemFieldError[];
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.status = status;
    this.problemType = opts.type ?? 'about:blank';
    this.headers = opts.headers ?? {};
    this.errors = opts.errors;
    this.extensions = opts.extensions ?? {};
  }
}

export const notFound = (what: string): HttpProblem => new HttpProblem(404, `${what} not found`);

/** An error answer in a route's response schema, under the media type it is really sent with. */
export const ProblemResponse = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: Problem } },
};

/** The error answers a route documents, e.g. `problemResponses(400, 401, 403)`. */
export function problemResponses<const C extends number>(...codes: C[]): Record<C, typeof ProblemResponse> {
  return Object.fromEntries(codes.map((code) => [code, ProblemResponse])) as Record<
    C,
    typeof ProblemResponse
  >;
}
