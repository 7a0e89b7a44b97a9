import { type BlockingRule, DEFAULT_BLOCKING_RULES } from '../block/rules.js';
import { DEFAULT_MODEL_OPTIONS, type ModelOptions } from '../model/settings.js';

export interface LinkOptions extends Partial<ModelOptions> {
  /** Pairs at or above this match probability are linked (default 0.5). */
  threshold?: number;
  blockingRules?: readonly BlockingRule[];
}

export interface ResolvedLinkOptions extends ModelOptions {
  threshold: number;
  blockingRules: readonly BlockingRule[];
}

export function resolveLinkOptions(options: LinkOptions = {}): ResolvedLinkOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_MODEL_OPTIONS, threshold: 0.5, blockingRules: DEFAULT_BLOCKING_RULES, ...defined };
}

/** The match weight (log2 odds) that a probability threshold stands for. */
export function weightOfProbability(probability: number): number {
  if (probability <= 0) return Number.NEGATIVE_INFINITY;
  if (probability >= 1) return Number.POSITIVE_INFINITY;
  return Math.log2(probability / (1 - probability));
}
