import { useTranslation } from 'react-i18next';
import type {
  CaseStatusBody,
  MatchQueueItem,
  RemainsDetail,
  RemainsDto,
} from '../../../../server/tracing/tracing.schemas.js';

type IdentificationStatus = RemainsDto['identification'];
type IdentificationMethod = NonNullable<RemainsDto['method']>;
type PlacePrecision = RemainsDto['placePrecision'];
type MatchTarget = MatchQueueItem['targetKind'];
type TransferState = RemainsDetail['transfers'][number]['state'];
type CaseEvent = CaseStatusBody['event'];
type CloseReason = NonNullable<CaseStatusBody['closeReason']>;

// Every key is written out, so the catalogue test and the typed t() see them (keys are never built).
const IDENTIFICATION_KEYS = {
  unidentified: 'tracing.identification.unidentified',
  presumptive: 'tracing.identification.presumptive',
  confirmed: 'tracing.identification.confirmed',
} as const satisfies Record<IdentificationStatus, string>;

const METHOD_KEYS = {
  visual: 'tracing.method.visual',
  documents: 'tracing.method.documents',
  dental: 'tracing.method.dental',
  fingerprints: 'tracing.method.fingerprints',
  dna: 'tracing.method.dna',
  combined: 'tracing.method.combined',
} as const satisfies Record<IdentificationMethod, string>;

const PLACE_PRECISION_KEYS = {
  point: 'tracing.placePrecision.point',
  settlement: 'tracing.placePrecision.settlement',
  district: 'tracing.placePrecision.district',
  region: 'tracing.placePrecision.region',
} as const satisfies Record<PlacePrecision, string>;

const TARGET_KEYS = {
  list_entry: 'tracing.target.list_entry',
  exchange_person: 'tracing.target.exchange_person',
  remains: 'tracing.target.remains',
  case: 'tracing.target.case',
} as const satisfies Record<MatchTarget, string>;

const TRANSFER_STATE_KEYS = {
  planned: 'tracing.transferState.planned',
  handed_over: 'tracing.transferState.handed_over',
  cancelled: 'tracing.transferState.cancelled',
} as const satisfies Record<TransferState, string>;

const EVENT_KEYS = {
  find_candidate: 'tracing.event.find_candidate',
  rule_out: 'tracing.event.rule_out',
  locate_alive: 'tracing.event.locate_alive',
  mark_exchanged: 'tracing.event.mark_exchanged',
  mark_returned: 'tracing.event.mark_returned',
  locate_dead: 'tracing.event.locate_dead',
  close: 'tracing.event.close',
  reopen: 'tracing.event.reopen',
} as const satisfies Record<CaseEvent, string>;

const CLOSE_REASON_KEYS = {
  found_by_family: 'tracing.closeReason.found_by_family',
  withdrawn_by_family: 'tracing.closeReason.withdrawn_by_family',
  merged_into_other_case: 'tracing.closeReason.merged_into_other_case',
  consent_withdrawn: 'tracing.closeReason.consent_withdrawn',
  other: 'tracing.closeReason.other',
} as const satisfies Record<CloseReason, string>;

const valuesOf = <K extends string>(table: Readonly<Record<K, string>>): readonly K[] =>
  Object.keys(table) as K[];
export const IDENTIFICATION_STATUSES = valuesOf(IDENTIFICATION_KEYS);
export const IDENTIFICATION_METHODS = valuesOf(METHOD_KEYS);
export const PLACE_PRECISIONS = valuesOf(PLACE_PRECISION_KEYS);
/** The reasons a person closes a case with (a merge is the coordinator's decision on a candidate, not a choice). */
export const CLOSE_REASONS = valuesOf(CLOSE_REASON_KEYS).filter((r) => r !== 'merged_into_other_case');

/** Labels of the tracing module's codes, in the UI's language. */
export function useTracingLabels() {
  const { t } = useTranslation();
  return {
    identification: (status: IdentificationStatus) => t(IDENTIFICATION_KEYS[status]),
    method: (method: IdentificationMethod | null) => (method ? t(METHOD_KEYS[method]) : t('common.none')),
    placePrecision: (precision: PlacePrecision) => t(PLACE_PRECISION_KEYS[precision]),
    target: (target: MatchTarget) => t(TARGET_KEYS[target]),
    transferState: (state: TransferState) => t(TRANSFER_STATE_KEYS[state]),
    event: (event: CaseEvent) => t(EVENT_KEYS[event]),
    closeReason: (reason: CloseReason) => t(CLOSE_REASON_KEYS[reason]),
  };
}
