import type { IdentificationMethod, IdentificationStatus } from './types.js';

/** One set of remains as the counts need it: when it was repatriated and each identification step since. */
export interface RemainsForCounts {
  repatriatedOn: string | null;
  identification: { status: IdentificationStatus; method: IdentificationMethod | null; on: string }[];
}

export interface RemainsCounts {
  asOf: string;
  repatriated: number;
  awaitingIdentification: number;
  presumptive: number;
  identified: number;
  identifiedBy: Record<IdentificationMethod, number>;
}

function statusAsOf(remains: RemainsForCounts, asOf: string) {
  let latest: RemainsForCounts['identification'][number] | null = null;
  for (const step of remains.identification)
    if (step.on <= asOf && (latest === null || step.on >= latest.on)) latest = step;
  return latest;
}

/**
 * Counts as of a day, as the ICRC reported them in December 2020: remains repatriated by then, those still
 * awaiting identification (unidentified or only presumed), and those identified, by method.
 */
export function remainsCountsAsOf(all: readonly RemainsForCounts[], asOf: string): RemainsCounts {
  const counts: RemainsCounts = {
    asOf,
    repatriated: 0,
    awaitingIdentification: 0,
    presumptive: 0,
    identified: 0,
    identifiedBy: { visual: 0, documents: 0, dental: 0, fingerprints: 0, dna: 0, combined: 0 },
  };
  for (const remains of all) {
    if (remains.repatriatedOn === null || remains.repatriatedOn > asOf) continue;
    counts.repatriated += 1;
    const step = statusAsOf(remains, asOf);
    if (step === null || step.status !== 'confirmed') {
      counts.awaitingIdentification += 1;
      if (step?.status === 'presumptive') counts.presumptive += 1;
      continue;
    }
    counts.identified += 1;
    if (step.method !== null) counts.identifiedBy[step.method] += 1;
  }
  return counts;
}
