import type { TokenPairMemo, TokenSimilarity } from '../names/index.js';
import type { CacheStats } from './types.js';

/**
 * A memo of token-pair similarities by the tokens' numbers (one small map per first token: small-integer keys
 * are what maps look up fastest), with its hit count. Bounded: past `limit` entries it starts over (a memo only
 * saves time; the answers are the same).
 */
export function createTokenPairMemo(limit = 4_000_000): TokenPairMemo & { stats(): CacheStats } {
  let rows: (Map<number, TokenSimilarity> | undefined)[] = [];
  let size = 0;
  let lookups = 0;
  let computed = 0;
  return {
    get(a, b) {
      lookups++;
      return rows[a]?.get(b);
    },
    set(a, b, similarity) {
      computed++;
      if (size >= limit) {
        rows = [];
        size = 0;
      }
      let row = rows[a];
      if (!row) {
        row = new Map();
        rows[a] = row;
      }
      row.set(b, similarity);
      size++;
    },
    stats: () => ({ lookups, computed }),
  };
}
