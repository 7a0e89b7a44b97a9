import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { HttpProblem, ProblemResponse, problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import {
  ImportQuery,
  NewReturnCountBody,
  ReturnCountDto,
  ReturnCountsDto,
  ReturnMapping,
  ReturnsImportDto,
  ReturnsMappingProblem,
  ReturnsQuery,
  ReturnsRejectedProblem,
  ReturnsSeriesDto,
  SeriesQuery,
} from './returns.schemas.js';
import { addReturnCount, importReturns, returnsHxlCsv, returnsSeries } from './returns.service.js';

export const MAX_RETURNS_FILE_BYTES = 10 * 1024 * 1024;

const tooLarge = () =>
  new HttpProblem(413, 'The file is larger than 10 MB; split it by month', {
    type: 'urn:parley:problem:file-too-large',
  });

/** Returns of displaced people (after IOM's DTM): counts by day and place, series, CSV/XLSX import, HXL export. */
export const returnsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_RETURNS_FILE_BYTES, files: 1, fields: 5 } });
  const { returnCounts } = app.store.repos;
  const tags = ['returns'];
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.get(
    '/returns',
    {
      config: { access: SIGNED_IN },
      schema: { tags, querystring: ReturnsQuery, response: { 200: ReturnCountsDto, ...errors } },
    },
    async (req) => ({ items: await returnCounts.list(req.scope, { ...req.query, limit: 10_000 }) }),
  );

  app.post(
    '/returns',
    {
      config: { access: COORDINATOR },
      schema: { tags, body: NewReturnCountBody, response: { 201: ReturnCountDto, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await addReturnCount(app.store, writeContext(req), req.body)),
  );

  app.get(
    '/returns/series',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: 'Every day from `from` to `to`, with that day’s returns and the total so far.',
        querystring: SeriesQuery,
        response: { 200: ReturnsSeriesDto, ...errors },
      },
    },
    async (req) => returnsSeries(app.store, req.scope, req.query),
  );

  app.get(
    '/returns.hxl.csv',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: 'The counts as HXL-tagged CSV: the header row, the hashtag row under it, then the data.',
        querystring: ReturnsQuery,
        produces: ['text/csv'],
        response: {
          200: { description: 'HXL-tagged CSV', content: { 'text/csv': { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="returns.hxl.csv"')
        .send(await returnsHxlCsv(app.store, req.scope, req.query)),
  );

  app.post(
    '/returns/import',
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        description:
          'A CSV or XLSX file in the multipart field `file` (at most 10 MB); optionally a field `mapping` (JSON: field → header) before it. Every row is taken, or none (422 naming each row).',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        response: {
          ...errors,
          200: ReturnsImportDto,
          201: ReturnsImportDto,
          400: {
            description:
              'Not a table, or a mapping that does not fit it (`headers`: the file’s columns, to map again)',
            content: { 'application/problem+json': { schema: ReturnsMappingProblem } },
          },
          413: ProblemResponse,
          422: {
            description: 'Rows that cannot be taken',
            content: { 'application/problem+json': { schema: ReturnsRejectedProblem } },
          },
        },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) {
        throw new HttpProblem(400, 'Send the file as multipart/form-data in the field "file"', {
          type: 'urn:parley:problem:validation',
        });
      }
      let mapping: ReturnMapping | undefined;
      let file: { fileName: string; bytes: Buffer } | undefined;
      try {
        for await (const part of req.parts()) {
          if (part.type === 'field' && part.fieldname === 'mapping') {
            const parsed = ReturnMapping.safeParse(safeJson(String(part.value)));
            if (!parsed.success) {
              throw new HttpProblem(400, 'The mapping is not a JSON object of field → column header', {
                type: 'urn:parley:problem:validation',
                errors: [
                  { in: 'body', path: 'mapping', message: parsed.error.issues[0]?.message ?? 'invalid' },
                ],
              });
            }
            mapping = parsed.data;
          } else if (part.type === 'file' && part.fieldname === 'file') {
            file = {
              fileName: path.basename(part.filename || 'returns').slice(0, 255),
              bytes: await part.toBuffer(),
            };
          }
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      if (!file) {
        throw new HttpProblem(400, 'No file: put the returns in the field "file"', {
          type: 'urn:parley:problem:validation',
          errors: [{ in: 'body', path: 'file', message: 'missing' }],
        });
      }
      const dryRun = req.query.dryRun === 'true';
      const result = await importReturns(app.store, writeContext(req), file, { mapping, dryRun });
      return reply.code(dryRun ? 200 : 201).send(result);
    },
  );
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
