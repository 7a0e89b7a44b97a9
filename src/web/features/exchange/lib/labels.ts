import { useTranslation } from 'react-i18next';
import type {
  EventStatus,
  NotHandedOverReason,
  PersonOutcomeKind,
  PlaceKind,
  PlanWait,
} from '../../../../server/exchange/events.schemas.js';
import type { ListField, ListKind, RowReject } from '../../../../server/exchange/lists.schemas.js';
import type { PersonStatus, StatusEvent, StatusReason } from '../../../../server/exchange/persons.schemas.js';
import type {
  LevelLabel,
  ReconciliationStatus,
  ReviewDecision,
} from '../../../../server/exchange/reconciliation.schemas.js';

// Every key is written out, so the catalogue test and the typed t() see them (keys are never built).
const FIELD_KEYS = {
  full_name: 'exchange.field.full_name',
  family_name: 'exchange.field.family_name',
  given_name: 'exchange.field.given_name',
  fathers_name: 'exchange.field.fathers_name',
  sex: 'exchange.field.sex',
  birth_date: 'exchange.field.birth_date',
  birth_place: 'exchange.field.birth_place',
  rank: 'exchange.field.rank',
  unit: 'exchange.field.unit',
  service_number: 'exchange.field.service_number',
  event_date: 'exchange.field.event_date',
  event_place: 'exchange.field.event_place',
  detention_place: 'exchange.field.detention_place',
  category: 'exchange.field.category',
  source_id: 'exchange.field.source_id',
} as const satisfies Record<ListField, string>;

const KIND_KEYS = {
  held: 'exchange.kind_held',
  missing: 'exchange.kind_missing',
} as const satisfies Record<ListKind, string>;

const STATUS_KEYS = {
  listed: 'exchange.status_listed',
  located: 'exchange.status_located',
  verified: 'exchange.status_verified',
  included: 'exchange.status_included',
  handed_over: 'exchange.status_handed_over',
  returned: 'exchange.status_returned',
  released: 'exchange.status_released',
  deceased: 'exchange.status_deceased',
  remains_handed_over: 'exchange.status_remains_handed_over',
} as const satisfies Record<PersonStatus, string>;

const EVENT_KEYS = {
  locate: 'exchange.statusEvent_locate',
  unlocate: 'exchange.statusEvent_unlocate',
  verify: 'exchange.statusEvent_verify',
  include: 'exchange.statusEvent_include',
  exclude: 'exchange.statusEvent_exclude',
  hand_over: 'exchange.statusEvent_hand_over',
  return: 'exchange.statusEvent_return',
  release: 'exchange.statusEvent_release',
  declare_deceased: 'exchange.statusEvent_declare_deceased',
  hand_over_remains: 'exchange.statusEvent_hand_over_remains',
} as const satisfies Record<StatusEvent, string>;

const DECISION_KEYS = {
  confirmed: 'exchange.decision_confirmed',
  rejected: 'exchange.decision_rejected',
  unsure: 'exchange.decision_unsure',
} as const satisfies Record<ReviewDecision, string>;

const RUN_STATUS_KEYS = {
  queued: 'exchange.runStatus_queued',
  running: 'exchange.runStatus_running',
  done: 'exchange.runStatus_done',
  failed: 'exchange.runStatus_failed',
} as const satisfies Record<ReconciliationStatus, string>;

const PLACE_KIND_KEYS = {
  checkpoint: 'exchange.placeKind_checkpoint',
  airfield: 'exchange.placeKind_airfield',
} as const satisfies Record<PlaceKind, string>;

const REJECT_REASON_KEYS = {
  missing_name: 'exchange.rejectReason.missing_name',
  unreadable_date: 'exchange.rejectReason.unreadable_date',
  implausible_date: 'exchange.rejectReason.implausible_date',
  too_long: 'exchange.rejectReason.too_long',
  formula_without_value: 'exchange.rejectReason.formula_without_value',
} as const satisfies Record<RowReject['reason'], string>;

const STATUS_REASON_KEYS = {
  listedMissing: 'exchange.reason.listedMissing',
  listedHeld: 'exchange.reason.listedHeld',
  matched: 'exchange.reason.matched',
  matchedHeldList: 'exchange.reason.matchedHeldList',
  matchConfirmed: 'exchange.reason.matchConfirmed',
  matchRejected: 'exchange.reason.matchRejected',
  verifiedAtVisit: 'exchange.reason.verifiedAtVisit',
  includedInExchange: 'exchange.reason.includedInExchange',
  exchangeConfirmed: 'exchange.reason.exchangeConfirmed',
  handedOverAtExchange: 'exchange.reason.handedOverAtExchange',
  notHandedOver: 'exchange.reason.notHandedOver',
  removedFromExchange: 'exchange.reason.removedFromExchange',
  exchangeCancelled: 'exchange.reason.exchangeCancelled',
  note: 'exchange.reason.note',
} as const satisfies Record<StatusReason['key'], string>;

