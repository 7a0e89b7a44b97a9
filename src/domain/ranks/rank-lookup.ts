import { MILITARY_RANKS, type MilitaryRank } from './military-ranks.js';

/**
 * Case, punctuation and spacing do not tell ranks apart: "Мл. сержант" and "мл сержант" are one. The
 * Azerbaijani capital İ is lowered to i by hand: the default lowering adds a combining dot, Turkish lowering
 * would turn every English I into ı.
 */
export function rankLookupKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/[.,;:()"«»]/g, ' ')
    .replace(/[\s\-‐–—_/]+/g, ' ')
    .trim();
}

function buildIndex(ranks: readonly MilitaryRank[]): Map<string, MilitaryRank> {
  const index = new Map<string, MilitaryRank>();
  for (const rank of ranks)
    for (const name of [...Object.values(rank.names), ...rank.aliases]) {
      const key = rankLookupKey(name);
      const taken = index.get(key);
      if (taken !== undefined && taken.id !== rank.id)
        throw new Error(`rank name "${name}" is given to both ${taken.id} and ${rank.id}`);
      index.set(key, rank);
    }
  return index;
}

const INDEX = buildIndex(MILITARY_RANKS);

/** The rank a list's text names, in any of the four languages or their usual spellings, or null. */
export function findRank(text: string): MilitaryRank | null {
  return INDEX.get(rankLookupKey(text)) ?? null;
}

/**
 * Groups of equivalent spellings, one per rank, for the engine: it takes equivalences as input and stays
 * general; Parley passes these.
 */
export function rankEquivalences(): readonly (readonly string[])[] {
  return EQUIVALENCES;
}

const EQUIVALENCES = MILITARY_RANKS.map((rank) => [...Object.values(rank.names), ...rank.aliases]);
