import type { Party } from '../../../server/routes/parties.schemas.js';

// Every key is written out, so the catalogue test and the typed t() see them (keys are never built).
export const LEVEL_KEYS = [
  'provisions.level.not_started',
  'provisions.level.minimal',
  'provisions.level.intermediate',
  'provisions.level.full',
] as const;

export const DEADLINE_STATE_KEYS = {
  met: 'provisions.deadlineState.met',
  met_late: 'provisions.deadlineState.met_late',
  open: 'provisions.deadlineState.open',
  overdue: 'provisions.deadlineState.overdue',
} as const;

export const EVIDENCE_KIND_KEYS = {
  exchange_event: 'provisions.evidenceKind.exchange_event',
  movement: 'provisions.evidenceKind.movement',
  observation_post: 'provisions.evidenceKind.observation_post',
  returns: 'provisions.evidenceKind.returns',
  meeting: 'provisions.evidenceKind.meeting',
  action_item: 'provisions.evidenceKind.action_item',
  incident: 'provisions.evidenceKind.incident',
  document: 'provisions.evidenceKind.document',
} as const;

export const ACTION_STATE_KEYS = {
  done: 'meetings.state.done',
  dropped: 'meetings.state.dropped',
  open: 'meetings.state.open',
  overdue: 'meetings.state.overdue',
} as const;

/** A party's name in the UI language, or its id when the party is not known to this reader. */
export function partyName(parties: Party[], id: string | null, language: string): string {
  if (id === null) return '';
  const party = parties.find((p) => p.id === id);
  if (!party) return id;
  return party.names[language as keyof Party['names']] ?? party.names.en;
}
