import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nameInScripts } from '../../engine/index.js';
import type { RouteAccess } from '../access.js';
import { HttpProblem, notFound, problemResponses } from '../problem.js';
import { decodeCursor, encodeCursor } from '../routes/page-cursor.js';
import { MAX_UPLOAD_BYTES } from '../uploads/upload-limits.js';
import { writeContext } from '../write-context.js';
import { runListsTask } from './lists.run-task.js';
import {
  DiffQuery,
  DuplicateClusterDto,
  DuplicateClustersDto,
  ExchangeListsDto,
  ImportBody,
  ImportedDto,
  ListDiffDto,
  ListEntriesDto,
  ListParams,
  ListProblemResponse,
  ListVersionsDto,
  MappingBody,
  PageQuery,
  PreviewDto,
  ResolveDuplicateBody,
  UploadDto,
  VersionParams,
} from './lists.schemas.js';
import { importUpload, ownParty, previewUpload, receiveUpload } from './upload.service.js';

const LIST_READERS: RouteAccess = { roles: ['coordinator', 'liaison'] };
const LIAISON: RouteAccess = { roles: ['liaison'] };

const tooLarge = () =>
  new HttpProblem(
    413,
    'The file is larger than 50 MB; split the list into several files or remove unneeded columns',
    {
      type: 'urn:parley:problem:file-too-large',
    },
  );

/** A body the multipart reader gave up on: too large, or not well-formed (cut short, no boundary). */
function badBody(error: unknown): Error {
  if (error instanceof HttpProblem) return error;
  const { code, statusCode } = error as { code?: string; statusCode?: number };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return error as Error;
  return new HttpProblem(
    400,
    `The upload is not a well-formed multipart/form-data body (${(error as Error).message}); send the file again`,
    { type: 'urn:parley:problem:validation' },
  );
}

export const exchangeListsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  const { exchangeLists } = app.store.repos;
  const errors = problemResponses(400, 401, 403, 404, 409);
  const tags = ['exchange lists'];

  app.get(
    '/lists',
    { config: { access: LIST_READERS }, schema: { tags, response: { 200: ExchangeListsDto, ...errors } } },
    async (req) => ({ items: await exchangeLists.list(req.scope) }),
  );

  app.post(
    '/uploads',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description: 'A CSV or XLSX file (at most 50 MB) in the multipart field `file`.',
        consumes: ['multipart/form-data'],
        response: { ...errors, 201: UploadDto, 400: ListProblemResponse, 413: ListProblemResponse },
      },
    },
    async (req, reply) => {
      ownParty(req.scope);
      if (!req.isMultipart()) {
        throw new HttpProblem(400, 'Send the list as multipart/form-data with the file in the field "file"', {
          type: 'urn:parley:problem:validation',
        });
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_UPLOAD_BYTES + 1024 * 1024) throw tooLarge();
      let bytes: Buffer;
      let part: Awaited<ReturnType<typeof req.file>>;
      try {
        part = await req.file();
        if (part?.fieldname !== 'file') {
          throw new HttpProblem(400, 'No file: put the list in the field "file"', {
            type: 'urn:parley:problem:validation',
          });
        }
        bytes = await part.toBuffer();
      } catch (error) {
        throw badBody(error);
      }
      const fileName = path.basename(part.filename || 'list').slice(0, 255);
      return reply
        .code(201)
        .send(await receiveUpload(app.store, writeContext(req), req.scope, { fileName, bytes }));
    },
  );

  app.post(
    '/uploads/:id/preview',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        params: ListParams,
        body: MappingBody,
        response: { ...errors, 200: PreviewDto, 400: ListProblemResponse },
      },
    },
    async (req) => previewUpload(app.store, req.scope, req.params.id, req.body),
  );

  app.post(
    '/uploads/:id/import',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description:
          'All or nothing: any row that cannot be taken refuses the whole import (422, with every such row). ' +
          'When the list has a version already, `mode` says whether the file replaces it or adds to it ' +
          '(409 without it: never replaced by default).',
        params: ListParams,
        body: ImportBody,
        response: {
          ...errors,
          201: ImportedDto,
          400: ListProblemResponse,
          409: ListProblemResponse,
          422: ListProblemResponse,
        },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await importUpload(app.store, writeContext(req), req.scope, req.params.id, req.body)),
  );

  app.get(
    '/lists/:id/versions',
    {
      config: { access: LIST_READERS },
      schema: { tags, params: ListParams, response: { 200: ListVersionsDto, ...errors } },
    },
    async (req) => {
      const items = await exchangeLists.versions(req.scope, req.params.id);
      if (!items) throw notFound('List');
      return { items };
    },
  );

  app.get(
    '/lists/:id/versions/:n/entries',
    {
      config: { access: LIST_READERS },
      schema: {
        tags,
        params: VersionParams,
        querystring: PageQuery,
        response: { 200: ListEntriesDto, ...errors },
      },
    },
    async (req) => {
      const { after, ...range } = req.query;
      const afterRow = decodeCursor(after, ([row]) => (Number.isInteger(row) ? (row as number) : null));
      const page = await exchangeLists.entries(req.scope, req.params.id, req.params.n, {
        ...range,
        afterRow,
      });
      if (!page) throw notFound('List version');
      // Each name in the three scripts, for the page to show the reader's transliteration beside it.
      return {
        items: page.items.map((entry) => ({ ...entry, names: nameInScripts(entry.displayName) })),
        total: page.total,
        next: page.nextRow === null ? null : encodeCursor([page.nextRow]),
      };
    },
  );

  app.get(
    '/lists/:id/diff',
    {
      config: { access: LIST_READERS },
      schema: {
        tags,
        description:
          'Persons added, removed and changed between two versions, matched by the engine. Default: the latest version against the one before.',
        params: ListParams,
        querystring: DiffQuery,
        response: { 200: ListDiffDto, ...errors },
      },
    },
    async (req) => {
      const list = await exchangeLists.findById(req.scope, req.params.id);
      if (!list) throw notFound('List');
      const to = req.query.to ?? list.latestVersion?.number;
      if (to === undefined) throw notFound('List version');
      const from = req.query.from ?? Math.max(1, to - 1);
      const [before, after] = await Promise.all([
        exchangeLists.allEntries(req.scope, list.id, from),
        exchangeLists.allEntries(req.scope, list.id, to),
      ]);
      if (!before || !after) throw notFound('List version');
      return { from, to, ...(await runListsTask({ kind: 'diff', before, after })) };
    },
  );

  app.get(
    '/lists/:id/versions/:n/duplicates',
    {
      config: { access: LIST_READERS },
      schema: { tags, params: VersionParams, response: { 200: DuplicateClustersDto, ...errors } },
    },
    async (req) => {
      const items = await exchangeLists.duplicates(req.scope, req.params.id, req.params.n);
      if (!items) throw notFound('List version');
      return { items };
    },
  );

  app.post(
    '/duplicates/:clusterId/resolve',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        params: z.object({ clusterId: z.string().min(1).max(100) }),
        body: ResolveDuplicateBody,
        response: { 200: DuplicateClusterDto, ...errors },
      },
    },
    async (req) =>
      exchangeLists.resolveDuplicate(writeContext(req), req.scope, req.params.clusterId, {
        resolution: req.body.resolution,
        note: req.body.note ?? null,
      }),
  );
};
