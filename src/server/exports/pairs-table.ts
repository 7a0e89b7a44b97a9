import type { CsvCell } from '../../platform/tables/index.js';
import type { RunPair } from '../../store/index.js';
import { type ExportLanguage, exportLabels } from './export-labels.js';

/** One side of a pair as the table shows it. */
interface PairsTableSide {
  partyId: string;
  displayName: string;
  row: number;
  birthDate: string;
}

/**
 * What the pairs table shows of a pair: plain values only, so that a run's pairs cross to the export worker without
 * their explanations and list fields.
 */
export interface PairsTablePair {
  status: RunPair['status'];
  probability: number;
  missing: PairsTableSide;
  held: PairsTableSide;
  decision: Pick<NonNullable<RunPair['decision']>, 'decision' | 'decidedBy' | 'decidedAt' | 'note'> | null;
}

const side = (entry: RunPair['missing']): PairsTableSide => ({
  partyId: entry.partyId,
  displayName: entry.displayName,
  row: entry.row,
  birthDate: entry.fields.birth_date ?? '',
});

/** A pair of a run as the table shows it. */
export const pairForTable = (pair: RunPair): PairsTablePair => ({
  status: pair.status,
  probability: pair.probability,
  missing: side(pair.missing),
  held: side(pair.held),
  decision: pair.decision && {
    decision: pair.decision.decision,
    decidedBy: pair.decision.decidedBy,
    decidedAt: pair.decision.decidedAt,
    note: pair.decision.note,
  },
});

/**
 * The pairs of a run as a table (the CSV and XLSX exports): where each pair stands, the engine's probability, both
 * entries as written with their row and date of birth, and the decision. Labels in the reader's language, names
 * as written, the probability as a number.
 */
export function pairsTable(
  pairs: readonly PairsTablePair[],
  ctx: { language: ExportLanguage; partyName: (partyId: string) => string },
): { header: string[]; rows: CsvCell[][] } {
  const t = exportLabels(ctx.language);
  const header = [
    t.status,
    t.probability,
    t.claimedBy,
    t.claimName,
    t.row,
    t.birthDate,
    t.heldBy,
    t.heldName,
    t.row,
    t.birthDate,
    t.decision,
    t.decidedBy,
    t.decidedAt,
    t.note,
  ];
  const rows = pairs.map((pair): CsvCell[] => [
    t[`pairStatus_${pair.status}`],
    Number(pair.probability.toFixed(4)),
    ctx.partyName(pair.missing.partyId),
    pair.missing.displayName,
    pair.missing.row,
    pair.missing.birthDate,
    ctx.partyName(pair.held.partyId),
    pair.held.displayName,
    pair.held.row,
    pair.held.birthDate,
    pair.decision ? t[`decision_${pair.decision.decision}`] : '',
    pair.decision?.decidedBy ?? '',
    pair.decision?.decidedAt ?? '',
    pair.decision?.note ?? '',
  ]);
  return { header, rows };
}
