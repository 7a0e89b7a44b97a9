import type { AliveState, CaseEvent, CaseStatus } from './types.js';

export interface CaseState {
  status: CaseStatus;
  aliveState: AliveState | null;
}

interface Edge {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** For located_alive: which alive states the event applies to, and what it becomes. */
  alive?: { from: readonly (AliveState | null)[]; to: AliveState };
}

const OPEN_OR_CANDIDATE: readonly CaseStatus[] = ['open', 'possible_match'];

const EDGES: Record<CaseEvent, Edge> = {
  find_candidate: { from: ['open'], to: 'possible_match' },
  rule_out: { from: ['possible_match'], to: 'open' },
  locate_alive: { from: OPEN_OR_CANDIDATE, to: 'located_alive', alive: { from: [null], to: 'held' } },
  mark_exchanged: {
    from: ['located_alive'],
    to: 'located_alive',
    alive: { from: ['held'], to: 'exchanged' },
  },
  mark_returned: {
    from: ['located_alive'],
    to: 'located_alive',
    alive: { from: ['held', 'exchanged'], to: 'returned' },
  },
  // A person found alive may die in detention; a person found dead is not found alive afterwards.
  locate_dead: { from: [...OPEN_OR_CANDIDATE, 'located_alive'], to: 'located_dead' },
  close: { from: ['open', 'possible_match', 'located_alive', 'located_dead'], to: 'closed' },
  reopen: { from: ['closed'], to: 'open' },
};

export type CaseChange =
  | { ok: true; from: CaseState; to: CaseState }
  | { ok: false; from: CaseState; reason: 'not_allowed'; allowedFrom: readonly CaseStatus[] };

/** The state a case moves to on `event`, or why the event does not apply. */
export function nextCaseState(current: CaseState, event: CaseEvent): CaseChange {
  const edge = EDGES[event];
  const aliveOk = edge.alive === undefined || edge.alive.from.includes(current.aliveState);
  if (!edge.from.includes(current.status) || !aliveOk)
    return { ok: false, from: current, reason: 'not_allowed', allowedFrom: edge.from };
  const aliveState = edge.to === 'located_alive' ? (edge.alive?.to ?? current.aliveState) : null;
  return { ok: true, from: current, to: { status: edge.to, aliveState } };
}

export function availableCaseEvents(current: CaseState): CaseEvent[] {
  return (Object.keys(EDGES) as CaseEvent[]).filter((event) => nextCaseState(current, event).ok);
}

/** A case the engine should still search for: nobody has been found for it yet. */
export function isSearchable(status: CaseStatus): boolean {
  return status === 'open' || status === 'possible_match';
}
