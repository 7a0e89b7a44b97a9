import { nextStatus } from './person-status.js';
import { type StatusReason, statusReason, withNote } from './status-reasons.js';
import type { ListKind, PersonStatus, ReviewDecision, StatusEvent } from './types.js';

/**
 * The persons the exchange tracks, kept in step with the lists: a missing entry is a person of its party
 * (listed), a held entry a person of the other side held by its party (located), a match joins the two into one
 * located person, a rejected match parts them again. The rules are here, as a plan of changes; the store writes
 * the plan.
 */

/** A person as the plan sees them: the record keys (fingerprint hashes) that tie them to list entries. */
export interface TrackedPerson {
  id: string;
  ownPartyId: string;
  holdingPartyId: string | null;
  displayName: string;
  status: PersonStatus;
  /** The key of the missing entry that claims the person (their own party's list). */
  missingKey: string | null;
  /** The key of the held entry that names the person (the holding party's list). */
  heldKey: string | null;
  entryIds: string[];
  /**
   * The reconciliation whose results made the person known as they are (created them, or joined a claim to a
   * holding); null when no run did (a past exchange). Liaisons see the person once that run is shared.
   */
  runId: string | null;
}

/** A list entry as the plan needs it. */
export interface PersonSource {
  key: string;
  entryId: string;
  partyId: string;
  displayName: string;
}

/** What the lists and decisions say about a person. */
export type PersonFact =
  | { kind: 'claimed'; missing: PersonSource }
  | { kind: 'held'; held: PersonSource; ownPartyId: string; reason?: StatusReason }
  | { kind: 'linked'; missing: PersonSource; held: PersonSource; reason: StatusReason }
  | {
      kind: 'unlinked';
      missing: PersonSource;
      held: PersonSource;
      ownPartyOfHeld: string;
      reason: StatusReason;
    };

/** One write: the store applies them in this order (removals, creations, updates, then history). */
export type PersonChange =
  | { kind: 'remove'; personId: string }
  | { kind: 'create'; person: TrackedPerson }
  | { kind: 'update'; person: TrackedPerson }
  | {
      kind: 'status';
      personId: string;
      from: PersonStatus | null;
      to: PersonStatus;
      event: StatusEvent | null;
      reason: StatusReason;
    };
export type StatusStep = Extract<PersonChange, { kind: 'status' }>;

interface PlannedPerson {
  person: TrackedPerson;
  entryIds: Set<string>;
  isNew: boolean;
  changed: boolean;
}

/**
 * Applies facts one at a time over the persons already tracked (those with the facts' keys suffice), so that a
 * caller with hundreds of thousands of facts can give its event loop a turn between them; `changes()` is the plan.
 */
export class PersonPlanner {
  private readonly byMissing = new Map<string, PlannedPerson>();
  private readonly byHeld = new Map<string, PlannedPerson>();
  private readonly removed = new Set<string>();
  private readonly history: StatusStep[] = [];

  /** `runId`: the reconciliation the facts come from (a run's results, or a decision on one of its pairs). */
  constructor(
    known: Iterable<TrackedPerson>,
    private readonly newId: () => string,
    private readonly runId: string | null = null,
  ) {
    for (const person of known) {
      const planned: PlannedPerson = {
        person: { ...person },
        entryIds: new Set(person.entryIds),
        isNew: false,
        changed: false,
      };
      if (person.missingKey) this.byMissing.set(person.missingKey, planned);
      if (person.heldKey) this.byHeld.set(person.heldKey, planned);
    }
  }

  apply(fact: PersonFact): void {
    if (fact.kind === 'claimed') this.claimed(fact.missing);
    else if (fact.kind === 'held')
      this.held(fact.held, fact.ownPartyId, fact.reason ?? statusReason('listedHeld'));
    else if (fact.kind === 'linked') this.linked(fact.missing, fact.held, fact.reason);
    else this.unlinked(fact.missing, fact.held, fact.ownPartyOfHeld, fact.reason);
  }

