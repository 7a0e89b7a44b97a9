/**
 * Why a person's status changed, as a label key with parameters: the web words it in the reader's language
 * (`exchange.reason.<key>`), so a history written once reads in English, Russian, Armenian and Azerbaijani.
 */
export const STATUS_REASON_KEYS = [
  /** Named in its own party's list of missing persons. */
  'listedMissing',
  /** Named in the list of the party holding the person. */
  'listedHeld',
  /** Matched with the other side's held list by a reconciliation (`run`). */
  'matched',
  /** Matched with the holding party's list (a past exchange, before runs were recorded). */
  'matchedHeldList',
  /** The coordinator confirmed the match (`note` optional). */
  'matchConfirmed',
  /** The coordinator rejected the match (`note` optional). */
  'matchRejected',
  /** Confirmed held at a visit. */
  'verifiedAtVisit',
  /** Included in the exchange of `date`. */
  'includedInExchange',
  /** The exchange of `date` (at `place`, when known) confirmed by all. */
  'exchangeConfirmed',
  /** Handed over at the exchange of `date` at `place`, its outcome confirmed by all. */
  'handedOverAtExchange',
  /** Not handed over at the exchange of `date`: `reason` (one of NOT_HANDED_OVER_REASONS), `note` optional. */
  'notHandedOver',
  /** Taken out of the exchange of `date` when it was edited. */
  'removedFromExchange',
  /** The exchange of `date` was cancelled. */
  'exchangeCancelled',
  /** A person's own words (`text`), e.g. the coordinator's reason for a manual change. */
  'note',
] as const;
export type StatusReasonKey = (typeof STATUS_REASON_KEYS)[number];

export interface StatusReason {
  key: StatusReasonKey;
  params: Record<string, string>;
}

export const statusReason = (key: StatusReasonKey, params: Record<string, string> = {}): StatusReason => ({
  key,
  params,
});

/** A reason with an optional note of the person who decided (empty notes are left out). */
export function withNote(key: StatusReasonKey, note: string | null | undefined): StatusReason {
  const text = note?.trim() ?? '';
  return statusReason(key, text ? { note: text } : {});
}

export function isStatusReasonKey(value: string): value is StatusReasonKey {
  return (STATUS_REASON_KEYS as readonly string[]).includes(value);
}
