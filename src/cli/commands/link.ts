import type { Command } from 'commander';
import { placeEquivalences } from '../../domain/gazetteer/gazetteer.js';
import { rankEquivalences } from '../../domain/ranks/rank-lookup.js';
import { linkInWorkers } from '../../platform/parallel-engine/index.js';
import type { CsvCell } from '../../platform/tables/index.js';
import { describeTrainingNotes } from '../io/describe-training.js';
import { formatExplanation, formatProbability } from '../io/format-explanation.js';
import { InputError } from '../io/input-error.js';
import { progressBar } from '../io/progress.js';
import { describeWarnings, readRowsFile, warningsInFiles } from '../io/read-records.js';
import { runCommand } from '../io/run-command.js';
import { writeCsv } from '../io/write-csv.js';

interface LinkCommandOptions {
  output?: string;
  threshold: string;
  explain?: boolean;
}

export function registerLinkCommand(program: Command): void {
  program
    .command('link')
    .description('link two lists of people one-to-one; writes left_id,right_id,probability')
    .argument('<left>', 'CSV or XLSX file with an id column')
    .argument('<right>', 'CSV or XLSX file with an id column')
    .option('-o, --output <file>', 'write the CSV here instead of standard output')
    .option('--threshold <p>', 'lowest match probability linked, 0..1', '0.5')
    .option('--explain', 'add an explanation column: each field’s contribution to the match weight')
    .action((left: string, right: string, options: LinkCommandOptions) =>
      runCommand(async () => {
        const threshold = Number(options.threshold);
        if (options.threshold.trim() === '' || !(threshold >= 0 && threshold <= 1)) {
          throw new InputError('--threshold', `"${options.threshold}" is not a probability between 0 and 1`);
        }
        const leftFile = await readRowsFile(left);
        const rightFile = await readRowsFile(right);
        const progress = progressBar();
        const { result, explanations } = await linkInWorkers(
          leftFile.rows,
          rightFile.rows,
          {
            threshold,
            placeEquivalences: placeEquivalences(),
            rankEquivalences: rankEquivalences(),
            onProgress: progress.listener,
          },
          async (linked) => ({
            result: linked,
            explanations: options.explain ? await linked.explain(linked.links) : [],
          }),
        );
        progress.stop();
        const warning = describeWarnings(warningsInFiles([leftFile, rightFile], result.warnings));
        if (warning) process.stderr.write(`${warning}\n`);
        process.stderr.write(describeTrainingNotes(result.trainingNotes));
        const header = ['left_id', 'right_id', 'probability', ...(options.explain ? ['explanation'] : [])];
        const rows = result.links.map((link, i) => {
          const row: CsvCell[] = [link.leftId, link.rightId, link.probability];
          if (options.explain) row.push(formatExplanation(explanations[i]));
          return row;
        });
        await writeCsv(options.output, header, rows, { formatNumber: formatProbability });
      }),
    );
}
