import { z } from 'zod';
import { CARGO_CATEGORIES } from '../../domain/corridor/types.js';

const Count = z.number().int().min(0).max(100_000_000);

export const CargoLineBody = z.object({
  category: z.enum(CARGO_CATEGORIES),
  description: z.string().trim().min(1).max(500),
  quantity: Count,
  unit: z.string().trim().min(1).max(50),
  weightKg: z.number().min(0).max(1_000_000_000),
});

export const NewConsignmentBody = z.object({
  reference: z.string().trim().min(1).max(200),
  sender: z.string().trim().min(1).max(300),
  receiver: z.string().trim().min(1).max(300),
  fromPlaceId: z.string().min(1).max(100),
  toPlaceId: z.string().min(1).max(100),
  movementId: z.string().min(1).max(100).nullable().default(null),
  dispatchedOn: z.iso.date(),
  lines: z.array(CargoLineBody).min(1).max(500),
});

export const ReceiptBody = z.object({
  receivedOn: z.iso.date(),
  lossNote: z.string().trim().max(4000).optional(),
  lines: z
    .array(z.object({ good: z.number().int(), damaged: z.number().int(), lost: z.number().int() }))
    .min(1)
    .max(500),
});

export const ConsignmentDto = NewConsignmentBody.extend({
  id: z.string(),
  movementId: z.string().nullable(),
  receivedOn: z.string().nullable(),
  lossNote: z.string().nullable(),
  lines: z.array(
    CargoLineBody.extend({
      received: z.object({ good: z.number(), damaged: z.number(), lost: z.number() }).nullable(),
    }),
  ),
  lossReport: z.array(
    z.object({
      line: z.number(),
      category: z.enum(CARGO_CATEGORIES),
      description: z.string(),
      damaged: z.number(),
      lost: z.number(),
      weightKgNotDelivered: z.number(),
    }),
  ),
  createdBy: z.string(),
  receivedBy: z.string().nullable(),
}).meta({ id: 'Consignment' });

export const ConsignmentsDto = z.object({ items: z.array(ConsignmentDto) });

export const TonnageQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
export const TonnageDto = z.object({
  weeks: z.array(
    z.object({
      week: z.string(),
      tonnes: z.object(
        Object.fromEntries(CARGO_CATEGORIES.map((c) => [c, z.number()])) as Record<
          (typeof CARGO_CATEGORIES)[number],
          z.ZodNumber
        >,
      ),
    }),
  ),
});

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type NewConsignmentBody = z.infer<typeof NewConsignmentBody>;
export type ReceiptBody = z.infer<typeof ReceiptBody>;
export type ConsignmentDto = z.infer<typeof ConsignmentDto>;
export type Tonnage = z.infer<typeof TonnageDto>;
