import { z } from 'zod';
import { DATE_ORDERS } from '../../domain/exchange/list-dates.js';
import { LIST_FIELDS } from '../../domain/exchange/list-fields.js';
import { IMPORT_MODES } from '../../domain/exchange/list-import.js';
import { ROW_REJECT_REASONS } from '../../domain/exchange/list-rows.js';
import { DUPLICATE_RESOLUTIONS, LIST_KINDS } from '../../domain/exchange/types.js';
import { Problem } from '../problem.schemas.js';
import { AfterQuery, NextCursor } from '../routes/common.schemas.js';

export const ListKind = z.enum(LIST_KINDS);
export const ListField = z.enum(LIST_FIELDS);
export const DuplicateResolution = z.enum(DUPLICATE_RESOLUTIONS);
export const DateOrder = z.enum(DATE_ORDERS);
export const ImportMode = z.enum(IMPORT_MODES);

export const EntryFieldsDto = z.partialRecord(ListField, z.string());
export const ColumnMappingDto = z
  .partialRecord(ListField, z.string().min(1).max(300))
  .meta({ id: 'ColumnMapping' });

export const ListVersionSummaryDto = z.object({
  number: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  entryCount: z.number().int(),
});

export const ExchangeListDto = z
  .object({
    id: z.string(),
    partyId: z.string(),
    kind: ListKind,
    latestVersion: ListVersionSummaryDto.nullable(),
  })
  .meta({ id: 'ExchangeList' });

export const ExchangeListsDto = z.object({ items: z.array(ExchangeListDto) });

export const ListVersionDto = ListVersionSummaryDto.extend({
  id: z.string(),
  listId: z.string(),
  fileName: z.string(),
  mapping: ColumnMappingDto,
}).meta({ id: 'ListVersion' });

export const ListVersionsDto = z.object({ items: z.array(ListVersionDto) });

export const ListEntryDto = z
  .object({
    id: z.string(),
    row: z.number().int(),
    fields: EntryFieldsDto,
    displayName: z.string(),
    extras: z.record(z.string(), z.string()),
    names: z.object({ latin: z.string(), cyrillic: z.string(), armenian: z.string() }).optional().meta({
      description: 'The name in each reader’s script (engine transliterateName), where the route gives it',
    }),
  })
  .meta({ id: 'ListEntry' });

export const ListEntriesDto = z.object({
  items: z.array(ListEntryDto),
  total: z.number().int(),
  next: NextCursor,
});

export const RowRejectDto = z
  .object({
    row: z.number().int(),
    field: ListField,
    column: z.string(),
    reason: z.enum(ROW_REJECT_REASONS),
    value: z.string(),
    maxLength: z.number().int().optional(),
    cell: z.string().optional(),
  })
  .meta({ id: 'RowReject' });

export const UploadedRowDto = z.object({ row: z.number().int(), values: z.array(z.string()) });

