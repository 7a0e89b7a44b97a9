import type { ComparableRecord } from '../compare/comparable-record.js';
import { compareNames } from '../names/index.js';
import type { Model } from './types.js';

/** Random pairs of records that both give a father's name, drawn to measure how often such fathers agree. */
const DRAWS = 5_000;
/** Below this many records with a father's name on a side, the lists say too little: u is left alone. */
const MIN_WITH_FATHER = 20;
const NAME_LEVELS = new Set(['exact', 'transliteration', 'close']);
const U_FLOOR = 1e-8;

const hasFather = (record: ComparableRecord) => record.record.name.patronymic.length > 0;

/**
 * How often two records drawn at random both give a father's name and the two agree (`fathersAgree`).
 * `right` omitted means one list.
 */
export function fathersAgreeShare(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  random: () => number,
): number | undefined {
  const other = right ?? left;
  const a = left.filter(hasFather);
  const b = right ? other.filter(hasFather) : a;
  if (a.length < MIN_WITH_FATHER || b.length < MIN_WITH_FATHER) return undefined;
  let agree = 0;
  let drawn = 0;
  for (let tries = 0; drawn < DRAWS && tries < 4 * DRAWS; tries++) {
    const x = a[Math.floor(random() * a.length)];
    const y = b[Math.floor(random() * b.length)];
    if (x === y) continue;
    drawn++;
    if (compareNames(x.record.name, y.record.name).fathersAgree) agree++;
  }
  if (drawn === 0) return undefined;
  // Half a pair of pseudo-count: a share never met among the draws is small, not nothing.
  const agreeing = (agree + 0.5) / (drawn + 1);
  return (a.length / left.length) * (b.length / other.length) * agreeing;
}

/**
 * The names' sameFather level with u from its two parts. Random pairs hold true matches too, and names that
 * agree with the fathers' names as well are met among them by true matches about as often as by namesakes:
 * the correction for matches (withoutMatches) may take them out only within sampling error, so the level's
 * u stays near that of agreeing names. A namesake's father is nobody's in particular: among different
 * people the fathers agree independently of the names, so u is at most u(names agree) × `share` (both give
 * a father's name and they agree, measured on records that give one, where matches weigh nothing).
 */
export function withFathersU(model: Model, share: number | undefined): Model {
  if (share === undefined) return model;
  return {
    ...model,
    comparisons: model.comparisons.map((comparison) => {
      const sameFather = comparison.levels.findIndex((level) => level.id === 'sameFather');
      if (comparison.id !== 'full_name' || sameFather < 0) return comparison;
      const agreeing = comparison.levels.reduce(
        (sum, level) => (level.id === 'sameFather' || NAME_LEVELS.has(level.id) ? sum + level.u : sum),
        0,
      );
      const bound = Math.max(U_FLOOR, agreeing * share);
      return {
        ...comparison,
        levels: comparison.levels.map((level, g) =>
          g === sameFather && level.u > bound ? { ...level, u: bound } : level,
        ),
      };
    }),
  };
}
