import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StoreError } from '../../store/index.js';
import { HttpProblem, type ProblemFieldError, problem, sendProblem } from '../problem.js';

const LOCATIONS = new Set<ProblemFieldError['in']>(['body', 'querystring', 'params', 'headers']);

function locationOf(context: string | undefined): ProblemFieldError['in'] {
  return LOCATIONS.has(context as ProblemFieldError['in']) ? (context as ProblemFieldError['in']) : 'body';
}

/** `/names/en` (a JSON pointer from the validator) -> `names.en`. */
function dottedPath(instancePath: string): string {
  return instancePath.split('/').filter(Boolean).join('.');
}

const STORE_ERROR_STATUS: Record<StoreError['code'], number> = {
  conflict: 409,
  invalid: 400,
  not_found: 404,
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error;
}

function handleError(error: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const instance = req.url;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = locationOf((error as { validationContext?: string }).validationContext);
    const errors = error.validation.map((issue) => ({
      in: where,
      path: dottedPath(issue.instancePath),
      message: issue.message ?? 'Invalid value',
    }));
    const fields = errors.map((e) => e.path || `(${e.in})`).join(', ');
    return sendProblem(
      reply,
      problem(400, `Invalid ${where}: ${fields}`, {
        type: 'urn:parley:problem:validation',
        instance,
        errors,
      }),
    );
  }
  if (error instanceof HttpProblem) {
    reply.headers(error.headers);
    const body = problem(error.status, error.message, {
      type: error.problemType,
      instance,
      ...(error.errors ? { errors: error.errors } : {}),
    });
    return sendProblem(reply, { ...error.extensions, ...body });
  }
  if (error instanceof StoreError) {
    const status = STORE_ERROR_STATUS[error.code];
    const errors = error.fields.map((f) => ({ in: 'body' as const, path: f.path, message: f.message }));
    return sendProblem(
      reply,
      problem(status, error.message, {
        type: `urn:parley:problem:${error.code}`,
        instance,
        ...(errors.length > 0 ? { errors } : {}),
      }),
    );
  }
  if (isFastifyError(error)) {
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendProblem(
        reply,
        problem(400, 'The request body is not valid JSON', {
          type: 'urn:parley:problem:malformed-json',
          instance,
          errors: [{ in: 'body', path: '', message: error.message }],
        }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, problem(status, error.message, { instance }));
    }
  }
  // Anything else is a fault of ours: log it whole, tell the client nothing of its insides.
  req.log.error({ err: error }, 'request failed');
  return sendProblem(reply, problem(500, 'The server could not complete the request', { instance }));
}

/** Every error leaves as RFC 9457 problem+json, naming bad fields by their path; no stack traces to clients. */
export const problemsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error, req, reply) => handleError(error, req, reply));
  },
  { name: 'problems' },
);
