/**
 * Remains handed over in an exchange: the same event that carries persons, planned by the coordinator and confirmed
 * by both parties and the intermediary. Remains join an exchange while it is only planned (so that each side's
 * confirmation of the plan covers them), going from the party holding them to another party of the exchange; they
 * change hands when the exchange's outcome is confirmed by all, as the persons do.
 */
export type RemainsTransferProblem =
  | 'exchange_not_planned'
  | 'plan_confirmed_in_part'
  | 'holder_not_in_exchange'
  | 'receiver_not_in_exchange'
  | 'same_party'
  | 'already_in_an_exchange';

export interface TransferExchange {
  status: string;
  partyIds: readonly string[];
  /** How many of the parties and the intermediary have confirmed the plan already. */
  planConfirmations: number;
}

export function remainsTransferProblem(
  heldByPartyId: string,
  toPartyId: string,
  exchange: TransferExchange,
  inAnotherExchange: boolean,
): RemainsTransferProblem | null {
  if (exchange.status !== 'planned') return 'exchange_not_planned';
  // A side that confirmed the plan confirmed it without these remains.
  if (exchange.planConfirmations > 0) return 'plan_confirmed_in_part';
  if (!exchange.partyIds.includes(heldByPartyId)) return 'holder_not_in_exchange';
  if (toPartyId === heldByPartyId) return 'same_party';
  if (!exchange.partyIds.includes(toPartyId)) return 'receiver_not_in_exchange';
  if (inAnotherExchange) return 'already_in_an_exchange';
  return null;
}

/** Where a transfer stands: planned, done when its exchange completed, or void when the exchange was cancelled. */
export const REMAINS_TRANSFER_STATES = ['planned', 'handed_over', 'cancelled'] as const;
export type RemainsTransferState = (typeof REMAINS_TRANSFER_STATES)[number];

export function remainsTransferState(
  handedOverAt: string | null,
  exchangeStatus: string,
): RemainsTransferState {
  if (handedOverAt !== null) return 'handed_over';
  return exchangeStatus === 'cancelled' ? 'cancelled' : 'planned';
}
