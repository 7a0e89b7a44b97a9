/** Who must confirm an exchange: the liaison of each party involved, and the intermediary's coordinator. */
export type Confirmer = { kind: 'party'; partyId: string } | { kind: 'coordinator' };

export interface ExchangeConfirmationState {
  partyIds: readonly string[];
  confirmedBy: readonly Confirmer[];
}

export type ConfirmationResult =
  | { ok: true; confirmedBy: Confirmer[]; complete: boolean }
  | { ok: false; reason: 'already_confirmed' | 'already_complete' | 'not_a_party' };

const same = (a: Confirmer, b: Confirmer) =>
  a.kind === b.kind && (a.kind === 'coordinator' || (b.kind === 'party' && a.partyId === b.partyId));

function requiredConfirmers(partyIds: readonly string[]): Confirmer[] {
  return [...partyIds.map((partyId): Confirmer => ({ kind: 'party', partyId })), { kind: 'coordinator' }];
}

/** Who a reader confirms as: the coordinator, or a liaison for its party; no one else confirms. */
export function confirmerFor(scope: { role: string; partyId: string | null }): Confirmer | null {
  if (scope.role === 'coordinator') return { kind: 'coordinator' };
  if (scope.role === 'liaison' && scope.partyId) return { kind: 'party', partyId: scope.partyId };
  return null;
}

export function isExchangeComplete(state: ExchangeConfirmationState): boolean {
  return requiredConfirmers(state.partyIds).every((needed) => state.confirmedBy.some((c) => same(c, needed)));
}

/** Records one confirmation; the one that completes the set is the moment the persons count as handed over. */
export function confirmExchange(state: ExchangeConfirmationState, confirmer: Confirmer): ConfirmationResult {
  if (isExchangeComplete(state)) return { ok: false, reason: 'already_complete' };
  if (confirmer.kind === 'party' && !state.partyIds.includes(confirmer.partyId)) {
    return { ok: false, reason: 'not_a_party' };
  }
  if (state.confirmedBy.some((c) => same(c, confirmer))) return { ok: false, reason: 'already_confirmed' };
  const confirmedBy = [...state.confirmedBy, confirmer];
  return { ok: true, confirmedBy, complete: isExchangeComplete({ partyIds: state.partyIds, confirmedBy }) };
}
