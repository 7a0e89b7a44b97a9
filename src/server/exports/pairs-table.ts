import type { CsvCell } from '../../platform/tables/index.js';
import type { RunPair } from '../../store/index.js';
import { type ExportLanguage, exportLabels } from './export-labels.js';

/**
 * The pairs of a run as a table (the CSV and XLSX exports): where each pair stands, the engine's probability, both
 * entries as written with their row and date of birth, and the decision. Labels in the reader's language, names
 * as written, the probability as a number.
 */
export function pairsTable(
  pairs: readonly RunPair[],
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
    pair.missing.fields.birth_date ?? '',
    ctx.partyName(pair.held.partyId),
    pair.held.displayName,
    pair.held.row,
    pair.held.fields.birth_date ?? '',
    pair.decision ? t[`decision_${pair.decision.decision}`] : '',
    pair.decision?.decidedBy ?? '',
    pair.decision?.decidedAt ?? '',
    pair.decision?.note ?? '',
  ]);
  return { header, rows };
}
