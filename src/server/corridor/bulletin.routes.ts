import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gazetteerPlaces } from '../../domain/gazetteer/gazetteer.js';
import { SIGNED_IN } from '../access.js';
import { exportLanguage } from '../exports/export-labels.js';
import { problemResponses } from '../problem.js';
import { BulletinPdfQuery, BulletinQuery, DailyBulletinDto } from './bulletin.schemas.js';
import { bulletinOf } from './bulletin.service.js';

/** The daily bulletin of the corridor: the day's figures as JSON, or one page of PDF in the reader's language. */
export const bulletinRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['corridor'];
  const errors = problemResponses(400, 401, 403);

  app.get(
    '/bulletin',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description:
          'The bulletin of a day: observation posts in place, movements escorted, cargo delivered, returns that day and in total, incidents published.',
        querystring: BulletinQuery,
        response: { 200: DailyBulletinDto, ...errors },
      },
    },
    async (req) => bulletinOf(app.store, req.scope, req.query.date),
  );

  app.get(
    '/bulletin.pdf',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description:
          'The bulletin of a day as one page of PDF, in `lang` (en, ru, hy, az) or the reader’s language.',
        querystring: BulletinPdfQuery,
        produces: ['application/pdf'],
        response: {
          200: { description: 'The bulletin', content: { 'application/pdf': { schema: z.unknown() } } },
          ...errors,
          ...problemResponses(503),
        },
      },
    },
    async (req, reply) => {
      const language = exportLanguage(req.query.lang ?? req.auth?.user.locale);
      const bulletin = await bulletinOf(app.store, req.scope, req.query.date);
      const placeNames = Object.fromEntries(
        gazetteerPlaces().map((p) => [p.id, p.names[language][0] ?? p.names.en[0] ?? p.id]),
      );
      // Written in a worker thread within the export budget, like every PDF.
      const pdf = await app.exporter.run({
        kind: 'bulletin-pdf',
        bulletin,
        ctx: {
          language,
          generatedAt: new Date().toISOString(),
          timeZone: req.auth?.user.timeZone,
          placeNames,
        },
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="corridor-bulletin-${req.query.date}.pdf"`)
        .send(pdf);
    },
  );
};
