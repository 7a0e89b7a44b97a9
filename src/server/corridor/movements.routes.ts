import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { writeContext } from '../write-context.js';
import { answerMovement, editMovement, movementDto, planMovement, stepMovement } from './movement.service.js';
import {
  MovementAnswerBody,
  MovementConflictResponse,
  MovementDetailsBody,
  MovementDto,
  MovementEditBody,
  MovementStepBody,
  MovementsDto,
} from './movements.schemas.js';

const LIAISON = { roles: ['liaison'] } as const;

/**
 * Movements through the corridor (after OCHA's Humanitarian Notification System): the coordinator plans and notifies
 * both parties; each party's liaison acknowledges or objects, for its own party only.
 */
export const corridorMovementsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { corridorMovements } = app.store.repos;
  const tags = ['corridor'];
  const errors = { ...problemResponses(400, 401, 403, 404), 409: MovementConflictResponse };

  app.post(
    '/movements',
    {
      config: { access: COORDINATOR },
      schema: { tags, body: MovementDetailsBody, response: { 201: MovementDto, ...errors } },
    },
    async (req, reply) =>
      reply.code(201).send(await planMovement(app.store, writeContext(req), req.scope, req.body)),
  );

  app.get(
    '/movements',
    { config: { access: SIGNED_IN }, schema: { tags, response: { 200: MovementsDto, ...errors } } },
    async (req) => ({
      items: (await corridorMovements.list(req.scope)).map((m) => movementDto(m, req.scope)),
    }),
  );

  app.get(
    '/movements/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, params: IdParams, response: { 200: MovementDto, ...errors } },
    },
    async (req) => {
      const movement = await corridorMovements.findById(req.scope, req.params.id);
      if (!movement) throw notFound('Movement');
      return movementDto(movement, req.scope);
    },
  );

  app.patch(
    '/movements/:id',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description: 'Edits a movement read at `version`; once notified, the parties are notified again.',
        params: IdParams,
        body: MovementEditBody,
        response: { 200: MovementDto, ...errors },
      },
    },
    async (req) => editMovement(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.post(
    '/movements/:id/steps',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'notify (both parties), start, complete or cancel; refused (409) from a status it does not apply to.',
        params: IdParams,
        body: MovementStepBody,
        response: { 200: MovementDto, ...errors },
      },
    },
    async (req) => stepMovement(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.post(
    '/movements/:id/answer',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description:
          "A party's liaison acknowledges the notification, or objects with a reason, for its own party.",
        params: IdParams,
        body: MovementAnswerBody,
        response: { 200: MovementDto, ...errors },
      },
    },
    async (req) => answerMovement(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );
};
