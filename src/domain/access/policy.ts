import type { PartyScope, Role } from './types.js';

/**
 * Who sees and writes what, in one table. Each record kind names, per role, how far a reader reaches; the store
 * turns each reach into one SQL predicate (`whereVisible`), so no query filters rows after reading them.
 */
export type Reach =
  /** Every record of the kind. */
  | 'everything'
  /** None. */
  | 'nothing'
  /** Records of the reader's party (its lists, its uploads). */
  | 'own_party'
  /** Runs the coordinator has shared, over the reader's party. */
  | 'shared_with_party'
  /**
   * Persons of the reader's party or held by it, as long as the coordinator has shared what made them known: a
   * person that a reconciliation created or joined (the other side's spelling of a name, the match's history)
   * stays hidden until the coordinator shares that run, or puts the person in an exchange the reader's party takes
   * part in; persons no run made (a past exchange) are not hidden.
   */
  | 'party_people_shared'
  /** Exchanges the reader's party takes part in. */
  | 'party_takes_part'
  /** Records of the checkpoints the reader (a field officer) is posted at. */
  | 'own_checkpoint'
  /**
   * Links to records of other modules (evidence of a provision): a link shows when the reader may see the record it
   * points at, by that record's own kind; a link to no record (a document) shows to every reader of the kind.
   */
  | 'linked_record_visible'
  /**
   * Tracing cases of the reader's party, and those another party's family agreed to share with the other party
   * (sharing level `other_party`), which the reader sees only by the fields that identify the person.
   */
  | 'party_or_shared_case'
  /** Remains the reader's party recovered or holds (received in a handover). */
  | 'party_recovered_or_holds'
  /** Records published (incidents once reviewed and published). */
  | 'published'
  /** Incidents that concern the reader's party (it reported them, or an account names it), and published ones. */
  | 'party_concerned_or_published'
  /** Accounts written by the reader's party, and every account of a published incident. */
  | 'own_party_or_published';