export const UploadDto = z
  .object({
    uploadId: z.string(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    headers: z.array(z.string()),
    totalRows: z.number().int(),
    sampleRows: z.array(UploadedRowDto),
    suggestedMapping: ColumnMappingDto,
    /** Spreadsheet cells holding formulas: their saved values are taken. */
    formulaCells: z.array(z.string()),
  })
  .meta({ id: 'Upload' });

export const MappingBody = z.object({
  kind: ListKind,
  mapping: ColumnMappingDto,
  /** The order of the file's numeric dates (02.04.1994): day first unless the liaison says otherwise. */
  dateOrder: DateOrder.default('dmy'),
});

export const ImportBody = MappingBody.extend({
  /** Required when the list has a version already: the file replaces the list, or adds to it. */
  mode: ImportMode.optional(),
  /** The version the preview was compared with: another version since refuses the import (409). */
  basedOn: z.number().int().min(1).nullable().optional(),
});

export const DateAsReadDto = z
  .object({
    row: z.number().int(),
    field: ListField,
    written: z.string(),
    /** ISO: YYYY-MM-DD, YYYY-MM or YYYY. */
    read: z.string(),
    ambiguous: z.boolean(),
  })
  .meta({ id: 'DateAsRead' });

/** How many persons, and the first of them by name. */
export const ImportChangeDto = z.object({ count: z.number().int(), names: z.array(z.string()) });

export const ImportEffectDto = z
  .object({
    added: ImportChangeDto,
    removed: ImportChangeDto,
    changed: ImportChangeDto,
    unchanged: z.number().int(),
    /** Persons in the list after the import. */
    total: z.number().int(),
  })
  .meta({ id: 'ImportEffect' });

export const PreviewDto = z
  .object({
    total: z.number().int(),
    accepted: z.number().int(),
    rows: z.array(ListEntryDto.omit({ id: true })),
    rejects: z.array(RowRejectDto),
    dateOrder: DateOrder,
    /** The dates of the rows shown, as written and as read. */
    dates: z.array(DateAsReadDto),
    /** Dates whose day and month could be swapped (02.04.1994), in all rows: how many, and the first ones. */
    ambiguousDates: z.object({ count: z.number().int(), examples: z.array(DateAsReadDto) }),
    /** The list's current version, when it has one: the import is compared with it. */
    current: z
      .object({ listId: z.string(), version: z.number().int(), entryCount: z.number().int() })
      .nullable(),
    /** What replacing and what adding would do (when there is a current version and every row can be taken). */
    effects: z.object({ replace: ImportEffectDto, add: ImportEffectDto }).nullable(),
  })
  .meta({ id: 'ImportPreview' });

export const ImportedDto = z.object({ list: ExchangeListDto, version: ListVersionDto });

/** A refused import or file: the problem, and where (rows with their reasons; the row or cell of a bad file). */
export const ListProblem = Problem.extend({
  rejects: z.array(RowRejectDto).optional(),
  row: z.number().int().optional(),
  cell: z.string().optional(),
  /** An import that must say whether it replaces or adds to the list: the list's current version. */
  current: z.object({ version: z.number().int(), entryCount: z.number().int() }).optional(),
}).meta({ id: 'ListProblem' });
export type ListProblem = z.infer<typeof ListProblem>;

export const ListProblemResponse = {
  description: 'RFC 9457 problem details, with the rows or cell at fault',
  content: { 'application/problem+json': { schema: ListProblem } },
};

export const ListParams = z.object({ id: z.string().min(1).max(100) });
export const VersionParams = ListParams.extend({ n: z.coerce.number().int().min(1) });

export const PageQuery = z.object({
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .meta({ description: 'Rows to skip (older callers); `after` is the cursor of keyset paging' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  after: AfterQuery,
});

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1).optional(),
  to: z.coerce.number().int().min(1).optional(),
});

export const ListDiffDto = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    added: z.array(ListEntryDto),
    removed: z.array(ListEntryDto),
    changed: z.array(z.object({ before: ListEntryDto, after: ListEntryDto, fields: z.array(ListField) })),
    unchanged: z.number().int(),
  })
  .meta({ id: 'ListDiff' });

export const DuplicateClusterDto = z
  .object({
    id: z.string(),
    listId: z.string(),
    versionNumber: z.number().int(),
    probability: z.number(),
    entries: z.array(ListEntryDto),
    resolution: DuplicateResolution.nullable(),
    note: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.string().nullable(),
  })
  .meta({ id: 'DuplicateCluster' });

export const DuplicateClustersDto = z.object({ items: z.array(DuplicateClusterDto) });

export const ResolveDuplicateBody = z.object({
  resolution: DuplicateResolution,
  note: z.string().trim().max(2000).nullable().optional(),
});

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type ListKind = z.infer<typeof ListKind>;
export type ListField = z.infer<typeof ListField>;
export type DuplicateResolution = z.infer<typeof DuplicateResolution>;
export type ColumnMapping = z.infer<typeof ColumnMappingDto>;
export type EntryFields = z.infer<typeof EntryFieldsDto>;
export type ListVersionSummary = z.infer<typeof ListVersionSummaryDto>;
export type ExchangeList = z.infer<typeof ExchangeListDto>;
export type ExchangeLists = z.infer<typeof ExchangeListsDto>;
export type ListVersion = z.infer<typeof ListVersionDto>;
export type ListVersions = z.infer<typeof ListVersionsDto>;
export type ListEntry = z.infer<typeof ListEntryDto>;
export type ListEntries = z.infer<typeof ListEntriesDto>;
export type RowReject = z.infer<typeof RowRejectDto>;
export type Upload = z.infer<typeof UploadDto>;
export type MappingBody = z.input<typeof MappingBody>;
export type ImportBody = z.input<typeof ImportBody>;
export type DateOrder = z.infer<typeof DateOrder>;
export type ImportMode = z.infer<typeof ImportMode>;
export type DateAsRead = z.infer<typeof DateAsReadDto>;
export type ImportEffect = z.infer<typeof ImportEffectDto>;
export type UploadPreview = z.infer<typeof PreviewDto>;
export type ImportResult = z.infer<typeof ImportedDto>;
export type ListDiff = z.infer<typeof ListDiffDto>;
export type DuplicateCluster = z.infer<typeof DuplicateClusterDto>;
export type DuplicateClusters = z.infer<typeof DuplicateClustersDto>;
export type ResolveDuplicateBody = z.infer<typeof ResolveDuplicateBody>;
