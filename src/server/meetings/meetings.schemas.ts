import { z } from 'zod';
import { ACTION_ITEM_STATUSES, MEETING_KINDS } from '../../domain/meetings/types.js';
import { LocalisedText } from '../routes/common.schemas.js';

export const MeetingKind = z.enum(MEETING_KINDS);
export const ActionItemStatus = z.enum(ACTION_ITEM_STATUSES);
export const ACTION_ITEM_STATES = ['done', 'dropped', 'open', 'overdue'] as const;

const Delegate = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().max(200).default(''),
  partyId: z.string().min(1).max(100).nullable().default(null),
});

const Text = LocalisedText.extend({ en: z.string().trim().min(1).max(4000) });

export const NewMeetingBody = z.object({
  kind: MeetingKind,
  title: LocalisedText.extend({ en: z.string().trim().min(1).max(300) }),
  startsAt: z.string().max(40),
  endsAt: z.string().max(40).nullable().default(null),
  placeId: z.string().min(1).max(100).nullable().default(null),
  placeName: z.string().max(200).default(''),
  delegations: z.array(Delegate).max(100).default([]),
  topicProvisionIds: z.array(z.string().min(1).max(100)).max(50).default([]),
  outcome: z.string().max(8000).default(''),
  statement: Text.nullable().default(null),
});

export const NewActionItemBody = z.object({
  description: z.string().trim().min(1).max(2000),
  ownerPartyId: z.string().min(1).max(100).nullable().default(null),
  dueOn: z.iso.date().nullable().default(null),
  provisionIds: z.array(z.string().min(1).max(100)).max(20).default([]),
});

export const ActionItemPatchBody = z.object({
  status: ActionItemStatus,
  doneOn: z.iso.date().nullable().default(null),
  /** What shows it done (or why not): kept in the item's history. */
  note: z.string().trim().max(2000).default(''),
});

export const ActionItemParams = z.object({ id: z.string().min(1).max(100) });

export const ActionItemDto = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    description: z.string(),
    ownerPartyId: z.string().nullable(),
    dueOn: z.string().nullable(),
    provisionIds: z.array(z.string()),
    status: ActionItemStatus,
    doneOn: z.string().nullable(),
    /** Done, dropped, open, or open past its due day, as of today. */
    state: z.enum(ACTION_ITEM_STATES),
    /** Each change of its status, oldest first: who (a liaison, for its party), when, with the note. */
    history: z.array(
      z.object({
        fromStatus: ActionItemStatus.nullable(),
        toStatus: ActionItemStatus,
        doneOn: z.string().nullable(),
        note: z.string(),
        by: z.string(),
        byPartyId: z.string().nullable(),
        at: z.string(),
      }),
    ),
    /** The statuses this reader may set on it now (its owner's liaisons: done and open; the coordinator: any). */
    availableStatuses: z.array(ActionItemStatus),
  })
  .meta({ id: 'ActionItem' });

export const MeetingDto = z
  .object({
    id: z.string(),
    kind: MeetingKind,
    title: LocalisedText,
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    placeId: z.string().nullable(),
    placeName: z.string(),
    delegations: z.array(z.object({ name: z.string(), role: z.string(), partyId: z.string().nullable() })),
    topicProvisionIds: z.array(z.string()),
    outcome: z.string(),
    statement: LocalisedText.nullable(),
    actionItems: z.array(ActionItemDto),
  })
  .meta({ id: 'Meeting' });

export const MeetingListDto = z.object({ items: z.array(MeetingDto) });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type NewMeetingBody = z.infer<typeof NewMeetingBody>;
export type NewActionItemBody = z.infer<typeof NewActionItemBody>;
export type ActionItemPatchBody = z.infer<typeof ActionItemPatchBody>;
export type ActionItemView = z.infer<typeof ActionItemDto>;
export type MeetingView = z.infer<typeof MeetingDto>;
export type MeetingList = z.infer<typeof MeetingListDto>;