export const RECORD_KINDS = [
  'exchange_list',
  'exchange_upload',
  'reconciliation',
  'review_pair',
  'exchange_person',
  'exchange_event',
  'live_report',
  'provision_position',
  'provision_evidence',
  'corridor_movement',
  'return_count',
  'tracing_case',
  'tracing_remains',
  'tracing_match',
  'incident',
  'incident_account',
  'map_feature',
  'consignment',
  'corridor_passage',
  'action_item',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const READ_POLICY = {
  exchange_list: {
    coordinator: 'everything',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  exchange_upload: {
    coordinator: 'nothing',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  reconciliation: {
    coordinator: 'everything',
    liaison: 'shared_with_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  review_pair: {
    coordinator: 'everything',
    liaison: 'nothing',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  exchange_person: {
    coordinator: 'everything',
    liaison: 'party_people_shared',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  exchange_event: {
    coordinator: 'everything',
    liaison: 'party_takes_part',
    observer: 'everything',
    field_officer: 'nothing',
  },
  live_report: {
    coordinator: 'everything',
    // Its own side of the last run the coordinator shared with its party: never the other party's claims.
    liaison: 'shared_with_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  // A party's stated position on a provision is a public statement: everyone reads it beside the assessment.
  provision_position: {
    coordinator: 'everything',
    liaison: 'everything',
    observer: 'everything',
    field_officer: 'everything',
  },
  provision_evidence: {
    coordinator: 'everything',
    liaison: 'linked_record_visible',
    observer: 'linked_record_visible',
    field_officer: 'linked_record_visible',
  },
  /** A movement through the corridor: a liaison sees it once its party is notified; checkpoints see them all. */
  corridor_movement: {
    coordinator: 'everything',
    liaison: 'party_takes_part',
    observer: 'everything',
    field_officer: 'everything',
  },
  /** Counts of returns are figures the bulletins publish: every role reads them. */
  return_count: {
    coordinator: 'everything',
    liaison: 'everything',
    observer: 'everything',
    field_officer: 'everything',
  },
  // Observers see tracing only as counts (a route of its own); a case is never shown to them.
  tracing_case: {
    coordinator: 'everything',
    liaison: 'party_or_shared_case',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  tracing_remains: {
    coordinator: 'everything',
    liaison: 'party_recovered_or_holds',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  // The engine's candidates are the coordinator's to review; a liaison learns a confirmed one from its case.
  tracing_match: {
    coordinator: 'everything',
    liaison: 'nothing',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  // Observers (and field staff) see an incident only once published; each side, those that concern it.
  incident: {
    coordinator: 'everything',
    liaison: 'party_concerned_or_published',
    observer: 'published',
    field_officer: 'published',
  },
  // A party's claim and the monitor's finding stay apart until publication: a liaison reads its own party's claim.
  incident_account: {
    coordinator: 'everything',
    liaison: 'own_party_or_published',
    observer: 'published',
    field_officer: 'published',
  },
  /** The map's layers (zone, line of contact, corridor, posts, checkpoints): everyone reads them. */
  map_feature: {
    coordinator: 'everything',
    liaison: 'everything',
    observer: 'everything',
    field_officer: 'everything',
  },
  /** Humanitarian cargo through the corridor, as the bulletins report it: everyone reads it. */
  consignment: {
    coordinator: 'everything',
    liaison: 'everything',
    observer: 'everything',
    field_officer: 'everything',
  },
  /** The passage log: a field officer reads and writes it at its own checkpoint only. */
  corridor_passage: {
    coordinator: 'everything',
    liaison: 'nothing',
    observer: 'everything',
    field_officer: 'own_checkpoint',
  },
  /** What a meeting agreed to do: a public record of the process, like the meeting itself. */
  action_item: {
    coordinator: 'everything',
    liaison: 'everything',
    observer: 'everything',
    field_officer: 'everything',
  },
} as const satisfies Record<RecordKind, Record<Role, Reach>>;

/** Only a liaison writes its party's lists and uploads; the coordinator's writes are checked per route by role. */
export const WRITE_POLICY = {
  exchange_list: {
    coordinator: 'nothing',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  exchange_upload: {
    coordinator: 'nothing',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  // Only a party's liaisons state its position; the intermediary's view is its assessment, not a position.
  provision_position: {
    coordinator: 'nothing',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  // A liaison opens and edits its own party's cases and registers the remains its party holds.
  tracing_case: {
    coordinator: 'nothing',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  // A party's claim about an incident is written only by its liaisons (the monitor's finding is the coordinator's).
  incident_account: {
    coordinator: 'nothing',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  tracing_remains: {
    coordinator: 'everything',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
  /** A field officer logs passages at its own checkpoint only (the store checks the posting in SQL). */
  corridor_passage: {
    coordinator: 'nothing',
    liaison: 'nothing',
    observer: 'nothing',
    field_officer: 'own_checkpoint',
  },
  /** A liaison marks done the action items its own party owns; the coordinator any (ACTION_ITEM_ACTS: which steps). */
  action_item: {
    coordinator: 'everything',
    liaison: 'own_party',
    observer: 'nothing',
    field_officer: 'nothing',
  },
} as const satisfies Partial<Record<RecordKind, Record<Role, Reach>>>;

/**
 * Which role may move an action item it may write (`action_item` above) to a status (`to`) and out of one (`from`):
 * the party that owns an item says it is done (or not done after all); dropping an item is the meeting's decision,
 * so the coordinator's, and so is taking a dropped item up again.
 */
export const ACTION_ITEM_ACTS = {
  to: {
    done: ['coordinator', 'liaison'],
    open: ['coordinator', 'liaison'],
    dropped: ['coordinator'],
  },
  from: {
    done: ['coordinator', 'liaison'],
    open: ['coordinator', 'liaison'],
    dropped: ['coordinator'],
  },
} as const satisfies Record<'to' | 'from', Record<'done' | 'open' | 'dropped', readonly Role[]>>;

/**
 * Who takes each step of an exchange (domain/exchange/exchange-event.ts), on an exchange the reader may see
 * (`exchange_event` above): the coordinator plans, edits, cancels and records what happened on the day; the
 * liaisons of its parties and the coordinator confirm the plan and then the outcome.
 */
export const EXCHANGE_EVENT_ACTS = {
  confirm: ['coordinator', 'liaison'],
  edit: ['coordinator'],
  cancel: ['coordinator'],
  record_outcome: ['coordinator'],
  confirm_outcome: ['coordinator', 'liaison'],
} as const satisfies Record<string, readonly Role[]>;

const PARTY_REACHES: readonly Reach[] = [
  'own_party',
  'shared_with_party',
  'party_people_shared',
  'party_takes_part',
  'party_or_shared_case',
  'party_recovered_or_holds',
];

function narrowed(reach: Reach, scope: PartyScope): Reach {
  // A reach over "the reader's party" is nothing for a reader without one.
  return PARTY_REACHES.includes(reach) && !scope.partyId ? 'nothing' : reach;
}

/** How far this writer reaches when writing records of `kind` (a reach the store turns into SQL). */
export function writeReach(scope: PartyScope, kind: keyof typeof WRITE_POLICY): Reach {
  return narrowed(WRITE_POLICY[kind][scope.role], scope);
}

/** How far this reader sees records of `kind`. */
export function readReach(scope: PartyScope, kind: RecordKind): Reach {
  return narrowed(READ_POLICY[kind][scope.role], scope);
}

/** Whether this writer may write the records of `kind` belonging to `partyId`. */
export function mayWrite(scope: PartyScope, kind: keyof typeof WRITE_POLICY, partyId: string): boolean {
  const reach = narrowed(WRITE_POLICY[kind][scope.role], scope);
  return reach === 'everything' || (reach === 'own_party' && scope.partyId === partyId);
}