const EVENT_STATUS_KEYS = {
  planned: 'exchangeEvent.status_planned',
  confirmed: 'exchangeEvent.status_confirmed',
  carried_out: 'exchangeEvent.status_carried_out',
  completed: 'exchangeEvent.status_completed',
  cancelled: 'exchangeEvent.status_cancelled',
} as const satisfies Record<EventStatus, string>;

const OUTCOME_KEYS = {
  handed_over: 'exchangeEvent.outcome_handed_over',
  not_handed_over: 'exchangeEvent.outcome_not_handed_over',
} as const satisfies Record<PersonOutcomeKind, string>;

const NOT_HANDED_OVER_KEYS = {
  refused_repatriation: 'exchangeEvent.notHandedOverReason_refused_repatriation',
  health: 'exchangeEvent.notHandedOverReason_health',
  absent: 'exchangeEvent.notHandedOverReason_absent',
  identity_disputed: 'exchangeEvent.notHandedOverReason_identity_disputed',
} as const satisfies Record<NotHandedOverReason, string>;

const PLAN_WAIT_KEYS = {
  noRun: 'exchangeEvent.waiting.noRun',
  runUnfinished: 'exchangeEvent.waiting.runUnfinished',
  runFailed: 'exchangeEvent.waiting.runFailed',
  runNotShared: 'exchangeEvent.waiting.runNotShared',
  pairsToReview: 'exchangeEvent.waiting.pairsToReview',
  matchesToVerify: 'exchangeEvent.waiting.matchesToVerify',
  personsToVerify: 'exchangeEvent.waiting.personsToVerify',
  plansToConfirm: 'exchangeEvent.waiting.plansToConfirm',
  outcomesToConfirm: 'exchangeEvent.waiting.outcomesToConfirm',
} as const satisfies Record<PlanWait['key'], string>;

/** Reasons worded differently when an optional parameter is there (`matchConfirmed_note`). */
const STATUS_REASON_VARIANTS = {
  'exchange.reason.matchConfirmed': ['note', 'exchange.reason.matchConfirmed_note'],
  'exchange.reason.matchRejected': ['note', 'exchange.reason.matchRejected_note'],
  'exchange.reason.exchangeConfirmed': ['place', 'exchange.reason.exchangeConfirmed_place'],
  'exchange.reason.notHandedOver': ['note', 'exchange.reason.notHandedOver_note'],
  'exchange.reason.exchangeCancelled': ['note', 'exchange.reason.exchangeCancelled_note'],
} as const;

const FILE_PROBLEM_KEYS = {
  'urn:parley:problem:file-type': 'exchange.upload.problem.fileType',
  'urn:parley:problem:empty-file': 'exchange.upload.problem.emptyFile',
  'urn:parley:problem:merged-cells': 'exchange.upload.problem.mergedCells',
  'urn:parley:problem:bad-header': 'exchange.upload.problem.badHeader',
  'urn:parley:problem:bad-row': 'exchange.upload.problem.badRow',
  'urn:parley:problem:too-large': 'exchange.upload.problem.overLimits',
  'urn:parley:problem:list-changed': 'exchangeImport.listChanged',
  'urn:parley:problem:import-mode-required': 'exchangeImport.chooseMode',
} as const;

const COMPARISON_KEYS = {
  full_name: 'engine.comparison.full_name',
  sex: 'engine.comparison.sex',
  birth_date: 'engine.comparison.birth_date',
  birth_place: 'engine.comparison.birth_place',
  address: 'engine.comparison.address',
  document_number: 'engine.comparison.document_number',
  unit: 'engine.comparison.unit',
  rank: 'engine.comparison.rank',
  event_date: 'engine.comparison.event_date',
  event_place: 'engine.comparison.event_place',
  prior: 'engine.comparison.prior',
  names_veto: 'engine.comparison.names_veto',
  one_to_one: 'engine.comparison.one_to_one',
} as const;

