import { useTranslation } from 'react-i18next';
import type {
  MatchQueueItem,
  RemainsDetail,
  RemainsDto,
} from '../../../../server/tracing/tracing.schemas.js';

type IdentificationStatus = RemainsDto['identification'];
type IdentificationMethod = NonNullable<RemainsDto['method']>;
type PlacePrecision = RemainsDto['placePrecision'];
type MatchTarget = MatchQueueItem['targetKind'];
type TransferState = RemainsDetail['transfers'][number]['state'];

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

const valuesOf = <K extends string>(table: Readonly<Record<K, string>>): readonly K[] =>
  Object.keys(table) as K[];
export const IDENTIFICATION_STATUSES = valuesOf(IDENTIFICATION_KEYS);
export const IDENTIFICATION_METHODS = valuesOf(METHOD_KEYS);
export const PLACE_PRECISIONS = valuesOf(PLACE_PRECISION_KEYS);

/** Labels of the tracing module's codes, in the UI's language. */
export function useTracingLabels() {
  const { t } = useTranslation();
  return {
    identification: (status: IdentificationStatus) => t(IDENTIFICATION_KEYS[status]),
    method: (method: IdentificationMethod | null) => (method ? t(METHOD_KEYS[method]) : t('common.none')),
    placePrecision: (precision: PlacePrecision) => t(PLACE_PRECISION_KEYS[precision]),
    target: (target: MatchTarget) => t(TARGET_KEYS[target]),
    transferState: (state: TransferState) => t(TRANSFER_STATE_KEYS[state]),
  };
}
