import { z } from 'zod';

const NamedCount = z.object({ count: z.number().int(), names: z.array(z.string()) });

export const DiscrepancyReportDto = z
  .object({
    asOf: z.string(),
    sides: z.array(
      z.object({
        partyId: z.string(),
        otherPartyId: z.string(),
        claimedMissing: NamedCount,
        locatedInOtherList: NamedCount,
        heldButNotClaimed: NamedCount,
        claimedButNotLocated: NamedCount,
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
