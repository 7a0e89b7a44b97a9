import type { CargoCategory, CargoLine } from './types.js';

export type ReceiptProblem = { line: number; reason: 'counts_do_not_add_up' | 'negative' };

/** A receipt accounts for every unit dispatched: good + damaged + lost = quantity, none negative. */
export function receiptProblems(lines: readonly CargoLine[]): ReceiptProblem[] {
  const problems: ReceiptProblem[] = [];
  lines.forEach((line, index) => {
    if (line.received === null) return;
    const { good, damaged, lost } = line.received;
    if (good < 0 || damaged < 0 || lost < 0) problems.push({ line: index + 1, reason: 'negative' });
    else if (good + damaged + lost !== line.quantity)
      problems.push({ line: index + 1, reason: 'counts_do_not_add_up' });
  });
  return problems;
}

export interface LossLine {
  line: number;
  category: CargoCategory;
  description: string;
  damaged: number;
  lost: number;
  weightKgNotDelivered: number;
}

/** The loss report of a received consignment: each line with damage or loss, and the weight not delivered good. */
export function lossReport(lines: readonly CargoLine[]): LossLine[] {
  const report: LossLine[] = [];
  lines.forEach((line, index) => {
    if (line.received === null || (line.received.damaged === 0 && line.received.lost === 0)) return;
    const perUnit = line.quantity === 0 ? 0 : line.weightKg / line.quantity;
    report.push({
      line: index + 1,
      category: line.category,
      description: line.description,
      damaged: line.received.damaged,
      lost: line.received.lost,
      weightKgNotDelivered: perUnit * (line.received.damaged + line.received.lost),
    });
  });
  return report;
}

/** The ISO 8601 week of a day, as `2020-W48` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const weekYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** Delivered tonnage (good on receipt) by week and category, weeks in order. */
export function deliveredTonnageByWeek(
  consignments: readonly { receivedOn: string | null; lines: readonly CargoLine[] }[],
): { week: string; tonnes: Record<CargoCategory, number> }[] {
  const weeks = new Map<string, Record<CargoCategory, number>>();
  for (const consignment of consignments) {
    if (consignment.receivedOn === null) continue;
    const week = isoWeek(consignment.receivedOn);
    const tonnes = weeks.get(week) ?? { food: 0, medical: 0, shelter_and_construction: 0, fuel: 0, other: 0 };
    for (const line of consignment.lines) {
      if (line.received === null || line.quantity === 0) continue;
      tonnes[line.category] += (line.weightKg * (line.received.good / line.quantity)) / 1000;
    }
    weeks.set(week, tonnes);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, tonnes]) => ({ week, tonnes }));
}
