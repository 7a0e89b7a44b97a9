import { z } from 'zod';
import { EVENT_KINDS, PROVISION_STATUSES } from '../../domain/agreements/types.js';
import { LocalisedText } from './common.schemas.js';

export const AgreementDto = z
  .object({
    id: z.string(),
    code: z.string(),
    title: LocalisedText,
    signedOn: z.string(),
    sourceNote: z.string(),
    sourceText: z
      .object({ en: z.string(), ru: z.string(), hy: z.string(), az: z.string() })
      .partial()
      .nullable()
      .optional()
      .meta({ description: 'The source note in each language, where recorded' }),
  })
  .meta({ id: 'Agreement' });

export const ProvisionDto = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    number: z.number().int(),
    text: LocalisedText,
    texts: z
      .array(z.object({ language: z.enum(['en', 'ru', 'hy', 'az']), source: z.string(), text: z.string() }))
      .optional()
      .meta({
        description:
          'Every text of the provision by language and source; `parley:translation:ru` marks a translation made by Parley from the Russian text',
      }),
    responsiblePartyIds: z.array(z.string()),
    status: z.enum(PROVISION_STATUSES),
  })
  .meta({ id: 'Provision' });

export const AgreementList = z.object({ items: z.array(AgreementDto) });
export const AgreementWithProvisions = AgreementDto.extend({ provisions: z.array(ProvisionDto) });

export const AgreementEventDto = z
  .object({
    id: z.string(),
    kind: z.enum(EVENT_KINDS),
    date: z.string(),
    endDate: z.string().nullable(),
    title: LocalisedText,
    place: z.string(),
    participants: z.array(z.string()),
    summary: LocalisedText,
    sourceNote: z.string(),
    placeText: LocalisedText.nullable().optional(),
    participantsText: z.array(LocalisedText).nullable().optional(),
    sourceText: LocalisedText.nullable().optional(),
  })
  .meta({ id: 'AgreementEvent' });

export const AgreementEventList = z.object({ items: z.array(AgreementEventDto) });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type Agreement = z.infer<typeof AgreementDto>;
export type Agreements = z.infer<typeof AgreementList>;
export type Provision = z.infer<typeof ProvisionDto>;
export type ProvisionStatus = Provision['status'];
export type AgreementWithProvisions = z.infer<typeof AgreementWithProvisions>;
export type AgreementEvent = z.infer<typeof AgreementEventDto>;
export type AgreementEvents = z.infer<typeof AgreementEventList>;
