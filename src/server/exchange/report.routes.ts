import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COORDINATOR } from '../access.js';
import { exportLanguage } from '../exports/export-labels.js';
import { problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import { partyNames } from './export-names.js';
import {
  DiscrepancyReportDto,
  NamedCountPageDto,
  PublishBody,
  REPORT_PAGE_DEFAULT,
  ReportQuery,
  ReportSectionParams,
  ReportSectionQuery,
} from './report.schemas.js';
import { publishReport, readReport, readReportSection, reportForExport } from './report.service.js';

const REPORT_READERS = { roles: ['coordinator', 'liaison', 'observer'] } as const;
const MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The discrepancy report: live for the coordinator, the published one for observers; XLSX and PDF exports. */
export const exchangeReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { store: app.store, reports: app.reportComputer };
  const tags = ['exchange'];
  const errors = problemResponses(400, 401, 403, 404, 409);

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
        response: { 200: DiscrepancyReportDto, ...errors, ...problemResponses(503) },
      },
    },
    async (req) => readReport(deps, req.scope, req.query.asOf, req.query.limit),
  );

  app.get(
    '/discrepancy-report/sections/:partyId/:section',
    {
      config: { access: REPORT_READERS },
      schema: {
        tags,
        description:
          "A page of one section of a side of the report (the persons after the report's first page), in the " +
          "report's order; a side the reader does not read is not found.",
        params: ReportSectionParams,
        querystring: ReportSectionQuery,
        response: { 200: NamedCountPageDto, ...errors, ...problemResponses(503) },
      },
    },
    async (req) => readReportSection(deps, req.scope, { ...req.params, ...req.query }),
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
        const { asOf, publishedAt, json } = await reportForExport(deps, req.scope, req.query.asOf);
        const language = exportLanguage(req.query.lang ?? req.auth?.user.locale);
        // Written in a worker thread within the export budget: a long report never holds the event loop.
        const body = await app.exporter.run({
          kind: format === 'pdf' ? 'report-pdf' : 'report-xlsx',
          report: { json },
          ctx: {
            language,
            generatedAt: new Date().toISOString(),
            publishedAt,
            timeZone: req.auth?.user.timeZone,
          },
          partyNames: await partyNames(app.store, req.scope, language),
        });
        return reply
          .type(MEDIA_TYPES[format])
          .header('content-disposition', `attachment; filename="discrepancy-report-${asOf}.${format}"`)
          .send(body);
      },
    );
  }

  app.post(
    '/discrepancy-report/publish',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        body: PublishBody,
        response: { 201: DiscrepancyReportDto, ...errors, ...problemResponses(503) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await publishReport(deps, writeContext(req), req.body.asOf, REPORT_PAGE_DEFAULT)),
  );
};
