import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readReach } from '../../domain/access/policy.js';
import type { PartyScope, ReconciliationRun } from '../../store/index.js';
import { COORDINATOR } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { decodeCursor, encodeCursor } from '../routes/page-cursor.js';
import { writeContext } from '../write-context.js';
import { decidePair } from './decide-pair.service.js';
import {
  DecisionBody,
  DecisionConflictResponse,
  PairDecisionDto,
  ReconciliationDto,
  ReconciliationsDto,
  ReviewPageDto,
  ReviewQuery,
  ThresholdsBody,
} from './reconciliation.schemas.js';
import { startRun } from './start-run.service.js';

const COORDINATOR_OR_LIAISON = { roles: ['coordinator', 'liaison'] } as const;

/**
 * A run as this reader may read it: a run's counts name both parties' lists, so a reader without the whole report
 * (a liaison) reads the run without them, and its own side in the run's results.
 */
const asReadBy = (scope: PartyScope, run: ReconciliationRun): ReconciliationRun =>
  readReach(scope, 'live_report') === 'everything' ? run : { ...run, counts: null };

/** Reconciliation runs (a background job), the review queue, decisions, sharing with the liaisons. */
export const exchangeReconciliationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reconciliations, runPairs } = app.store.repos;
  const tags = ['exchange'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.post(
    '/reconciliations',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          "Each party's missing list against the other party's held list, as a background job; poll the run for progress.",
        body: ThresholdsBody,
        response: { 202: ReconciliationDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await startRun(app.store, app.jobs, writeContext(req), req.body?.thresholds)),
  );

  app.get(
    '/reconciliations',
    {
      config: { access: COORDINATOR_OR_LIAISON },
      schema: { tags, response: { 200: ReconciliationsDto, ...errors } },
    },
    async (req) => ({
      items: (await reconciliations.list(req.scope)).map((run) => asReadBy(req.scope, run)),
    }),
  );

  app.get(
    '/reconciliations/:id',
    {
      config: { access: COORDINATOR_OR_LIAISON },
      schema: { tags, params: IdParams, response: { 200: ReconciliationDto, ...errors } },
    },
    async (req) => {
      const run = await reconciliations.findById(req.scope, req.params.id);
      if (!run) throw notFound('Reconciliation');
      return asReadBy(req.scope, run);
    },
  );

  app.get(
    '/reconciliations/:id/review',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'The pairs between the thresholds, best first, with both entries as written and the explanation: ' +
          '`show=open` (default) leaves out the pairs decided so far, `decided` brings them back, `all` both.',
        params: IdParams,
        querystring: ReviewQuery,
        response: { 200: ReviewPageDto, ...errors },
      },
    },
    async (req) => {
      const { after, ...range } = req.query;
      const key = decodeCursor(after, ([probability, id]) =>
        typeof probability === 'number' && typeof id === 'string' ? { probability, id } : null,
      );
      const page = await runPairs.review(req.scope, req.params.id, { ...range, after: key });
      if (!page) throw notFound('Reconciliation');
      return { ...page, next: page.next && encodeCursor([page.next.probability, page.next.id]) };
    },
  );

  app.post(
    '/pairs/:id/decision',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'Confirm, reject or mark unsure, sending the version read with the pair; a stale version is refused (409).',
        params: IdParams,
        body: DecisionBody,
        response: { 200: PairDecisionDto, ...errors, 409: DecisionConflictResponse },
      },
    },
    async (req) => decidePair(app.store, writeContext(req), req.params.id, req.body),
  );

  app.post(
    '/reconciliations/:id/share',
    {
      config: { access: COORDINATOR },
      schema: { tags, params: IdParams, response: { 200: ReconciliationDto, ...errors } },
    },
    async (req) => {
      const run = await reconciliations.share(writeContext(req), req.params.id);
      if (!run) throw notFound('Reconciliation');
      return run;
    },
  );
};
