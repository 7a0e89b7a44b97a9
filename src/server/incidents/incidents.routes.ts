import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reviewQueue } from '../../domain/incidents/observation-rules.js';
import { COORDINATOR, type RouteAccess, SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { writeContext } from '../write-context.js';
import { incidentDetail } from './incident-detail.service.js';
import {
  AccountBody,
  IncidentDetailDto,
  IncidentListDto,
  IncidentListQuery,
  StatusBody,
} from './incidents.schemas.js';
import { acledCsv } from './incidents-export.js';
import { recordAccount } from './record-account.service.js';
import { reportIncident } from './report-incident.service.js';
import { reviewIncident } from './review-incident.service.js';

const REPORTERS: RouteAccess = { roles: ['coordinator', 'liaison'] };
const LIAISON: RouteAccess = { roles: ['liaison'] };

/**
 * Incidents on the line: reported by a party (its claim) or the monitor, reviewed by the coordinator (the
 * monitor's finding), published for observers. Each party's claim and the finding stay side by side.
 */
export const incidentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { incidents } = app.store.repos;
  const tags = ['incidents'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.get(
    '/incidents',
    {
      config: { access: SIGNED_IN },
      schema: { tags, querystring: IncidentListQuery, response: { 200: IncidentListDto, ...errors } },
    },
    async (req) => ({ items: await incidents.list(req.scope, { status: req.query.status }) }),
  );

  app.get(
    '/incidents/review-queue',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description: 'Incidents awaiting a finding, oldest report first.',
        response: { 200: IncidentListDto, ...errors },
      },
    },
    async (req) => ({ items: reviewQueue(await incidents.list(req.scope, { limit: 5000 })) }),
  );

  app.get(
    '/incidents.csv',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: 'Published incidents as an ACLED-style CSV, one row per monitor finding.',
        produces: ['text/csv'],
        response: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errors },
      },
    },
    async (_req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="incidents-acled.csv"')
        .send(await acledCsv(app.store)),
  );

  app.post(
    '/incidents',
    {
      config: { access: REPORTERS },
      schema: {
        tags,
        description:
          "Reports an incident: a liaison's report is its party's claim, the coordinator's the monitor's.",
        body: AccountBody,
        response: { 201: IncidentDetailDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await reportIncident(app.store, writeContext(req), req.scope, req.body, new Date())),
  );

  app.get(
    '/incidents/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, params: IdParams, response: { 200: IncidentDetailDto, ...errors } },
    },
    async (req) => incidentDetail(app.store.repos, req.scope, req.params.id),
  );

  app.put(
    '/incidents/:id/claim',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description: "Writes the liaison's own party's claim about the incident.",
        params: IdParams,
        body: AccountBody,
        response: { 200: IncidentDetailDto, ...errors },
      },
    },
    async (req) =>
      recordAccount(app.store, writeContext(req), req.scope, req.params.id, 'claim', req.body, new Date()),
  );

  app.put(
    '/incidents/:id/finding',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description: "Writes the monitor's finding, kept beside the parties' claims.",
        params: IdParams,
        body: AccountBody,
        response: { 200: IncidentDetailDto, ...errors },
      },
    },
    async (req) =>
      recordAccount(app.store, writeContext(req), req.scope, req.params.id, 'finding', req.body, new Date()),
  );

  app.post(
    '/incidents/:id/status',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Moves the incident through review: start_review, verify, find_unverified, find_disputed, reopen, publish.',
        params: IdParams,
        body: StatusBody,
        response: { 200: IncidentDetailDto, ...errors },
      },
    },
    async (req) => reviewIncident(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );
};
