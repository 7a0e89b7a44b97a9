import { z } from 'zod';
import { REPORT_SECTIONS, type ReportSection } from '../../domain/exchange/discrepancy-report.js';
import { NameInScriptsDto } from './persons.schemas.js';

export const ReportPersonDto = z
  .object({
    name: z.string(),
    names: NameInScriptsDto,
    birthDate: z.string().nullable(),
    listId: z.string().nullable(),
    rows: z.array(z.number().int()).meta({ description: 'The rows of the list that are this person' }),
    duplicate: z.boolean().meta({ description: 'Named in more than one row of the list: counted once' }),
  })
  .meta({ id: 'ReportPerson' });

export const NamedCountDto = z.object({
  count: z.number().int(),
  names: z.array(z.string()),
  persons: z.array(ReportPersonDto).meta({
    description: 'The same persons as `names`, in order, with transliterations, birth date, list id and rows',
  }),
});

/** A page of a section: its count (all of it), and persons `offset` onwards. */
export const NamedCountPageDto = NamedCountDto.extend({
  offset: z.number().int().meta({ description: 'Where `persons` starts among the section’s persons' }),
  next: z.number().int().nullable().meta({
    description: 'The `offset` of the next page (GET …/discrepancy-report/sections/…), null on the last',
  }),
}).meta({ id: 'ReportSectionPage' });

export const DiscrepancyReportDto = z
  .object({
    asOf: z.string(),
    sides: z.array(
      z.object({
        partyId: z.string(),
        otherPartyId: z.string(),
        claimedMissing: NamedCountPageDto,
        locatedInOtherList: NamedCountPageDto,
        awaitingReview: NamedCountPageDto,
        heldButNotClaimed: NamedCountPageDto,
        claimedButNotLocated: NamedCountPageDto,
      }),
    ),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  })
  .meta({ id: 'DiscrepancyReport' });

/** Persons of a section in one answer, at most (the counts are always whole). */
export const REPORT_PAGE_MAX = 1000;
export const REPORT_PAGE_DEFAULT = 200;

export const ReportQuery = z.object({
  asOf: z.iso.date().optional(),
  lang: z.string().max(10).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(REPORT_PAGE_MAX)
    .default(REPORT_PAGE_DEFAULT)
    .meta({ description: 'Persons of each section in the answer (the first page); the files hold them all' }),
});

export const ReportSectionParams = z.object({
  partyId: z.string().min(1).max(100),
  section: z.enum(REPORT_SECTIONS),
});

export const ReportSectionQuery = z.object({
  asOf: z.iso.date().optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(REPORT_PAGE_MAX).default(REPORT_PAGE_DEFAULT),
});

export const PublishBody = z.object({ asOf: z.iso.date() });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type NamedCount = z.infer<typeof NamedCountDto>;
export type NamedCountPage = z.infer<typeof NamedCountPageDto>;
export type ReportSectionName = ReportSection;
export type ReportPerson = z.infer<typeof ReportPersonDto>;
export type DiscrepancyReport = z.infer<typeof DiscrepancyReportDto>;
export type SideDiscrepancy = DiscrepancyReport['sides'][number];
