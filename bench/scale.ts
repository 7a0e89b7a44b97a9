// Scale: synthetic detainee lists of N records a side (default 100,000), linked one-to-one across worker threads
// (both cores). Prints, per phase, wall and CPU time (CPU of every thread of the process), pairs per record, the
// recall of blocking alone (the share of true pairs among the candidates), the compare cache's hit rate, peak
// memory (RSS high-water) and F1 against the generator's truth.
// The lists have common names and birth years as real ones do (a few surnames carried by many, most servicemen
// conscripts of a few years); --even draws every name and year alike, as before.
// --csv writes the lists to CSV files first and reads them back as a stream, row by row into shared memory (only the
// true pairs, by row number, stay behind): memory then grows with the records, not with the files.
// Usage: tsx bench/scale.ts [N] [--workers W] [--even] [--csv]. Target: 1,000,000 vs 1,000,000 in <= 120 s and <= 4 GiB, F1 >= 0.90.

import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type GeneratedLists,
  type GeneratedRow,
  generateDetaineeLists,
} from '../src/domain/demo/synthetic-lists/index.js';
import type { RawRecord } from '../src/engine/index.js';
import { linkInWorkers, type SharedRows, shareRowStream } from '../src/platform/parallel-engine/index.js';
import { csvText, openTableFile } from '../src/platform/tables/index.js';

const size = Number(process.argv.find((arg, i) => i >= 2 && /^\d+$/.test(arg)) ?? 100_000);
const workersAt = process.argv.indexOf('--workers');
const workers = workersAt >= 0 ? Number(process.argv[workersAt + 1]) : undefined;
const skewed = !process.argv.includes('--even');
const generated: GeneratedLists = generateDetaineeLists(size, 2021, { skewed });
const trueCount = generated.truePairs.size;
/** The true pairs as row numbers (left, right), from the generator's ids (L1, R1 are rows 0). */
const truth = [...generated.truePairs].map((pair): [number, number] => {
  const [l, r] = pair.split('\u0000');
  return [Number(l?.slice(1)) - 1, Number(r?.slice(1)) - 1];
});
const toRaw = ({ person: _person, ...row }: GeneratedRow): RawRecord => row;
const csv = process.argv.includes('--csv');
let readSeconds = 0;
async function listsToLink(): Promise<[RawRecord[] | SharedRows, RawRecord[] | SharedRows]> {
  if (!csv) return [generated.left.map(toRaw), generated.right.map(toRaw)];
  const folder = mkdtempSync(join(tmpdir(), 'parley-scale-'));
  const files = [join(folder, 'left.csv'), join(folder, 'right.csv')];
  for (const [f, rows] of [generated.left, generated.right].entries()) {
    const header = Object.keys(toRaw(rows[0]));
    const out = createWriteStream(files[f]);
    for (let from = 0; from < rows.length; from += 10_000) {
      const batch = rows.slice(from, from + 10_000).map((row) => header.map((h) => toRaw(row)[h] ?? ''));
      const text = csvText(header, batch);
      if (!out.write(from === 0 ? text : text.slice(text.indexOf('\n') + 1)))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  generated.left.length = 0;
  generated.right.length = 0;
  const readStart = performance.now();
  const shared = await Promise.all(
    files.map(async (file) => {
      const table = await openTableFile(file);
      return shareRowStream(
        (async function* () {
          for await (const row of table.rows)
            yield Object.fromEntries(table.headers.map((h, i) => [h, row.values[i] ?? '']));
        })(),
      );
    }),
  );
  readSeconds = (performance.now() - readStart) / 1000;
  rmSync(folder, { recursive: true });
  return [shared[0], shared[1]];
}
const [left, right] = await listsToLink();
const leftCount = isShared(left) ? left.count : left.length;
const rightCount = isShared(right) ? right.count : right.length;
function isShared(rows: RawRecord[] | SharedRows): rows is SharedRows {
  return !Array.isArray(rows);
}

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

// The true pairs, as pair numbers, are few (about one a record); the candidates may be tens of millions, more than
// a Set holds, so each candidate is looked up among the true pairs, and each true pair counted once.
const unblocked = new Set(truth.map(([l, r]) => l * rightCount + r));
const trueSet = new Set(unblocked);
let blocked = 0;
for (let p = 0; p < result.candidates.count; p++) {
  if (unblocked.delete(result.candidates.left[p] * rightCount + result.candidates.right[p])) blocked++;
}
let linkedTrue = 0;
for (const link of result.links) if (trueSet.has(link.leftIndex * rightCount + link.rightIndex)) linkedTrue++;
const precision = linkedTrue / Math.max(1, result.links.length);
const recall = linkedTrue / Math.max(1, trueCount);
const scores = `precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(4)}  (TP ${linkedTrue}, FP ${result.links.length - linkedTrue}, FN ${trueCount - linkedTrue})`;
const cache = Object.entries(result.compareCache)
  .map(([name, stats]) => {
    const hits = stats.lookups - stats.computed;
    return `${name} ${(hits / Math.max(1, stats.lookups)).toFixed(3)} (${hits} of ${stats.lookups} lookups)`;
  })
  .join(', ');

console.log(
  `scale: synthetic detainee lists (${skewed ? 'common names and years' : 'even names'}), ${leftCount} vs ${rightCount} records, parley link defaults, ${workers ?? 'default'} workers`,
);
if (csv)
  console.log(
    `  CSV read as a stream into shared memory: ${readSeconds.toFixed(2)} s (before the timing below)`,
  );
console.log(`  wall time ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s (all threads)`);
for (const p of phases)
  console.log(
    `    ${p.name.padEnd(10)} wall ${p.wall.toFixed(2).padStart(7)} s  CPU ${p.cpu.toFixed(2).padStart(7)} s`,
  );
console.log(
  `  candidate pairs ${result.candidatePairs} (${(result.candidatePairs / size).toFixed(2)} a record), recall of blocking alone ${(blocked / trueCount).toFixed(4)}`,
);
console.log(`  compare cache hit rate: ${cache}`);
console.log(`  peak RSS ${peakRss.toFixed(2)} GiB (every thread), m from ${result.mSource}`);
console.log(`  ${scores}`);
console.log('  target (1,000,000 a side): <= 120 s, <= 4 GiB, F1 >= 0.90');
