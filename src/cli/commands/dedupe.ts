import type { Command } from 'commander';
import { placeEquivalences } from '../../domain/gazetteer/gazetteer.js';
import { rankEquivalences } from '../../domain/ranks/rank-lookup.js';
import { dedupeInWorkers } from '../../platform/parallel-engine/index.js';
import { describeTrainingNotes } from '../io/describe-training.js';
import { progressBar } from '../io/progress.js';
import { describeWarnings, readRowsFile, warningsInFiles } from '../io/read-records.js';
import { runCommand } from '../io/run-command.js';
import { writeCsv } from '../io/write-csv.js';

export function registerDedupeCommand(program: Command): void {
  program
    .command('dedupe')
    .description('find the same person more than once in one list; writes id,cluster_id for every row')
    .argument('<in>', 'CSV or XLSX file with an id column')
    .option('-o, --output <file>', 'write the CSV here instead of standard output')
    .action((input: string, options: { output?: string }) =>
      runCommand(async () => {
        const file = await readRowsFile(input);
        const progress = progressBar();
        const result = await dedupeInWorkers(file.rows, {
          placeEquivalences: placeEquivalences(),
          rankEquivalences: rankEquivalences(),
          onProgress: progress.listener,
        });
        progress.stop();
        const warning = describeWarnings(warningsInFiles([file], result.warnings));
        if (warning) process.stderr.write(`${warning}\n`);
        process.stderr.write(describeTrainingNotes(result.trainingNotes));
        await writeCsv(
          options.output,
          ['id', 'cluster_id'],
          result.clusters.map((assignment) => [assignment.id, assignment.clusterId]),
        );
      }),
    );
}
