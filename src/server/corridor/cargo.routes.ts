import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deliveredTonnageByWeek } from '../../domain/corridor/cargo.js';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { writeContext } from '../write-context.js';
import {
  ConsignmentDto,
  ConsignmentsDto,
  NewConsignmentBody,
  ReceiptBody,
  TonnageDto,
  TonnageQuery,
} from './cargo.schemas.js';
import { consignmentDto, dispatchConsignment, receiveConsignment } from './cargo.service.js';

/** Humanitarian cargo (after the Logistics Cluster's RITA): consignments, line items, dispatch and receipt. */
export const cargoRoutes: FastifyPluginAsyncZod = async (app) => {
  const { cargo } = app.store.repos;
  const tags = ['corridor'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.post(
    '/consignments',
    {
      config: { access: COORDINATOR },
      schema: { tags, body: NewConsignmentBody, response: { 201: ConsignmentDto, ...errors } },
    },
    async (req, reply) =>
      reply.code(201).send(await dispatchConsignment(app.store, writeContext(req), req.scope, req.body)),
  );

  app.get(
    '/consignments',
    { config: { access: SIGNED_IN }, schema: { tags, response: { 200: ConsignmentsDto, ...errors } } },
    async (req) => ({ items: (await cargo.list(req.scope)).map(consignmentDto) }),
  );

  app.get(
    '/consignments/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, params: IdParams, response: { 200: ConsignmentDto, ...errors } },
    },
    async (req) => {
      const found = await cargo.findById(req.scope, req.params.id);
      if (!found) throw notFound('Consignment');
      return consignmentDto(found);
    },
  );

  app.post(
    '/consignments/:id/receipt',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Good, damaged and lost per line (they add up to the quantity dispatched); a note on any loss.',
        params: IdParams,
        body: ReceiptBody,
        response: { 200: ConsignmentDto, ...errors },
      },
    },
    async (req) => receiveConsignment(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.get(
    '/cargo/tonnage',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: 'Tonnes delivered in good condition, by ISO week and category.',
        querystring: TonnageQuery,
        response: { 200: TonnageDto, ...errors },
      },
    },
    async (req) => ({ weeks: deliveredTonnageByWeek(await cargo.received(req.scope, req.query)) }),
  );
};
