import type { ComparisonLevel, LevelLabel } from './types.js';

type Predicate<R> = (left: R, right: R) => boolean;

const label = (key: string, params?: LevelLabel['params']): LevelLabel =>
  params ? { key: `engine.level.${key}`, params } : { key: `engine.level.${key}` };

export function nullLevel<R>(isMissing: (record: R) => boolean): ComparisonLevel<R> {
  return {
    id: 'missing',
    label: label('missing'),
    isNull: true,
    matches: (left, right) => isMissing(left) || isMissing(right),
    defaultM: 0,
    defaultU: 0,
  };
}

export function level<R>(
  id: string,
  matches: Predicate<R>,
  defaults: { m: number; u: number; termFrequency?: boolean; params?: LevelLabel['params'] },
): ComparisonLevel<R> {
  return {
    id,
    label: label(id, defaults.params),
    matches,
    defaultM: defaults.m,
    defaultU: defaults.u,
    termFrequency: defaults.termFrequency,
  };
}

export function elseLevel<R>(defaults: { m: number; u: number }): ComparisonLevel<R> {
  return {
    id: 'else',
    label: label('different'),
    matches: () => true,
    defaultM: defaults.m,
    defaultU: defaults.u,
  };
}
