import {
  buildPersonRecord,
  type ComparableRecord,
  DEFAULT_BLOCKING_RULES,
  explainPair,
  type PairExplanation,
  type PersonRecord,
  type RawRecord,
  scorePairs,
  toComparable,
} from '../../engine/index.js';
import type { MatchTarget, Remains, TracingCase } from './types.js';

/** Something a case may be the same person as: a held-list entry, an exchange person, remains, another case. */
export interface MatchTargetRecord {
  kind: MatchTarget;
  id: string;
  partyId: string | null;
  /** What the coordinator reads in the queue: the name as the target writes it, or the remains' reference. */
  label: string;
  raw: RawRecord;
}

export interface CaseCandidate {
  kind: MatchTarget;
  id: string;
  partyId: string | null;
  label: string;
  probability: number;
  explanation: PairExplanation;
}

/** A case's person as the engine reads it: names as written, birth, unit and rank, last seen as the event. */
export function caseRawRecord(tracingCase: Pick<TracingCase, 'id' | 'person' | 'circumstances'>): RawRecord {
  const { person, circumstances } = tracingCase;
  const value = (text: string | null) => text ?? undefined;
  return {
    id: tracingCase.id,
    full_name: value(person.fullName),
    given_name: value(person.givenName),
    family_name: value(person.familyName),
    patronymic: value(person.patronymic),
    sex: value(person.sex),
    birth_date: value(person.birthDate),
    birth_place: value(person.birthPlace),
    unit: value(person.unit),
    rank: value(person.rank),
    event_date: value(circumstances.lastSeenOn),
    event_place: value(circumstances.lastSeenPlace),
  };
}

/** Remains as the engine reads them: the name on documents found with the body (a lead only), sex, where found. */
export function remainsRawRecord(remains: Remains): RawRecord {
  return {
    id: remains.id,
    full_name: remains.documentName ?? undefined,
    sex: remains.sex ?? undefined,
  };
}

/** The probability at which the engine's pair goes to the coordinator's review queue. */
export const CANDIDATE_PROBABILITY = 0.5;
/** At most this many candidates of each kind per case: the best ones. */
export const CANDIDATES_PER_KIND = 5;

/** Candidate pairs scored per case at most (a name shared by thousands: the rest are no evidence). */
const MAX_PAIRS = 20_000;

/**
 * The targets a case is matched against, read once into the engine's comparable form and indexed by the engine's
 * blocking keys (DEFAULT_BLOCKING_RULES), so that a new case looks up its own keys instead of blocking every target
 * again. Build it once per set of targets (a list version, the remains register) and keep it while they stand.
 */
export class CaseMatchIndex {
  readonly size: number;
  private readonly comparable: ComparableRecord[];
  private readonly blocks = new Map<string, number[]>();

  constructor(private readonly targets: readonly MatchTargetRecord[]) {
    this.size = targets.length;
    this.comparable = targets.map((t) => toComparable(buildPersonRecord(t.raw).record));
    for (const [index, record] of this.comparable.entries())
      for (const rule of DEFAULT_BLOCKING_RULES)
        for (const key of rule.keys(record)) {
          const block = `${rule.id}\u0000${key}`;
          const members = this.blocks.get(block);
          if (members) members.push(index);
          else this.blocks.set(block, [index]);
        }
  }

  /**
   * The engine's candidates for one case: the targets sharing a blocking key with it, each pair judged with the
   * engine's default parameters (no training on one record) and explained; the best few of each kind at or above
   * CANDIDATE_PROBABILITY.
   */
  candidates(caseRecord: RawRecord): CaseCandidate[] {
    const left = buildPersonRecord(caseRecord).record;
    const leftComparable = toComparable(left);
    const seen = new Set<number>();
    for (const rule of DEFAULT_BLOCKING_RULES)
      for (const key of rule.keys(leftComparable))
        for (const index of this.blocks.get(`${rule.id}\u0000${key}`) ?? []) {
          if (seen.size >= MAX_PAIRS) break;
          seen.add(index);
        }
    if (seen.size === 0) return [];
    const indexes = [...seen];
    const pairs = indexes.map((i) => [left, this.comparable[i].record] as [PersonRecord, PersonRecord]);
    const { probabilities, model } = scorePairs(pairs);
    const byKind = new Map<MatchTarget, CaseCandidate[]>();
    for (let p = 0; p < pairs.length; p++) {
      if (probabilities[p] < CANDIDATE_PROBABILITY) continue;
      const target = this.targets[indexes[p]];
      const list = byKind.get(target.kind) ?? [];
      list.push({
        kind: target.kind,
        id: target.id,
        partyId: target.partyId,
        label: target.label,
        probability: probabilities[p],
        explanation: explainPair(model, leftComparable, this.comparable[indexes[p]]),
      });
      byKind.set(target.kind, list);
    }
    return [...byKind.values()].flatMap((list) =>
      list
        .sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id))
        .slice(0, CANDIDATES_PER_KIND),
    );
  }
}
