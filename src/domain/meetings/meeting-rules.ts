import type { ActionItemStatus } from './types.js';

export interface MeetingProblem {
  field: string;
  reason:
    | 'not_a_time'
    | 'ends_before_start'
    | 'unknown_provision'
    | 'unknown_party'
    | 'unknown_place'
    | 'required';
}

export interface MeetingInput {
  startsAt: string;
  endsAt: string | null;
  placeId: string | null;
  placeName: string;
  delegations: { partyId: string | null }[];
  topicProvisionIds: string[];
}

/**
 * What is wrong with a meeting, field by field: times that are not times or an end before the start, a place
 * neither named nor in the gazetteer, delegations of parties that do not exist, topics that are not provisions.
 */
export function meetingProblems(
  input: MeetingInput,
  known: { provision(id: string): boolean; party(id: string): boolean; place(id: string): boolean },
): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const starts = Date.parse(input.startsAt);
  if (Number.isNaN(starts)) problems.push({ field: 'startsAt', reason: 'not_a_time' });
  if (input.endsAt !== null) {
    const ends = Date.parse(input.endsAt);
    if (Number.isNaN(ends)) problems.push({ field: 'endsAt', reason: 'not_a_time' });
    else if (!Number.isNaN(starts) && ends < starts)
      problems.push({ field: 'endsAt', reason: 'ends_before_start' });
  }
  if (input.placeId !== null && !known.place(input.placeId))
    problems.push({ field: 'placeId', reason: 'unknown_place' });
  if (input.placeId === null && input.placeName.trim() === '')
    problems.push({ field: 'placeName', reason: 'required' });
  input.delegations.forEach((member, index) => {
    if (member.partyId !== null && !known.party(member.partyId))
      problems.push({ field: `delegations.${index}.partyId`, reason: 'unknown_party' });
  });
  input.topicProvisionIds.forEach((id, index) => {
    if (!known.provision(id))
      problems.push({ field: `topicProvisionIds.${index}`, reason: 'unknown_provision' });
  });
  return problems;
}

export interface ActionItemProblem {
  field: string;
  reason: 'unknown_provision' | 'unknown_party' | 'required' | 'not_for_this_status' | 'in_the_future';
}

/**
 * What is wrong with an action item or its completion: an owner that is not a party, links to provisions that do
 * not exist, a done item without the day it was done (or one ahead of `today`), a day done on an item not done.
 */
export function actionItemProblems(
  input: {
    ownerPartyId: string | null;
    provisionIds: string[];
    status: ActionItemStatus;
    doneOn: string | null;
  },
  known: { provision(id: string): boolean; party(id: string): boolean },
  today: string,
): ActionItemProblem[] {
  const problems: ActionItemProblem[] = [];
  if (input.ownerPartyId !== null && !known.party(input.ownerPartyId))
    problems.push({ field: 'ownerPartyId', reason: 'unknown_party' });
  input.provisionIds.forEach((id, index) => {
    if (!known.provision(id)) problems.push({ field: `provisionIds.${index}`, reason: 'unknown_provision' });
  });
  if (input.status === 'done' && input.doneOn === null)
    problems.push({ field: 'doneOn', reason: 'required' });
  if (input.status !== 'done' && input.doneOn !== null)
    problems.push({ field: 'doneOn', reason: 'not_for_this_status' });
  if (input.doneOn !== null && input.doneOn > today)
    problems.push({ field: 'doneOn', reason: 'in_the_future' });
  return problems;
}
