import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { suggestMapping } from '../../domain/exchange/suggest-mapping.js';
import { type Table, UnreadableFileError } from '../../platform/tables/index.js';
import { checkMappingAgainst } from '../../store/exchange/list-rows.js';
import type { ColumnMapping, ExchangeUpload, ListKind } from '../../store/index.js';
import type { RouteAccess } from '../access.js';
import { HttpProblem, notFound, problem, problemResponses, sendProblem } from '../problem.js';
import { writeContext } from '../write-context.js';
import { runListsTask } from './lists.run-task.js';
import {
  DiffQuery,
  DuplicateClusterDto,
  DuplicateClustersDto,
  ExchangeListsDto,
  ImportedDto,
  ListDiffDto,
  ListEntriesDto,
  ListParams,
  type ListProblem,
  ListProblemResponse,
  ListVersionsDto,
  MappingBody,
  PageQuery,
  PreviewDto,
  ResolveDuplicateBody,
  UploadDto,
  VersionParams,
} from './lists.schemas.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const SAMPLE_ROWS = 20;

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

function sendListProblem(reply: FastifyReply, req: FastifyRequest, body: ListProblem): FastifyReply {
  return sendProblem(reply, { ...body, instance: req.url });
}

/** The uploader's party: a liaison always has one. */
function ownParty(req: FastifyRequest): string {
  if (!req.scope.partyId) throw new HttpProblem(403, 'Only a liaison of a party uploads its lists');
  return req.scope.partyId;
}

export const exchangeListsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  const { exchangeLists, exchangeUploads } = app.store.repos;
  const errors = problemResponses(400, 401, 403, 404, 409);
  const tags = ['exchange lists'];

  async function uploadOr404(req: FastifyRequest, id: string): Promise<ExchangeUpload> {
    const upload = await exchangeUploads.findById(req.scope, id);
    if (!upload) throw notFound('Upload');
    return upload;
  }

  /** The rows of an upload read through a mapping, or a 400 naming the mapping fields at fault. */
  async function mapUpload(
    req: FastifyRequest,
    reply: FastifyReply,
    upload: ExchangeUpload,
    mapping: ColumnMapping,
  ) {
    const problems = checkMappingAgainst(upload.headers, mapping);
    if (problems.length > 0) {
      sendListProblem(
        reply,
        req,
        problem(400, `The mapping does not fit the file: ${problems.map((p) => p.message).join('; ')}`, {
          type: 'urn:parley:problem:validation',
          errors: problems.map((p) => ({ in: 'body' as const, path: p.path, message: p.message })),
        }),
      );
      return null;
    }
    return runListsTask({ kind: 'map-rows', headers: upload.headers, rows: upload.rows, mapping });
  }

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
      const partyId = ownParty(req);
      if (!req.isMultipart()) {
        throw new HttpProblem(400, 'Send the list as multipart/form-data with the file in the field "file"', {
          type: 'urn:parley:problem:validation',
        });
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_UPLOAD_BYTES + 1024 * 1024) throw tooLarge();
      const part = await req.file();
      if (part?.fieldname !== 'file') {
        throw new HttpProblem(400, 'No file: put the list in the field "file"', {
          type: 'urn:parley:problem:validation',
        });
      }
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      const fileName = path.basename(part.filename || 'list').slice(0, 255);
      let table: Table;
      try {
        table = await runListsTask({ kind: 'read-file', fileName, bytes });
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        const where = error.cell ? ` (cell ${error.cell})` : error.row ? ` (row ${error.row})` : '';
        return sendListProblem(reply, req, {
          ...problem(400, `${fileName}: ${error.message}${where}`, {
            type: `urn:parley:problem:${error.kind}`,
          }),
          ...(error.row !== undefined ? { row: error.row } : {}),
          ...(error.cell !== undefined ? { cell: error.cell } : {}),
        });
      }
      // Uploads left unimported go when the next one comes (and whenever housekeeping calls deleteExpired).
      await exchangeUploads.deleteExpired();
      const upload = await exchangeUploads.create(writeContext(req), req.scope, {
        partyId,
        fileName,
        headers: table.headers,
        rows: table.rows,
      });
      const remembered = await exchangeLists.lastMapping(req.scope, partyId);
      return reply.code(201).send({
        uploadId: upload.id,
        fileName,
        format: table.format,
        headers: table.headers,
        totalRows: table.rows.length,
        sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, values: r.values })),
        suggestedMapping: suggestMapping(table.headers, remembered),
        formulaCells: table.rows.flatMap((r) => r.formulaCells ?? []),
      });
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
    async (req, reply) => {
      const upload = await uploadOr404(req, req.params.id);
      const read = await mapUpload(req, reply, upload, req.body.mapping);
      if (!read) return reply;
      return {
        total: upload.rows.length,
        accepted: read.entries.length,
        rows: read.entries.slice(0, SAMPLE_ROWS),
        rejects: read.rejects,
      };
    },
  );

  app.post(
    '/uploads/:id/import',
    {
      config: { access: LIAISON },
      schema: {
        tags,
        description:
          'All or nothing: any row that cannot be taken refuses the whole import (422, with every such row).',
        params: ListParams,
        body: MappingBody,
        response: { ...errors, 201: ImportedDto, 400: ListProblemResponse, 422: ListProblemResponse },
      },
    },
    async (req, reply) => {
      const partyId = ownParty(req);
      const upload = await uploadOr404(req, req.params.id);
      const read = await mapUpload(req, reply, upload, req.body.mapping);
      if (!read) return reply;
      if (read.rejects.length > 0) {
        const rows = [...new Set(read.rejects.map((r) => r.row))];
        return sendListProblem(reply, req, {
          ...problem(
            422,
            `${rows.length} row${rows.length === 1 ? '' : 's'} cannot be taken (first: row ${rows[0]}); nothing was imported`,
            { type: 'urn:parley:problem:rows-rejected' },
          ),
          rejects: read.rejects,
        });
      }
      const kind: ListKind = req.body.kind;
      const imported = await exchangeLists.importVersion(writeContext(req), req.scope, {
        partyId,
        kind,
        fileName: upload.fileName,
        mapping: req.body.mapping,
        entries: read.entries,
        duplicates: await runListsTask({ kind: 'duplicates', entries: read.entries }),
      });
      await exchangeUploads.remove(req.scope, upload.id);
      return reply.code(201).send(imported);
    },
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
      const page = await exchangeLists.entries(req.scope, req.params.id, req.params.n, req.query);
      if (!page) throw notFound('List version');
      return page;
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
