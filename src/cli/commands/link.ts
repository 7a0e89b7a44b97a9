import type { Command } from 'commander';
import { placeEquivalences } from '../../domain/gazetteer/gazetteer.js';
import { explainPair, linkRecords } from '../../engine/index.js';
import { describeTrainingNotes } from '../io/describe-training.js';
import { formatExplanation, formatProbability } from '../io/format-explanation.js';
import { InputError } from '../io/input-error.js';
import { progressBar } from '../io/progress.js';
import { describeWarnings, readRecordsFile } from '../io/read-records.js';
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
        const leftFile = await readRecordsFile(left);
        const rightFile = await readRecordsFile(right);
        const warning = describeWarnings([...leftFile.warnings, ...rightFile.warnings]);
        if (warning) process.stderr.write(`${warning}\n`);
        const progress = progressBar();
        const result = linkRecords(leftFile.records, rightFile.records, {
          threshold,
          placeEquivalences: placeEquivalences(),
          onProgress: progress.listener,
        });
        progress.stop();
        process.stderr.write(describeTrainingNotes(result.trainingNotes));
        const header = ['left_id', 'right_id', 'probability', ...(options.explain ? ['explanation'] : [])];
        const rows = result.links.map((link) => {
          const row = [link.leftId, link.rightId, formatProbability(link.probability)];
          if (options.explain) {
            const explanation = explainPair(
              result.model,
              result.left[link.leftIndex],
              result.right[link.rightIndex],
              {
                termFrequencies: result.termFrequencies,
              },
            );
            row.push(formatExplanation(explanation));
          }
          return row;
        });
        await writeCsv(options.output, header, rows);
      }),
    );
}
