// Scale: synthetic detainee lists of N records a side (default 100,000), linked one-to-one across worker threads
// (both cores). Prints, per phase, wall and CPU time (CPU of every thread of the process), pairs per record, the
// recall of blocking alone (the share of true pairs among the candidates), the compare cache's hit rate, peak
// memory (RSS high-water) and F1 against the generator's truth.
// The lists have common names and birth years as real ones do (a few surnames carried by many, most servicemen
// conscripts of a few years); --even draws every name and year alike, as before.
// Usage: tsx bench/scale.ts [N] [--workers W] [--even]. Target: 1,000,000 vs 1,000,000 in <= 120 s and <= 4 GiB, F1 >= 0.90.

import { type GeneratedRow, generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import { linkInWorkers } from '../src/platform/parallel-engine/index.js';
import { formatScores, scoreAgainstTruth } from './bench-helpers.js';

const size = Number(process.argv.find((arg, i) => i >= 2 && /^\d+$/.test(arg)) ?? 100_000);
const workersAt = process.argv.indexOf('--workers');
const workers = workersAt >= 0 ? Number(process.argv[workersAt + 1]) : undefined;
const skewed = !process.argv.includes('--even');
const generated = generateDetaineeLists(size, 2021, { skewed });
const toRaw = ({ person: _person, ...row }: GeneratedRow) => row;
const left = generated.left.map(toRaw);
const right = generated.right.map(toRaw);

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
const phases: { name: string; wall: number; cpu: number }[] = [];
let phase = '';
let phaseWall = performance.now();
let phaseCpu = cpuNow();
const endPhase = () => {
  if (phase)
    phases.push({ name: phase, wall: (performance.now() - phaseWall) / 1000, cpu: cpuNow() - phaseCpu });
};

const start = performance.now();
const cpuStart = cpuNow();
const result = await linkInWorkers(
  left,
  right,
  {
    workers,
    onProgress: (next) => {
      if (next === phase) return;
      endPhase();
      phase = next;
      phaseWall = performance.now();
      phaseCpu = cpuNow();
    },
  },
  (linked) => linked,
);
endPhase();
const wall = (performance.now() - start) / 1000;
const cpu = cpuNow() - cpuStart;
const peakRss = process.resourceUsage().maxRSS / 1024 / 1024;

const leftIndex = new Map(left.map((row, i) => [row.id, i]));
const rightIndex = new Map(right.map((row, i) => [row.id, i]));
// The true pairs, as pair numbers, are few (about one a record); the candidates may be tens of millions, more than
// a Set holds, so each candidate is looked up among the true pairs, and each true pair counted once.
const unblocked = new Set<number>();
for (const pair of generated.truePairs) {
  const [l, r] = pair.split('\u0000');
  const li = leftIndex.get(l ?? '');
  const ri = rightIndex.get(r ?? '');
  if (li !== undefined && ri !== undefined) unblocked.add(li * right.length + ri);
}
let blocked = 0;
for (let p = 0; p < result.candidates.count; p++) {
  if (unblocked.delete(result.candidates.left[p] * right.length + result.candidates.right[p])) blocked++;
}
const scores = scoreAgainstTruth(
  result.links.map((link) => `${link.leftId}\u0000${link.rightId}`),
  generated.truePairs,
);
const cache = Object.entries(result.compareCache)
  .map(([name, stats]) => {
    const hits = stats.lookups - stats.computed;
    return `${name} ${(hits / Math.max(1, stats.lookups)).toFixed(3)} (${hits} of ${stats.lookups} lookups)`;
  })
  .join(', ');

console.log(
  `scale: synthetic detainee lists (${skewed ? 'common names and years' : 'even names'}), ${left.length} vs ${right.length} records, parley link defaults, ${workers ?? 'default'} workers`,
);
console.log(`  wall time ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s (all threads)`);
for (const p of phases)
  console.log(
    `    ${p.name.padEnd(10)} wall ${p.wall.toFixed(2).padStart(7)} s  CPU ${p.cpu.toFixed(2).padStart(7)} s`,
  );
console.log(
  `  candidate pairs ${result.candidatePairs} (${(result.candidatePairs / size).toFixed(2)} a record), recall of blocking alone ${(blocked / generated.truePairs.size).toFixed(4)}`,
);
console.log(`  compare cache hit rate: ${cache}`);
console.log(`  peak RSS ${peakRss.toFixed(2)} GiB (every thread), m from ${result.mSource}`);
console.log(`  ${formatScores(scores)}`);
console.log('  target (1,000,000 a side): <= 120 s, <= 4 GiB, F1 >= 0.90');
