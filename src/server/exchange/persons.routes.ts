import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import { COORDINATOR } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { decodeCursor, encodeCursor } from '../routes/page-cursor.js';
import { writeContext } from '../write-context.js';
import { PlanPageDto } from './events.schemas.js';
import {
  ExchangePersonDto,
  ExchangePersonsDto,
  PersonDetailDto,
  PersonsQuery,
  StatusBody,
} from './persons.schemas.js';
import { readPlan } from './plan.service.js';

const COORDINATOR_OR_LIAISON = { roles: ['coordinator', 'liaison'] } as const;

/** The persons the exchange tracks, their status with its history, and the all-for-all plan. */
export const exchangePersonsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { exchangePersons } = app.store.repos;
  const tags = ['exchange'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.get(
    '/persons',
    {
      config: { access: COORDINATOR_OR_LIAISON },
      schema: { tags, querystring: PersonsQuery, response: { 200: ExchangePersonsDto, ...errors } },
    },
    async (req) => {
      const { limit, after, ...filter } = req.query;
      const page = await exchangePersons.list(req.scope, filter, {
        limit,
        after: decodeCursor(after, ([displayName, id]) =>
          typeof displayName === 'string' && typeof id === 'string' ? { displayName, id } : null,
        ),
      });
      return { items: page.items, next: page.next && encodeCursor([page.next.displayName, page.next.id]) };
    },
  );

  app.get(
    '/persons/:id',
    {
      config: { access: COORDINATOR_OR_LIAISON },
      schema: { tags, params: IdParams, response: { 200: PersonDetailDto, ...errors } },
    },
    async (req) => {
      const person = await exchangePersons.findById(req.scope, req.params.id);
      if (!person) throw notFound('Person');
      return person;
    },
  );

  app.post(
    '/persons/:id/status',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Moves the person along one allowed edge of the status machine; 409 names the statuses it applies to.',
        params: IdParams,
        body: StatusBody,
        response: { 200: ExchangePersonDto, ...errors },
      },
    },
    async (req) => {
      const person = await exchangePersons.changeStatus(
        writeContext(req),
        req.params.id,
        req.body.event,
        statusReason('note', { text: req.body.reason }),
      );
      if (!person) throw notFound('Person');
      return person;
    },
  );

  app.get(
    '/plan',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'The all-for-all plan, and what it still waits for (runs, pairs, persons, confirmations).',
        response: { 200: PlanPageDto, ...errors },
      },
    },
    async (req) => readPlan(app.store, req.scope),
  );
};
