import type { ImplementationLevel, ProvisionAssessment } from './types.js';
import { FULL_IMPLEMENTATION } from './types.js';

type Assessment = Pick<ProvisionAssessment, 'provisionId' | 'level' | 'effectiveOn' | 'recordedAt'>;

/**
 * A provision's level as of `date`: the assessment with the latest effective day on or before it (the later
 * recorded one when two hold from the same day), or 0 when none does yet.
 */
export function levelAsOf(
  assessments: readonly Assessment[],
  provisionId: string,
  date: string,
): ImplementationLevel {
  let current: Assessment | null = null;
  for (const assessment of assessments) {
    if (assessment.provisionId !== provisionId || assessment.effectiveOn > date) continue;
    if (
      current === null ||
      assessment.effectiveOn > current.effectiveOn ||
      (assessment.effectiveOn === current.effectiveOn && assessment.recordedAt > current.recordedAt)
    )
      current = assessment;
  }
  return current?.level ?? 0;
}

/** The agreement's implementation as a share of the full scale over its provisions (0..1), as of `date`. */
export function agreementShareAsOf(
  provisionIds: readonly string[],
  assessments: readonly Assessment[],
  date: string,
): number {
  if (provisionIds.length === 0) return 0;
  let sum = 0;
  for (const id of provisionIds) sum += levelAsOf(assessments, id, date);
  return sum / (provisionIds.length * FULL_IMPLEMENTATION);
}

export interface RollUpPoint {
  date: string;
  share: number;
  levels: Record<string, ImplementationLevel>;
}

/**
 * The roll-up at each day an assessment took effect between `from` and `to` (and at both ends): a step series
 * for the dashboard's chart, with each provision's level so the chart's table can show them.
 */
export function rollUpSeries(
  provisionIds: readonly string[],
  assessments: readonly Assessment[],
  from: string,
  to: string,
): RollUpPoint[] {
  const days = new Set<string>([from, to]);
  for (const assessment of assessments)
    if (assessment.effectiveOn >= from && assessment.effectiveOn <= to) days.add(assessment.effectiveOn);
  return [...days].sort().map((date) => {
    const levels: Record<string, ImplementationLevel> = {};
    for (const id of provisionIds) levels[id] = levelAsOf(assessments, id, date);
    return { date, share: agreementShareAsOf(provisionIds, assessments, date), levels };
  });
}