  /** The plan so far: persons folded into another are removed, and their history with them. */
  changes(): PersonChange[] {
    const live = new Set([...this.byMissing.values(), ...this.byHeld.values()]);
    const created: PersonChange[] = [];
    const updated: PersonChange[] = [];
    const liveIds = new Set<string>();
    for (const planned of live) {
      liveIds.add(planned.person.id);
      if (!planned.changed) continue;
      const person = { ...planned.person, entryIds: [...planned.entryIds] };
      (planned.isNew ? created : updated).push({ kind: planned.isNew ? 'create' : 'update', person });
    }
    return [
      ...[...this.removed].map((personId): PersonChange => ({ kind: 'remove', personId })),
      ...created,
      ...updated,
      ...this.history.filter((step) => liveIds.has(step.personId)),
    ];
  }

  private step(planned: PlannedPerson, event: StatusEvent, reason: StatusReason): boolean {
    const change = nextStatus(planned.person.status, event);
    if (!change.ok) return false;
    planned.person.status = change.to;
    planned.changed = true;
    this.history.push({
      kind: 'status',
      personId: planned.person.id,
      from: change.from,
      to: change.to,
      event,
      reason,
    });
    return true;
  }

  /** A new person enters the exchange in `status` (listed when claimed, located when only held). */
  private create(
    fields: Omit<TrackedPerson, 'id' | 'status' | 'entryIds' | 'runId'> & { entryId: string },
    status: PersonStatus,
    reason: StatusReason,
  ): PlannedPerson {
    const { entryId, ...rest } = fields;
    const planned: PlannedPerson = {
      person: { ...rest, id: this.newId(), status, entryIds: [], runId: this.runId },
      entryIds: new Set([entryId]),
      isNew: true,
      changed: true,
    };
    if (fields.missingKey) this.byMissing.set(fields.missingKey, planned);
    if (fields.heldKey) this.byHeld.set(fields.heldKey, planned);
    this.history.push({
      kind: 'status',
      personId: planned.person.id,
      from: null,
      to: status,
      event: null,
      reason,
    });
    return planned;
  }

  private createClaimed(missing: PersonSource): PlannedPerson {
    return this.create(
      {
        ownPartyId: missing.partyId,
        holdingPartyId: null,
        displayName: missing.displayName,
        missingKey: missing.key,
        heldKey: null,
        entryId: missing.entryId,
      },
      'listed',
      statusReason('listedMissing'),
    );
  }

  private claimed(missing: PersonSource): void {
    if (!this.byMissing.has(missing.key)) this.createClaimed(missing);
  }

  private held(held: PersonSource, ownPartyId: string, reason: StatusReason): void {
    if (this.byHeld.has(held.key)) return;
    this.create(
      {
        ownPartyId,
        holdingPartyId: held.partyId,
        displayName: held.displayName,
        missingKey: null,
        heldKey: held.key,
        entryId: held.entryId,
      },
      'located',
      reason,
    );
  }

  private linked(missing: PersonSource, held: PersonSource, reason: StatusReason): void {
    let claimed = this.byMissing.get(missing.key);
    const holding = this.byHeld.get(held.key);
    if (claimed && holding === claimed) {
      this.step(claimed, 'locate', reason);
      return;
    }
    if (claimed && holding) {
      // Two persons for one: the held-only one was never more than located, so it folds into the claimed one.
      if (holding.person.missingKey !== null || holding.person.status !== 'located') return;
      this.byHeld.delete(held.key);
      if (!holding.isNew) this.removed.add(holding.person.id);
      holding.changed = false;
    }
    if (!claimed && holding) {
      // Known so far only from the held list: the claim names the same person, who keeps their status.
      holding.person.missingKey = missing.key;
      holding.person.displayName = missing.displayName;
      holding.person.runId = this.runId ?? holding.person.runId;
      holding.entryIds.add(missing.entryId);
      holding.changed = true;
      this.byMissing.set(missing.key, holding);
      return;
    }
    claimed ??= this.createClaimed(missing);
    if (claimed.person.heldKey && claimed.person.heldKey !== held.key) return;
    claimed.person.heldKey = held.key;
    claimed.person.holdingPartyId = held.partyId;
    claimed.person.runId = this.runId ?? claimed.person.runId;
    claimed.entryIds.add(held.entryId);
    claimed.changed = true;
    this.byHeld.set(held.key, claimed);
    this.step(claimed, 'locate', reason);
  }

