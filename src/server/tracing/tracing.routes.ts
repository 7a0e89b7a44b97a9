import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TRACING_COUNT_READERS } from '../../domain/tracing/sharing.js';
import { COORDINATOR, type RouteAccess } from '../access.js';
import { problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { todayIso } from '../today.js';
import { writeContext } from '../write-context.js';
import { familyExport } from './family-export.js';
import {
  CaseBody,
  CaseDetailDto,
  CaseListDto,
  CaseListQuery,
  CaseStatusBody,
  CountsDto,
  CountsQuery,
  HandoverBody,
  IdentificationBody,
  MatchDecisionBody,
  MatchDecisionResultDto,
  MatchQueueDto,
  MatchQueueQuery,
  PfifImportDto,
  RemainsBody,
  RemainsDetailDto,
  RemainsExchangeBody,
  RemainsListDto,
  RemainsListQuery,
} from './tracing.schemas.js';
import { caseDetail, changeCaseStatus, editCase, listCases, openCase } from './tracing-cases.service.js';
import { tracingCounts } from './tracing-counts.service.js';
import { decideMatch, matchQueue } from './tracing-matches.service.js';
import { exportPfif, importPfif } from './tracing-pfif.service.js';
import { caseNotFound } from './tracing-problems.js';
import {
  handOverRemains,
  identifyRemains,
  putRemainsInExchange,
  registerRemains,
  remainsDetail,
} from './tracing-remains.service.js';

const PFIF_MAX_BYTES = 5 * 1024 * 1024;
const CASE_READERS: RouteAccess = { roles: ['coordinator', 'liaison'] };
const LIAISON: RouteAccess = { roles: ['liaison'] };
/** Observers see tracing as counts only; field officers not at all. */
const COUNTS_READERS: RouteAccess = { roles: TRACING_COUNT_READERS };

/**
 * Tracing: missing-person cases opened by liaisons for families (shared as the family chose), the remains
 * register and identification, and counts. Cases and remains are scoped by the access policy in the store.
 */
export const tracingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tracing'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.get(
    '/tracing/cases',
    {
      config: { access: CASE_READERS },
      schema: { tags, querystring: CaseListQuery, response: { 200: CaseListDto, ...errors } },
    },
    async (req) => listCases(app.store.repos, req.scope, req.query),
  );

  app.post(
    '/tracing/cases',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description:
          "Opens a case for a family of the liaison's party; the engine then searches for the person.",
        body: CaseBody,
        response: { 201: CaseDetailDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await openCase(app.store, app.jobs, writeContext(req), req.scope, req.body, todayIso())),
  );

  app.get(
    '/tracing/cases/:id',
    {
      config: { access: CASE_READERS },
      schema: { tags, params: IdParams, response: { 200: CaseDetailDto, ...errors } },
    },
    async (req) => caseDetail(app.store.repos, req.scope, req.params.id),
  );

  app.get(
    '/tracing/cases/:id/family-export',
    {
      config: { access: CASE_READERS },
      schema: {
        tags,
        description:
          "What is held about the case, for the family, in the family's language (full view only).",
        params: IdParams,
        produces: ['text/plain'],
        response: {
          200: { description: 'Text', content: { 'text/plain': { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const detail = await caseDetail(app.store.repos, req.scope, req.params.id);
      if (detail.visibility !== 'full') throw caseNotFound();
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `attachment; filename="${detail.reference}.txt"`)
        .send(familyExport(detail));
    },
  );

  app.put(
    '/tracing/cases/:id',
    {
      config: { access: LIAISON },
      schema: { tags, params: IdParams, body: CaseBody, response: { 200: CaseDetailDto, ...errors } },
    },
    async (req) =>
      editCase(app.store, app.jobs, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
  );

  app.post(
    '/tracing/cases/:id/status',
    {
      config: { access: CASE_READERS },
      schema: {
        tags,
        description: 'Moves the case by an event of its status machine (a liaison only closes or reopens).',
        params: IdParams,
        body: CaseStatusBody,
        response: { 200: CaseDetailDto, ...errors },
      },
    },
    async (req) => changeCaseStatus(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.get(
    '/tracing/remains',
    {
      config: { access: CASE_READERS },
      schema: { tags, querystring: RemainsListQuery, response: { 200: RemainsListDto, ...errors } },
    },
    async (req) => app.store.repos.tracingRemains.list(req.scope, req.query),
  );

  app.post(
    '/tracing/remains',
    {
      config: { access: CASE_READERS },
      schema: { tags, body: RemainsBody, response: { 201: RemainsDetailDto, ...errors } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await registerRemains(app.store, writeContext(req), req.scope, req.body, todayIso())),
  );

  app.get(
    '/tracing/remains/:id',
    {
      config: { access: CASE_READERS },
      schema: { tags, params: IdParams, response: { 200: RemainsDetailDto, ...errors } },
    },
    async (req) => remainsDetail(app.store.repos, req.scope, req.params.id),
  );

  app.post(
    '/tracing/remains/:id/identification',
    {
      config: { access: CASE_READERS },
      schema: {
        tags,
        description: 'Records an identification step; a confirmed one locates the case it resolves dead.',
        params: IdParams,
        body: IdentificationBody,
        response: { 200: RemainsDetailDto, ...errors },
      },
    },
    async (req) =>
      identifyRemains(app.store, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
  );

  app.post(
    '/tracing/remains/:id/handover',
    {
      config: { access: COORDINATOR },
      schema: { tags, params: IdParams, body: HandoverBody, response: { 200: RemainsDetailDto, ...errors } },
    },
    async (req) => handOverRemains(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.post(
    '/tracing/remains/:id/exchange',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Puts remains in an exchange still planned: handed over when its outcome is confirmed by all.',
        params: IdParams,
        body: RemainsExchangeBody,
        response: { 200: RemainsDetailDto, ...errors },
      },
    },
    async (req) => putRemainsInExchange(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.get(
    '/tracing/matches',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description: "The engine's candidates for cases, with its explanation, most likely first.",
        querystring: MatchQueueQuery,
        response: { 200: MatchQueueDto, ...errors },
      },
    },
    async (req) => matchQueue(app.store.repos, req.scope, req.query.limit, req.query.offset),
  );

  app.post(
    '/tracing/matches/:id/decision',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Confirms a candidate (the case is located, or merged with its duplicate) or rejects it.',
        params: IdParams,
        body: MatchDecisionBody,
        response: { 200: MatchDecisionResultDto, ...errors },
      },
    },
    async (req) => decideMatch(app.store, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
  );

  // PFIF arrives as XML: read as text here, checked by the domain element by element.
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: PFIF_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/tracing/pfif',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description:
          "Imports a PFIF 1.4 document (persons and notes, ids in the liaison's party's domain) as cases.",
        consumes: ['application/xml'],
        body: z.string().max(PFIF_MAX_BYTES),
        response: { 201: PfifImportDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await importPfif(app.store, app.jobs, writeContext(req), req.scope, req.body, todayIso())),
  );

  app.get(
    '/tracing/pfif',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description: "The liaison's party's cases as PFIF 1.4, each with its status history as notes.",
        produces: ['application/xml'],
        response: {
          200: { description: 'PFIF 1.4', content: { 'application/xml': { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="cases.pfif.xml"')
        .send(await exportPfif(app.store, req.scope)),
  );

  app.get(
    '/tracing/counts',
    {
      config: { access: COUNTS_READERS },
      schema: {
        tags,
        description:
          'Cases by status, remains by identification status and method, as of a day and over time.',
        querystring: CountsQuery,
        response: { 200: CountsDto, ...errors },
      },
    },
    async (req) => tracingCounts(app.store.repos, req.scope, req.query, todayIso()),
  );
};
