import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COORDINATOR } from '../access.js';
import { exportLanguage } from '../exports/export-labels.js';
import { pairForTable } from '../exports/pairs-table.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { partyNames } from './export-names.js';
import { PairsExportQuery, PairsPageDto, PairsQuery, RunResultsDto } from './reconciliation.schemas.js';
import { NamedCountPageDto, ReportQuery, ReportSectionParams, ReportSectionQuery } from './report.schemas.js';
import { readRunResults, readRunSection } from './report.service.js';

const RunResultsQuery = ReportQuery.pick({ limit: true });
const RunSectionQuery = ReportSectionQuery.omit({ asOf: true });

const COORDINATOR_OR_LIAISON = { roles: ['coordinator', 'liaison'] } as const;
const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * A run's pairs (every one, searched and filtered by status, each with its explanation; CSV and XLSX exports) and
 * its results (the discrepancy report's one computation over the run: the run page's counts, a liaison's results).
 */
export const exchangeRunPairsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { runPairs } = app.store.repos;
  const deps = { store: app.store, reports: app.reportComputer };
  const tags = ['exchange'];
  const errors = problemResponses(400, 401, 403, 404);

  app.get(
    '/reconciliations/:id/pairs',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Every pair of the run, best first: `q` searches both names (any case), `status` is matched, confirmed, ' +
          'to_review or rejected; each with both entries, the explanation and the decision.',
        params: IdParams,
        querystring: PairsQuery,
        response: { 200: PairsPageDto, ...errors },
      },
    },
    async (req) => {
      const page = await runPairs.page(req.scope, req.params.id, req.query);
      if (!page) throw notFound('Reconciliation');
      return page;
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/reconciliations/:id/pairs.${format}`,
      {
        config: { access: COORDINATOR },
        schema: {
          tags,
          description: `The pairs (filtered as the page) as ${format.toUpperCase()}, labels in \`lang\`, names as written, every cell neutralised; written in a worker thread within the export budget (503 \`export-over-budget\` over it).`,
          params: IdParams,
          querystring: PairsExportQuery,
          produces: [MEDIA_TYPES[format]],
          response: {
            200: {
              description: 'The pairs file',
              content: { [MEDIA_TYPES[format]]: { schema: z.unknown() } },
            },
            ...errors,
            ...problemResponses(503),
          },
        },
      },
      async (req, reply) => {
        const pairs = await runPairs.all(req.scope, req.params.id, req.query);
        if (!pairs) throw notFound('Reconciliation');
        const language = exportLanguage(req.query.lang ?? req.auth?.user.locale);
        // Written in a worker thread within the export budget, as the other exports: up to 100,000 pairs never
        // hold the event loop.
        const body = await app.exporter.run({
          kind: format === 'csv' ? 'pairs-csv' : 'pairs-xlsx',
          pairs: pairs.map(pairForTable),
          language,
          partyNames: await partyNames(app.store, req.scope, language),
        });
        return reply
          .type(MEDIA_TYPES[format])
          .header('content-disposition', `attachment; filename="pairs-${req.params.id}.${format}"`)
          .send(body);
      },
    );
  }

  app.get(
    '/reconciliations/:id/results',
    {
      config: { access: COORDINATOR_OR_LIAISON },
      schema: {
        tags,
        description:
          "The run's results with every decision so far, from the discrepancy report's computation: both sides and " +
          "the pairs per status for the coordinator; a liaison's own side only, once the run is shared with it.",
        params: IdParams,
        querystring: RunResultsQuery,
        response: { 200: RunResultsDto, ...errors, ...problemResponses(503) },
      },
    },
    async (req) => {
      const report = await readRunResults(deps, req.scope, req.params.id, req.query.limit);
      if (!report) throw notFound('Reconciliation results');
      return { report, pairs: await runPairs.counts(req.scope, req.params.id) };
    },
  );

  app.get(
    '/reconciliations/:id/results/sections/:partyId/:section',
    {
      config: { access: COORDINATOR_OR_LIAISON },
      schema: {
        tags,
        description: "A page of one section of a side of the run's results, after the results' first page.",
        params: IdParams.extend(ReportSectionParams.shape),
        querystring: RunSectionQuery,
        response: { 200: NamedCountPageDto, ...errors, ...problemResponses(503) },
      },
    },
    async (req) => {
      const { id, ...section } = req.params;
      return readRunSection(deps, req.scope, id, { ...section, ...req.query });
    },
  );
};
