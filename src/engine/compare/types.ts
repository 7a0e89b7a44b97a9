import type { PlaceEquivalences } from './place-equivalences.js';
import type { RankEquivalences } from './rank-equivalences.js';

/** A translation key with its parameters: the engine never returns English sentences. */
export interface LevelLabel {
  key: string;
  params?: Record<string, string | number>;
}

export interface ComparisonLevel<R> {
  /** Stable id: 'exact', 'jaroWinkler_0.92', 'else'. */
  id: string;
  label: LevelLabel;
  /** Weighs 0, like Splink's NullLevel. */
  isNull?: boolean;
  /** First matching level wins; gamma is its index. */
  matches(left: R, right: R): boolean;
  /** Starting m and u when the data cannot give them. */
  defaultM: number;
  defaultU: number;
  /** Whether frequent values at this level weigh less (term-frequency adjustment). */
  termFrequency?: boolean;
}

export interface Comparison<R> {
  /** The input column it reads, e.g. 'birth_date'. */
  id: string;
  levels: ComparisonLevel<R>[];
  /** The value shown in an explanation. */
  describe(record: R): string;
  /** Slow enough that u is estimated on fewer random pairs. */
  costly?: boolean;
  /**
   * For a costly comparison: a cheap test that a pair is likely to reach its agreeing levels (the names share
   * a key). Random pairs passing it are all compared, the others sampled, so that the rare agreeing levels'
   * u rests on every random pair likely to show them, not on the few among a small sample.
   */
  mayAgree?(left: R, right: R): boolean;
  /** Whether the record has a value for this comparison at all. */
  hasValue(record: R): boolean;
  /**
   * The largest share of true matches that training may put at the last level ("different"); above it,
   * EM has mistaken non-matches for matches and the comparison keeps its default m.
   */
  maxMatchesAtElse?: number;
  /** Its caches: how often each was asked and how often it had to compute (the rest it remembered). */
  cacheStats?(): Record<string, CacheStats>;
}

/** What the caller may tell the comparisons: data about the world, not rules (the engine stays general). */
export interface ComparisonSettings {
  /** Names of one place under each side's name for it (a gazetteer). */
  placeEquivalences?: PlaceEquivalences;
  /** Spellings of one military rank in each army's language (a table of ranks). */
  rankEquivalences?: RankEquivalences;
}

/** How often a cache was asked and how often it had to compute (the rest it remembered). */
export interface CacheStats {
  lookups: number;
  computed: number;
}