const LEVEL_KEYS = [
  'engine.level.missing',
  'engine.level.sameFather',
  'engine.level.exact',
  'engine.level.transliteration',
  'engine.level.close',
  'engine.level.partial',
  'engine.level.partlyDifferent',
  'engine.level.different',
  'engine.level.dayMonthSwap',
  'engine.level.partialEqual',
  'engine.level.yearOffByOne',
  'engine.level.yearOnlyEqual',
  'engine.level.yearOnlyOffByOne',
  'engine.level.oneComponentDiffers',
  'engine.level.sameYear',
  'engine.level.yearWithinTwo',
  'engine.level.oneEdit',
  'engine.level.samePlace',
  'engine.level.sameRank',
  'engine.level.veto',
  'engine.level.onlyPartner',
] as const;

/** The values of a code in the order the key table lists them: every value the API knows, checked by the table. */
const valuesOf = <K extends string>(table: Readonly<Record<K, string>>): readonly K[] =>
  Object.keys(table) as K[];
export const LIST_FIELDS = valuesOf(FIELD_KEYS);
export const LIST_KINDS = valuesOf(KIND_KEYS);
export const REVIEW_DECISIONS = valuesOf(DECISION_KEYS);
export const PLACE_KINDS = valuesOf(PLACE_KIND_KEYS);
export const PERSON_STATUSES = valuesOf(STATUS_KEYS);
export const NOT_HANDED_OVER_REASONS = valuesOf(NOT_HANDED_OVER_KEYS);

const isKeyOf = <T extends object>(map: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(map, key);

/** Labels of the exchange module's codes, in the UI's language; unknown codes are shown as the server sent them. */
export function useExchangeLabels() {
  const { t } = useTranslation();
  return {
    field: (field: string) => (isKeyOf(FIELD_KEYS, field) ? t(FIELD_KEYS[field]) : field),
    kind: (kind: ListKind) => t(KIND_KEYS[kind]),
    status: (status: PersonStatus) => t(STATUS_KEYS[status]),
    statusEvent: (event: StatusEvent) => t(EVENT_KEYS[event]),
    decision: (decision: ReviewDecision) => t(DECISION_KEYS[decision]),
    runStatus: (status: ReconciliationStatus) => t(RUN_STATUS_KEYS[status]),
    placeKind: (kind: PlaceKind) => t(PLACE_KIND_KEYS[kind]),
    /** A status change's reason (a label key with parameters); an unknown key is shown as sent. */
    statusReason: (reason: StatusReason) => {
      if (!isKeyOf(STATUS_REASON_KEYS, reason.key)) return reason.key;
      // Parameters come from the server as a record; the keys above are checked by the catalogue test.
      const withParams = t as (key: string, params: Record<string, string>) => string;
      const key = STATUS_REASON_KEYS[reason.key];
      const variant = isKeyOf(STATUS_REASON_VARIANTS, key) ? STATUS_REASON_VARIANTS[key] : null;
      // A code among the parameters (why a person was not handed over) is worded too.
      const why = reason.params.reason;
      const params =
        reason.key === 'notHandedOver' && why !== undefined && isKeyOf(NOT_HANDED_OVER_KEYS, why)
          ? { ...reason.params, reason: t(NOT_HANDED_OVER_KEYS[why]) }
          : reason.params;
      return withParams(variant && reason.params[variant[0]] ? variant[1] : key, params);
    },
    eventStatus: (status: EventStatus) => t(EVENT_STATUS_KEYS[status]),
    outcome: (outcome: PersonOutcomeKind) => t(OUTCOME_KEYS[outcome]),
    notHandedOverReason: (reason: NotHandedOverReason) => t(NOT_HANDED_OVER_KEYS[reason]),
    /** What the plan waits for, with its count where it has one. */
    planWait: (wait: PlanWait) => t(PLAN_WAIT_KEYS[wait.key], { count: wait.count }),
    rejectReason: (reason: string, params: { max?: number } = {}) =>
      isKeyOf(REJECT_REASON_KEYS, reason) ? t(REJECT_REASON_KEYS[reason], { max: params.max ?? 0 }) : reason,
    /** A refused file's problem type, translated; null for any other problem. */
    fileProblem: (type: string | undefined) =>
      type !== undefined && isKeyOf(FILE_PROBLEM_KEYS, type) ? t(FILE_PROBLEM_KEYS[type]) : null,
    comparison: (id: string) => (isKeyOf(COMPARISON_KEYS, id) ? t(COMPARISON_KEYS[id]) : id),
    level: (label: LevelLabel, levelId: string) => {
      const key = LEVEL_KEYS.find((known) => known === label.key);
      return key ? t(key, { ...label.params }) : levelId;
    },
  };
}

export type ExchangeLabels = ReturnType<typeof useExchangeLabels>;
