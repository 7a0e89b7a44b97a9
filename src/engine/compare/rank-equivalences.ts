import { normaliseText } from './similarity.js';

/**
 * Spellings that name one rank, given by the caller (a table of the armies' ranks): младший сержант,
 * կրտսեր սերժանտ, kiçik çavuş, junior sergeant. Each inner list is one rank; spellings are matched as the rank
 * comparison reads them (case, marks and punctuation aside).
 */
export type RankEquivalences = readonly (readonly string[])[];

const resolvers = new WeakMap<RankEquivalences, ReadonlyMap<string, number>>();

/** The rank (index into the equivalences) of each normalised spelling, built once per list. */
export function rankResolver(
  equivalences: RankEquivalences | undefined,
): ReadonlyMap<string, number> | undefined {
  if (!equivalences || equivalences.length === 0) return undefined;
  let resolver = resolvers.get(equivalences);
  if (resolver === undefined) {
    const byText = new Map<string, number>();
    equivalences.forEach((spellings, rank) => {
      for (const spelling of spellings) {
        const key = normaliseText(spelling);
        if (key !== '' && !byText.has(key)) byText.set(key, rank);
      }
    });
    resolver = byText;
    resolvers.set(equivalences, resolver);
  }
  return resolver;
}

/** Whether two normalised rank texts are spellings of one rank of the equivalences. */
export function equivalentRanks(resolver: ReadonlyMap<string, number>, a: string, b: string): boolean {
  const rank = resolver.get(a);
  return rank !== undefined && rank === resolver.get(b);
}
