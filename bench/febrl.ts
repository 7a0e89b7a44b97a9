// Febrl dataset 4: 5,000 originals linked to 5,000 duplicates, true pairs by rec_id number.
// Target: F1 >= 0.99 with default settings, <= 2 s.
import { join } from 'node:path';
import { buildPersonRecords, linkRecords, type RawRecord } from '../src/engine/index.js';
import {
  cpuSeconds,
  formatScores,
  readCsvObjects,
  reliabilityTable,
  scoreAgainstTruth,
  seconds,
} from './bench-helpers.js';
import { sharedDir } from './names-data.js';

const FOLDER = join(sharedDir(), 'data', 'febrl');

function toRaw(row: Record<string, string>): RawRecord {
  return {
    id: row.rec_id,
    given_name: row.given_name,
    family_name: row.surname,
    birth_date: row.date_of_birth,
    document_number: row.soc_sec_id,
    address: [row.street_number, row.address_1, row.address_2, row.suburb, row.postcode, row.state]
      .filter(Boolean)
      .join(' '),
  };
}

const entity = (id: string) => /^rec-(\d+)-/.exec(id)?.[1] ?? id;

const leftRows = readCsvObjects(`${FOLDER}/dataset4a.csv`);
const rightRows = readCsvObjects(`${FOLDER}/dataset4b.csv`);
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const left = buildPersonRecords(leftRows.map(toRaw)).records;
const right = buildPersonRecords(rightRows.map(toRaw)).records;
const result = linkRecords(left, right);
const wall = seconds(start);
const cpu = cpuSeconds(cpuStart);

const truth = new Set<string>();
const rightByEntity = new Map(right.map((record) => [entity(record.id), record.id]));
for (const record of left) {
  const partner = rightByEntity.get(entity(record.id));
  if (partner) truth.add(`${record.id}\u0000${partner}`);
}
const scores = scoreAgainstTruth(
  result.links.map((link) => `${link.leftId}\u0000${link.rightId}`),
  truth,
);
console.log('febrl dataset 4 (5,000 vs 5,000), parley link defaults, threshold 0.5');
console.log(`  ${formatScores(scores)}`);
console.log(
  `  wall time ${wall}, CPU ${cpu} (records + link), candidate pairs ${result.candidatePairs}, m from ${result.mSource}`,
);
console.log(
  reliabilityTable(
    result.links.map((link) => ({
      probability: link.probability,
      correct: truth.has(`${link.leftId}\u0000${link.rightId}`),
    })),
  ),
);
console.log('  target: F1 >= 0.99, <= 2 s');
