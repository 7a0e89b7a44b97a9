import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readReach } from '../../domain/access/policy.js';
import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import type { PartyScope } from '../../store/index.js';
import { COORDINATOR } from '../access.js';
import { exportLanguage } from '../exports/export-labels.js';
import { notFound, problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import { partyNames } from './export-names.js';
import { DiscrepancyReportDto, PublishBody, ReportQuery } from './report.schemas.js';

const REPORT_READERS = { roles: ['coordinator', 'liaison', 'observer'] } as const;
const MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const today = () => new Date().toISOString().slice(0, 10);

type ReportView = DiscrepancyReport & { publishedAt: string | null; publishedBy: string | null };

/** The discrepancy report: live for the coordinator, the published one for observers; XLSX and PDF exports. */
export const exchangeReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { discrepancyReports } = app.store.repos;
  const tags = ['exchange'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  async function reportFor(scope: PartyScope, asOf: string | undefined): Promise<ReportView> {
    const reach = readReach(scope, 'live_report');
    if (reach === 'everything' || reach === 'shared_with_party') {
      const report = await discrepancyReports.build(scope, asOf ?? today());
      if (report) return { ...report, publishedAt: null, publishedBy: null };
      // A liaison reads its own side of a shared run, never the published report (both sides).
      if (reach === 'shared_with_party') throw notFound('Shared results');
    }
    const published = await discrepancyReports.published(asOf);
    if (!published) throw notFound('Published report');
    return published;
  }

  app.get(
    '/discrepancy-report',
    {
      config: { access: REPORT_READERS },
      schema: {
        tags,
        description:
          'As of `asOf` (default today): the live report for the coordinator, its own side of the last run shared ' +
          'with it for a liaison, the last published for observers.',
        querystring: ReportQuery,
        response: { 200: DiscrepancyReportDto, ...errors },
      },
    },
    async (req) => reportFor(req.scope, req.query.asOf),
  );

  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/discrepancy-report.${format}`,
      {
        config: { access: REPORT_READERS },
        schema: {
          tags,
          description: `The report as ${format.toUpperCase()}, labels in \`lang\` (en, ru, hy, az), names as written.`,
          querystring: ReportQuery,
          produces: [MEDIA_TYPES[format]],
          response: {
            200: {
              description: 'The report file',
              content: { [MEDIA_TYPES[format]]: { schema: z.unknown() } },
            },
            ...errors,
            ...problemResponses(503),
          },
        },
      },
      async (req, reply) => {
        const report = await reportFor(req.scope, req.query.asOf);
        const language = exportLanguage(req.query.lang ?? req.auth?.user.locale);
        // Written in a worker thread within the export budget: a long report never holds the event loop.
        const body = await app.exporter.run({
          kind: format === 'pdf' ? 'report-pdf' : 'report-xlsx',
          report,
          ctx: {
            language,
            generatedAt: new Date().toISOString(),
            publishedAt: report.publishedAt,
            timeZone: req.auth?.user.timeZone,
          },
          partyNames: await partyNames(app.store, req.scope, language),
        });
        return reply
          .type(MEDIA_TYPES[format])
          .header('content-disposition', `attachment; filename="discrepancy-report-${report.asOf}.${format}"`)
          .send(body);
      },
    );
  }

  app.post(
    '/discrepancy-report/publish',
    {
      config: { access: COORDINATOR },
      schema: { tags, body: PublishBody, response: { 201: DiscrepancyReportDto, ...errors } },
    },
    async (req, reply) =>
      reply.code(201).send(await discrepancyReports.publish(writeContext(req), req.body.asOf)),
  );
};
