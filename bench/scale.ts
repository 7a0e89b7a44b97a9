// Scale: synthetic detainee lists of N records a side (default 100,000), linked one-to-one.
// Prints wall time, candidate pairs, peak memory (RSS high-water) and F1 against the generator's truth.
// Target: 1,000,000 vs 1,000,000 in <= 60 s and <= 4 GiB on a 2-core machine.

import { type GeneratedRow, generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import { buildPersonRecords, linkRecords } from '../src/engine/index.js';
import { cpuSeconds, formatScores, scoreAgainstTruth, seconds } from './bench-helpers.js';

const size = Number(process.argv[2] ?? 100_000);
const generated = generateDetaineeLists(size, 2021);
const toRaw = ({ person: _person, ...row }: GeneratedRow) => row;

const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const left = buildPersonRecords(generated.left.map(toRaw)).records;
const right = buildPersonRecords(generated.right.map(toRaw)).records;
const readTime = seconds(start);
const stages: string[] = [];
let stage = '';
let stageStart = process.hrtime.bigint();
const result = linkRecords(left, right, {
  onProgress: (next) => {
    if (next === stage) return;
    if (stage) stages.push(`${stage} ${seconds(stageStart)}`);
    stage = next;
    stageStart = process.hrtime.bigint();
  },
});
stages.push(`${stage} ${seconds(stageStart)}`);
const wall = seconds(start);
const cpu = cpuSeconds(cpuStart);
const peakRss = process.resourceUsage().maxRSS / 1024 / 1024;
const scores = scoreAgainstTruth(
  result.links.map((link) => `${link.leftId}\u0000${link.rightId}`),
  generated.truePairs,
);
console.log(
  `scale: synthetic detainee lists, ${left.length} vs ${right.length} records, parley link defaults`,
);
console.log(`  wall time ${wall}, CPU ${cpu} (records ${readTime}; ${stages.join(', ')})`);
console.log(
  `  candidate pairs ${result.candidatePairs}, peak RSS ${peakRss.toFixed(2)} GiB, m from ${result.mSource}`,
);
console.log(`  ${formatScores(scores)}`);
console.log('  target (1,000,000 a side): <= 60 s, <= 4 GiB');
