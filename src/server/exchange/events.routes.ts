import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COORDINATOR } from '../access.js';
import { exportLanguage } from '../exports/export-labels.js';
import { manifestPdf } from '../exports/manifest-pdf.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { writeContext } from '../write-context.js';
import { confirmEvent } from './confirm-event.service.js';
import { ExchangeEventDto, ExchangeEventsDto, LangQuery, NewEventBody } from './events.schemas.js';
import { partyNamer } from './export-names.js';
import { planEvent } from './plan-event.service.js';

const EVENT_READERS = { roles: ['coordinator', 'liaison', 'observer'] } as const;
const CONFIRMERS = { roles: ['coordinator', 'liaison'] } as const;

/** Exchange events: planned by the coordinator, confirmed by each party's liaison and the coordinator. */
export const exchangeEventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { exchangeEvents } = app.store.repos;
  const tags = ['exchange'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.post(
    '/events',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Plans an exchange of verified persons; each goes from the party holding them to their own.',
        body: NewEventBody,
        response: { 201: ExchangeEventDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await planEvent(app.store, writeContext(req), req.scope, req.body)),
  );

  app.get(
    '/events',
    { config: { access: EVENT_READERS }, schema: { tags, response: { 200: ExchangeEventsDto, ...errors } } },
    async (req) => ({ items: await exchangeEvents.list(req.scope) }),
  );

  app.get(
    '/events/:id',
    {
      config: { access: EVENT_READERS },
      schema: { tags, params: IdParams, response: { 200: ExchangeEventDto, ...errors } },
    },
    async (req) => {
      const event = await exchangeEvents.findById(req.scope, req.params.id);
      if (!event) throw notFound('Exchange');
      return event;
    },
  );

  app.post(
    '/events/:id/confirm',
    {
      config: { access: CONFIRMERS },
      schema: {
        tags,
        description: 'The confirmation that completes the set hands every person of the exchange over.',
        params: IdParams,
        response: { 200: ExchangeEventDto, ...errors },
      },
    },
    async (req) => confirmEvent(app.store, writeContext(req), req.scope, req.params.id),
  );

  app.get(
    '/events/:id/manifest.pdf',
    {
      config: { access: EVENT_READERS },
      schema: {
        tags,
        description: 'The exchange manifest as PDF, labels in `lang` (en, ru, hy, az), names as written.',
        params: IdParams,
        querystring: LangQuery,
        produces: ['application/pdf'],
        response: {
          200: { description: 'The manifest', content: { 'application/pdf': { schema: z.unknown() } } },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const event = await exchangeEvents.findById(req.scope, req.params.id);
      if (!event) throw notFound('Exchange');
      const language = exportLanguage(req.query.lang ?? req.auth?.user.locale);
      const pdf = await manifestPdf(event, {
        language,
        partyName: await partyNamer(app.store, req.scope, language),
        generatedAt: new Date().toISOString(),
        timeZone: req.auth?.user.timeZone,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="exchange-${event.date}.pdf"`)
        .send(pdf);
    },
  );
};
