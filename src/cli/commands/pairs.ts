import type { Command } from 'commander';
import { placeEquivalences } from '../../domain/gazetteer/gazetteer.js';
import { rankEquivalences } from '../../domain/ranks/rank-lookup.js';
import { buildPersonRecord, type PersonRecord, type RawRecord, scorePairs } from '../../engine/index.js';
import { formatProbability } from '../io/format-explanation.js';
import { InputError } from '../io/input-error.js';
import { readInputTable } from '../io/input-table.js';
import { recognisedField } from '../io/read-records.js';
import { runCommand } from '../io/run-command.js';
import { writeCsv } from '../io/write-csv.js';

const NAME_FIELDS = ['full_name', 'given_name', 'family_name'];

/** Which columns feed each side: `left_<field>` / `right_<field>` for the recognised fields. */
function sideColumns(header: readonly string[], side: 'left' | 'right'): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, i) => {
    const lower = name.trim().toLowerCase();
    if (!lower.startsWith(`${side}_`)) return;
    const field = recognisedField(lower.slice(side.length + 1));
    if (field) columns.set(field, i);
  });
  return columns;
}

export function registerPairsCommand(program: Command): void {
  program
    .command('pairs')
    .description(
      'judge given pairs one by one with default parameters; writes the input columns + probability',
    )
    .argument(
      '<in>',
      'CSV or XLSX with left_<field> and right_<field> columns (at least left_full_name, right_full_name)',
    )
    .option('-o, --output <file>', 'write the CSV here instead of standard output')
    .action((input: string, options: { output?: string }) =>
      runCommand(async () => {
        const table = await readInputTable(input);
        const left = sideColumns(table.headers, 'left');
        const right = sideColumns(table.headers, 'right');
        for (const [side, columns] of [
          ['left', left],
          ['right', right],
        ] as const) {
          if (!NAME_FIELDS.some((field) => columns.has(field))) {
            throw new InputError(input, `the header has no ${side}_full_name column`, 1, `${side}_full_name`);
          }
        }
        const toRecord = (columns: Map<string, number>, values: string[], row: number): PersonRecord => {
          const raw: RawRecord = { id: String(row) };
          for (const [field, i] of columns) raw[field] = values[i];
          return buildPersonRecord(raw).record;
        };
        const pairs = table.rows.map(
          ({ row, values }) => [toRecord(left, values, row), toRecord(right, values, row)] as const,
        );
        const { probabilities } = scorePairs(pairs, {
          placeEquivalences: placeEquivalences(),
          rankEquivalences: rankEquivalences(),
        });
        await writeCsv(
          options.output,
          [...table.headers, 'probability'],
          table.rows.map(({ values }, i) => [...values, probabilities[i]]),
          { formatNumber: formatProbability },
        );
      }),
    );
}
