import { z } from 'zod';
import { LocalisedText } from './common.schemas.js';

export const AgreementDto = z
  .object({
    id: z.string(),
    code: z.string(),
    title: LocalisedText,
    signedOn: z.string(),
    sourceNote: z.string(),
  })
  .meta({ id: 'Agreement' });

export const ProvisionDto = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    number: z.number().int(),
    text: LocalisedText,
    responsiblePartyIds: z.array(z.string()),
    status: z.enum(['not_assessed', 'not_started', 'in_progress', 'implemented', 'disputed']),
  })
  .meta({ id: 'Provision' });

export const AgreementList = z.object({ items: z.array(AgreementDto) });
export const AgreementWithProvisions = AgreementDto.extend({ provisions: z.array(ProvisionDto) });

export const AgreementEventDto = z
  .object({
    id: z.string(),
    kind: z.enum(['meeting', 'visit', 'statement']),
    date: z.string(),
    endDate: z.string().nullable(),
    title: LocalisedText,
    place: z.string(),
    participants: z.array(z.string()),
    summary: LocalisedText,
    sourceNote: z.string(),
  })
  .meta({ id: 'AgreementEvent' });

export const AgreementEventList = z.object({ items: z.array(AgreementEventDto) });
