import { seededRandom } from '../../../engine/index.js';

/** Seeded draws: the same seed gives the same lists on every machine. */
export interface Dice {
  /** A number in [0, 1). */
  random(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Shuffles `items` in place (Fisher–Yates) and returns them. */
  shuffle<T>(items: T[]): T[];
}

export function seededDice(seed: number): Dice {
  const random = seededRandom(seed);
  const below = (n: number) => Math.floor(random() * n);
  return {
    random,
    below,
    chance: (p) => random() < p,
    pick: (items) => items[below(items.length)],
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = below(i + 1);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}
