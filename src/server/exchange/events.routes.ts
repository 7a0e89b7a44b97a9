import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXCHANGE_EVENT_ACTS } from '../../domain/access/policy.js';
import { COORDINATOR } from '../access.js';
import { exportLanguage } from '../exports/export-labels.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { writeContext } from '../write-context.js';
import { cancelEvent } from './cancel-event.service.js';
import { carryOutEvent } from './carry-out-event.service.js';
import { confirmEvent } from './confirm-event.service.js';
import { editEvent } from './edit-event.service.js';
import {
  CancelEventBody,
  EventChangesBody,
  ExchangeEventDto,
  ExchangeEventsDto,
  LangQuery,
  NewEventBody,
  OutcomeBody,
  VerifiedMatchesDto,
  VerifyMatchesBody,
} from './events.schemas.js';
import { partyNames } from './export-names.js';
import { planEvent } from './plan-event.service.js';
import { verifyMatches } from './verify-matches.service.js';

const EVENT_READERS = { roles: ['coordinator', 'liaison', 'observer'] } as const;
// Who takes each step, from the access policy (domain/access/policy.ts).
const acts = (step: keyof typeof EXCHANGE_EVENT_ACTS) => ({ roles: EXCHANGE_EVENT_ACTS[step] });

/**
 * Exchange events: planned by the coordinator, confirmed by each party's liaison and the coordinator, edited or
 * cancelled until carried out, carried out on the day person by person, and that outcome confirmed by all.
 */
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
      config: { access: acts('confirm') },
      schema: {
        tags,
        description:
          "Confirms the plan for the caller's side; the confirmation that completes the set makes it confirmed. " +
          'Nobody is handed over by it.',
        params: IdParams,
        response: { 200: ExchangeEventDto, ...errors },
      },
    },
    async (req) => confirmEvent(app.store, writeContext(req), req.scope, req.params.id, 'plan'),
  );

  app.patch(
    '/events/:id',
    {
      config: { access: acts('edit') },
      schema: {
        tags,
        description:
          'Edits a planned or confirmed exchange (date, place, kind of place, persons); its confirmations start over.',
        params: IdParams,
        body: EventChangesBody,
        response: { 200: ExchangeEventDto, ...errors },
      },
    },
    async (req) => editEvent(app.store, writeContext(req), req.scope, req.params.id, req.body),
  );

  app.post(
    '/events/:id/cancel',
    {
      config: { access: acts('cancel') },
      schema: {
        tags,
        description:
          'Cancels an exchange not carried out yet, with the reason; its persons go back to verified.',
        params: IdParams,
        body: CancelEventBody,
        response: { 200: ExchangeEventDto, ...errors },
      },
    },
    async (req) => cancelEvent(app.store, writeContext(req), req.scope, req.params.id, req.body.reason),
  );

  app.post(
    '/events/:id/outcome',
    {
      config: { access: acts('record_outcome') },
      schema: {
        tags,
        description:
          'Records what happened on the day (not before the date): each person handed over, or not with a reason. ' +
          "The persons' statuses change once both sides confirm the outcome.",
        params: IdParams,
        body: OutcomeBody,
        response: { 200: ExchangeEventDto, ...errors },
      },
    },
    async (req) =>
      carryOutEvent(
        app.store,
        writeContext(req),
        req.scope,
        req.params.id,
        req.body.outcomes.map((o) => ({
          personId: o.personId,
          outcome: o.outcome,
          reason: o.reason ?? null,
          note: o.note || null,
        })),
        new Date().toISOString(),
      ),
  );

  app.post(
    '/events/:id/outcome/confirm',
    {
      config: { access: acts('confirm_outcome') },
      schema: {
        tags,
        description:
          "Confirms the recorded outcome for the caller's side; the confirmation that completes the set changes the " +
          "persons' statuses (handed over, or back to verified with the reason).",
        params: IdParams,
        response: { 200: ExchangeEventDto, ...errors },
      },
    },
    async (req) => confirmEvent(app.store, writeContext(req), req.scope, req.params.id, 'outcome'),
  );

  app.post(
    '/reconciliations/:id/verify-matches',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Verifies, with one reason, every located person whose pair in this finished run is confirmed, or matched ' +
          'with no decision (unsure and rejected pairs are left).',
        params: IdParams,
        body: VerifyMatchesBody,
        response: { 200: VerifiedMatchesDto, ...errors },
      },
    },
    async (req) => verifyMatches(app.store, writeContext(req), req.scope, req.params.id, req.body.reason),
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
          ...problemResponses(503),
        },
      },
    },
    async (req, reply) => {
      const event = await exchangeEvents.findById(req.scope, req.params.id);
      if (!event) throw notFound('Exchange');
      const language = exportLanguage(req.query.lang ?? req.auth?.user.locale);
      // Written in a worker thread within the export budget.
      const pdf = await app.exporter.run({
        kind: 'manifest-pdf',
        event,
        ctx: { language, generatedAt: new Date().toISOString(), timeZone: req.auth?.user.timeZone },
        partyNames: await partyNames(app.store, req.scope, language),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="exchange-${event.date}.pdf"`)
        .send(pdf);
    },
  );
};
