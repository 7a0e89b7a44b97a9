import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR, type RouteAccess, SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { todayIso } from '../today.js';
import { writeContext } from '../write-context.js';
import { assessProvision } from './assess-provision.service.js';
import { addProvisionDeadline, markDeadlineMet } from './provision-deadline.service.js';
import { addProvisionEvidence } from './provision-evidence.service.js';
import { agreementImplementation, provisionDetail } from './provision-status.service.js';
import {
  DeadlineParams,
  DeadlinePatchBody,
  ImplementationDto,
  NewAssessmentBody,
  NewDeadlineBody,
  NewEvidenceBody,
  NewPositionBody,
  ProvisionDetailDto,
  ProvisionParams,
} from './provisions.schemas.js';
import { statePosition } from './state-position.service.js';

const LIAISON: RouteAccess = { roles: ['liaison'] };

/**
 * Provisions tracked to done: status on the 0–3 scale with its history, deadlines, parties' positions and evidence.
 * Every role reads; the coordinator assesses and links evidence; a party's liaison states its party's position.
 */
export const provisionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['provisions'];
  const errors = problemResponses(400, 401, 403, 404);

  app.get(
    '/agreements/:id/implementation',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: "Each provision's level today, overdue deadlines, and the roll-up over time.",
        params: IdParams,
        response: { 200: ImplementationDto, ...errors },
      },
    },
    async (req) => agreementImplementation(app.store, req.scope, req.params.id, todayIso()),
  );

  app.get(
    '/provisions/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, params: ProvisionParams, response: { 200: ProvisionDetailDto, ...errors } },
    },
    async (req) => provisionDetail(app.store.repos, req.scope, req.params.id, todayIso()),
  );

  app.post(
    '/provisions/:id/assessments',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description: 'Assesses the provision on the 0–3 scale from a day on, with a rationale and evidence.',
        params: ProvisionParams,
        body: NewAssessmentBody,
        response: { 201: ProvisionDetailDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await assessProvision(app.store, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
        ),
  );

  app.post(
    '/provisions/:id/positions',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description: "States the liaison's own party's position on the provision.",
        params: ProvisionParams,
        body: NewPositionBody,
        response: { 201: ProvisionDetailDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await statePosition(app.store, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
        ),
  );

  app.post(
    '/provisions/:id/evidence',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        params: ProvisionParams,
        body: NewEvidenceBody,
        response: { 201: ProvisionDetailDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await addProvisionEvidence(
            app.store,
            writeContext(req),
            req.scope,
            req.params.id,
            req.body,
            todayIso(),
          ),
        ),
  );

  app.post(
    '/provisions/:id/deadlines',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        params: ProvisionParams,
        body: NewDeadlineBody,
        response: { 201: ProvisionDetailDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await addProvisionDeadline(
            app.store,
            writeContext(req),
            req.scope,
            req.params.id,
            req.body,
            todayIso(),
          ),
        ),
  );

  app.patch(
    '/provisions/:id/deadlines/:deadlineId',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description: 'Marks the deadline met on a day, or not met (null).',
        params: DeadlineParams,
        body: DeadlinePatchBody,
        response: { 200: ProvisionDetailDto, ...errors },
      },
    },
    async (req) =>
      markDeadlineMet(
        app.store,
        writeContext(req),
        req.scope,
        req.params.id,
        req.params.deadlineId,
        req.body.metOn,
        todayIso(),
      ),
  );
};
