import type { FastifyRequest } from 'fastify';
import type { WriteContext } from '../store/index.js';
import './fastify-types.js';
import { HttpProblem } from './problem.js';

/** The actor of a write made through the API, for its audit entry. */
export function writeContext(req: FastifyRequest): WriteContext {
  if (!req.auth) throw new HttpProblem(401, 'Sign in to continue');
  return { actor: { userId: req.auth.user.id, username: req.auth.user.username, via: 'api' } };
}
