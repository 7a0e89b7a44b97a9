import { z } from 'zod';
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

export const DiscrepancyReportDto = z
  .object({
    asOf: z.string(),
    sides: z.array(
      z.object({
        partyId: z.string(),
        otherPartyId: z.string(),
        claimedMissing: NamedCountDto,
        locatedInOtherList: NamedCountDto,
        awaitingReview: NamedCountDto,
        heldButNotClaimed: NamedCountDto,
        claimedButNotLocated: NamedCountDto,
      }),
    ),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  })
  .meta({ id: 'DiscrepancyReport' });

export const ReportQuery = z.object({
  asOf: z.iso.date().optional(),
  lang: z.string().max(10).optional(),
});

export const PublishBody = z.object({ asOf: z.iso.date() });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type NamedCount = z.infer<typeof NamedCountDto>;
export type ReportPerson = z.infer<typeof ReportPersonDto>;
export type DiscrepancyReport = z.infer<typeof DiscrepancyReportDto>;
export type SideDiscrepancy = DiscrepancyReport['sides'][number];
