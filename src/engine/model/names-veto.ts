import type { LevelLabel } from '../compare/types.js';
import type { Model } from './types.js';

/** Levels of one comparison. */
interface LevelsOf {
  comparison: string;
  levels: readonly string[];
}

/**
 * Names can veto: two records whose names share nothing under any reading (full_name at "different") are
 * not the same person on a birth date, a place and a sex alone, however rare the date: lists of conscripts
 * born within a few years of each other share dates by the hundred. They may still link when independent
 * strong evidence agrees: any one of `unless`, each all of its parts (a document number, even with a typo;
 * the birth date with the unit and the place, or with the address).
 */
export const NAMES_VETO: { when: LevelsOf; unless: readonly (readonly LevelsOf[])[] } = {
  when: { comparison: 'full_name', levels: ['else'] },
  unless: [
    [{ comparison: 'document_number', levels: ['exact', 'oneEdit'] }],
    [
      { comparison: 'birth_date', levels: ['exact'] },
      { comparison: 'unit', levels: ['exact'] },
      { comparison: 'birth_place', levels: ['exact', 'samePlace'] },
    ],
    // An address is a place and more: the birth date with the same address is as strong.
    [
      { comparison: 'birth_date', levels: ['exact'] },
      { comparison: 'address', levels: ['exact', 'close'] },
    ],
  ],
};

/** The highest probability a vetoed pair keeps: below any threshold a reviewer would link at. */
export const VETO_PROBABILITY = 0.05;
export const VETO_WEIGHT = Math.log2(VETO_PROBABILITY / (1 - VETO_PROBABILITY));

export const VETO_TERM = {
  comparison: 'names_veto',
  levelId: 'veto',
  label: { key: 'engine.level.veto' } satisfies LevelLabel,
};

/** The veto over one model's comparisons: indices of the comparisons and sets of the levels. */
export interface CompiledVeto {
  comparison: number;
  levels: ReadonlySet<number>;
  unless: readonly { comparison: number; levels: ReadonlySet<number> }[][];
}

function compile(model: Model, wanted: LevelsOf): { comparison: number; levels: ReadonlySet<number> } | null {
  const k = model.comparisons.findIndex((comparison) => comparison.id === wanted.comparison);
  if (k < 0) return null;
  const levels = new Set<number>();
  model.comparisons[k].levels.forEach((level, g) => {
    if (wanted.levels.includes(level.id)) levels.add(g);
  });
  return { comparison: k, levels };
}

const compiled = new WeakMap<Model['comparisons'], CompiledVeto | null>();

/** The names veto over a model's comparisons, or null when the model does not compare names. */
export function namesVeto(model: Model): CompiledVeto | null {
  let veto = compiled.get(model.comparisons);
  if (veto === undefined) {
    const when = compile(model, NAMES_VETO.when);
    const unless = NAMES_VETO.unless.flatMap((parts) => {
      const found = parts.map((part) => compile(model, part));
      return found.every((part) => part !== null) ? [found as NonNullable<(typeof found)[number]>[]] : [];
    });
    veto = when ? { ...when, unless } : null;
    compiled.set(model.comparisons, veto);
  }
  return veto;
}

/**
 * What the veto takes off a pair's match weight (≤ 0): down to VETO_WEIGHT when names share nothing and no
 * independent evidence agrees, nothing otherwise. `gammaOf(k)` is the pair's level of comparison k.
 */
export function vetoAdjustment(
  veto: CompiledVeto | null,
  gammaOf: (k: number) => number,
  weight: number,
): number {
  if (!veto || weight <= VETO_WEIGHT || !veto.levels.has(gammaOf(veto.comparison))) return 0;
  for (const parts of veto.unless) {
    if (parts.every((part) => part.levels.has(gammaOf(part.comparison)))) return 0;
  }
  return VETO_WEIGHT - weight;
}
