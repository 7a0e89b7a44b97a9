import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import {
  AuditActionsDto,
  AuditCheckpointsDto,
  AuditPage,
  AuditQuery,
  type AuditVerdict,
  AuditVerdictDto,
} from './audit.schemas.js';
import { auditVerifier } from './audit-verify.task.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  // One walk at a time: a second request while one runs gets the same verdict. The walk reads the log in batches of
  // 1,000 entries; each batch's seals (about 0.1 ms an entry, 5 s for 50,000) are recomputed in a worker thread, so
  // the server answers other requests meanwhile (bench/audit-verify.ts).
  const verifier = auditVerifier();
  app.addHook('onClose', () => verifier.close());
  let running: Promise<AuditVerdict> | null = null;
  const verify = async (): Promise<AuditVerdict> => {
    const started = performance.now();
    const verdict = await app.store.repos.audit.verifyChain({ verifyBatch: verifier.verifyBatch });
    return {
      ok: verdict.ok,
      checked: verdict.checked,
      firstBad: verdict.ok ? null : verdict.firstBad,
      verifiedAt: new Date().toISOString(),
      millis: Math.round(performance.now() - started),
    };
  };

  app.get(
    '/audit',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problemResponses(400, 401, 403) },
      },
    },
    async (req) => app.store.repos.audit.listReadable(req.scope, req.query),
  );

  app.get(
    '/audit/actions',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['audit'],
        description: 'The action codes the log holds, for a filter chosen from a list.',
        response: { 200: AuditActionsDto, ...problemResponses(401, 403) },
      },
    },
    async (req) => ({ items: await app.store.repos.audit.actions(req.scope) }),
  );

  app.post(
    '/audit/verify',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['audit'],
        description:
          'Walks the whole chain (links, keyed hashes, signed checkpoints) and names the first entry that does not verify, as `parley audit verify` does.',
        response: { 200: AuditVerdictDto, ...problemResponses(401, 403) },
      },
    },
    async () => {
      running ??= verify().finally(() => {
        running = null;
      });
      return running;
    },
  );

  app.get(
    '/audit/checkpoints',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['audit'],
        description:
          'Signed checkpoints of the audit chain (Ed25519), oldest first: keep them; `parley audit verify --checkpoint FILE` checks the log against them.',
        response: { 200: AuditCheckpointsDto, ...problemResponses(401, 403) },
      },
    },
    async () => app.store.repos.audit.checkpoints(),
  );
};
