import type { Comparison } from './types.js';

/** Index of the first level that matches. The last level of every comparison matches anything. */
export function gammaOf<R>(comparison: Comparison<R>, left: R, right: R): number {
  const levels = comparison.levels;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i].matches(left, right)) return i;
  }
  return levels.length - 1;
}
