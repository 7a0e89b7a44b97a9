// Splink's fake_1000 and historical_50k, deduplicated with `dedupeRecords` defaults; pairwise F1 of the
// clusters against the true `cluster` column.
import { join } from 'node:path';
import { buildPersonRecords, dedupeRecords, type RawRecord } from '../src/engine/index.js';
import {
  cpuSeconds,
  formatScores,
  pairwiseClusterScores,
  readCsvObjects,
  reliabilityTable,
  seconds,
} from './bench-helpers.js';
import { sharedDir } from './names-data.js';

interface DedupeBench {
  title: string;
  file: string;
  mapping: string;
  toRaw(row: Record<string, string>): RawRecord;
  idOf(row: Record<string, string>): string;
}

const BENCHES: DedupeBench[] = [
  {
    title: 'Splink fake_1000 (1,000 rows, 251 people)',
    file: join(sharedDir(), 'data', 'splink_fake_1000', 'fake_1000.csv'),
    mapping:
      'first_name→given_name, surname→family_name, dob→birth_date, city→address, email→document_number',
    idOf: (row) => row.unique_id,
    toRaw: (row) => ({
      id: row.unique_id,
      given_name: row.first_name,
      family_name: row.surname,
      birth_date: row.dob,
      address: row.city,
      document_number: row.email,
    }),
  },
  {
    title: 'Splink historical_50k (50,578 rows, 5,156 people)',
    file: join(sharedDir(), 'data', 'splink_historical_50k', 'historical_figures_with_errors_50k.csv'),
    mapping:
      'first_name→given_name, surname→family_name, dob→birth_date, birth_place, gender→sex, postcode_fake→address, occupation→rank',
    idOf: (row) => row.unique_id,
    toRaw: (row) => ({
      id: row.unique_id,
      given_name: row.first_name,
      family_name: row.surname,
      birth_date: row.dob,
      birth_place: row.birth_place,
      sex: row.gender,
      address: row.postcode_fake,
      rank: row.occupation,
    }),
  },
];

const only = process.argv[2];
for (const bench of BENCHES) {
  if (only && !bench.file.includes(only)) continue;
  const rows = readCsvObjects(bench.file);
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const { records, warnings } = buildPersonRecords(rows.map(bench.toRaw));
  const result = dedupeRecords(records);
  const wall = seconds(start);
  const cpu = cpuSeconds(cpuStart);
  const truth = new Map(rows.map((row) => [bench.idOf(row), row.cluster]));
  const predicted = new Map(result.clusters.map((assignment) => [assignment.id, assignment.clusterId]));
  const scores = pairwiseClusterScores(predicted, truth);
  console.log(`${bench.title}, parley dedupe defaults, threshold 0.5`);
  console.log(`  columns: ${bench.mapping}`);
  console.log(`  pairwise ${formatScores(scores)}`);
  console.log(
    `  wall time ${wall}, CPU ${cpu}, candidate pairs ${result.candidatePairs}, m from ${result.mSource}, ` +
      `clusters ${new Set(predicted.values()).size}, unreadable values ${warnings.length}`,
  );
  // The pairs the engine scored at or above the threshold (before clustering), against the true clusters.
  console.log(
    reliabilityTable(
      result.matches.map((match) => ({
        probability: match.probability,
        correct: truth.get(match.leftId) === truth.get(match.rightId),
      })),
    ),
  );
}