  private unlinked(
    missing: PersonSource,
    held: PersonSource,
    ownPartyOfHeld: string,
    reason: StatusReason,
  ): void {
    const person = this.byMissing.get(missing.key);
    if (!person || person.person.heldKey !== held.key) return;
    if (!this.step(person, 'unlocate', reason)) return;
    person.person.heldKey = null;
    person.person.holdingPartyId = null;
    person.entryIds.delete(held.entryId);
    this.byHeld.delete(held.key);
    this.held(held, ownPartyOfHeld, reason);
  }
}

/** The plan for a set of facts, over the persons already tracked. */
export function planPersonChanges(
  known: Iterable<TrackedPerson>,
  facts: Iterable<PersonFact>,
  newId: () => string,
  runId: string | null = null,
): PersonChange[] {
  const planner = new PersonPlanner(known, newId, runId);
  for (const fact of facts) planner.apply(fact);
  return planner.changes();
}

/** The entries and matched pairs of a finished reconciliation, as the person plan reads them. */
export interface RunOutcome {
  runId: string;
  partyIds: readonly [string, string];
  lists: readonly {
    partyId: string;
    kind: ListKind;
    entries: readonly { id: string; key: string; displayName: string }[];
  }[];
  matched: readonly { missingEntryId: string; heldEntryId: string }[];
}

/**
 * What a finished run says about persons, in the order that matters: every claim is a person, every match joins a
 * claim to a holding, every holding no one claimed is a person of the other side, located.
 */
export function* runPersonFacts(run: RunOutcome): Generator<PersonFact> {
  const [a, b] = run.partyIds;
  const source = (
    entry: { id: string; key: string; displayName: string },
    partyId: string,
  ): PersonSource => ({
    key: entry.key,
    entryId: entry.id,
    partyId,
    displayName: entry.displayName,
  });
  const sourceOf = new Map<string, PersonSource>();
  for (const list of run.lists) {
    for (const entry of list.entries) sourceOf.set(entry.id, source(entry, list.partyId));
  }
  for (const list of run.lists.filter((l) => l.kind === 'missing')) {
    for (const entry of list.entries) yield { kind: 'claimed', missing: source(entry, list.partyId) };
  }
  const reason = statusReason('matched', { run: run.runId });
  for (const pair of run.matched) {
    const missing = sourceOf.get(pair.missingEntryId);
    const held = sourceOf.get(pair.heldEntryId);
    if (missing && held) yield { kind: 'linked', missing, held, reason };
  }
  for (const list of run.lists.filter((l) => l.kind === 'held')) {
    const ownPartyId = list.partyId === a ? b : a;
    for (const entry of list.entries) yield { kind: 'held', held: source(entry, list.partyId), ownPartyId };
  }
}

/** What the coordinator's decision on a pair says about persons: a confirmation joins, a rejection parts. */
export function decisionPersonFacts(
  decision: ReviewDecision,
  missing: PersonSource,
  held: PersonSource,
  note: string,
): PersonFact[] {
  if (decision === 'confirmed')
    return [{ kind: 'linked', missing, held, reason: withNote('matchConfirmed', note) }];
  if (decision === 'rejected') {
    return [
      {
        kind: 'unlinked',
        missing,
        held,
        ownPartyOfHeld: missing.partyId,
        reason: withNote('matchRejected', note),
      },
    ];
  }
  return [];
}

/**
 * The history of a person handed over in an exchange that already took place: listed, located, verified, included
 * and handed over, each step an allowed edge of the status machine.
 */
export function pastExchangeSteps(
  date: string,
  place: string,
): { from: PersonStatus | null; to: PersonStatus; event: StatusEvent | null; reason: StatusReason }[] {
  const steps: {
    from: PersonStatus | null;
    to: PersonStatus;
    event: StatusEvent | null;
    reason: StatusReason;
  }[] = [{ from: null, to: 'listed', event: null, reason: statusReason('listedMissing') }];
  const path: [StatusEvent, StatusReason][] = [
    ['locate', statusReason('matchedHeldList')],
    ['verify', statusReason('verifiedAtVisit')],
    ['include', statusReason('includedInExchange', { date })],
    ['hand_over', statusReason('handedOverAtExchange', { date, place })],
  ];
  for (const [event, reason] of path) {
    const change = nextStatus(steps[steps.length - 1].to, event);
    if (!change.ok) throw new Error(`the past exchange path breaks at ${event}`);
    steps.push({ from: change.from, to: change.to, event, reason });
  }
  return steps;
}
