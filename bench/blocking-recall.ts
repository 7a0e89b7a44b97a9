// Blocking alone on synthetic detainee lists: candidate pairs per record and the share of true pairs among the
// candidates (recall of blocking), at each size given, on one thread. Usage: tsx bench/blocking-recall.ts [N...] [--even]
import { type GeneratedRow, generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import { candidatePairs } from '../src/engine/block/candidate-pairs.js';
import {
  buildPersonRecord,
  DEFAULT_BLOCKING_RULES,
  resolveLinkOptions,
  toComparable,
} from '../src/engine/index.js';

const sizes = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
const skewed = !process.argv.includes('--even');
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const generated = generateDetaineeLists(size, 2021, { skewed });
  const comparable = (rows: GeneratedRow[]) =>
    rows.map(({ person: _person, ...row }) => toComparable(buildPersonRecord(row).record));
  const left = comparable(generated.left);
  const right = comparable(generated.right);
  const start = performance.now();
  const pairs = candidatePairs(left, right, {
    rules: DEFAULT_BLOCKING_RULES,
    maxPairsPerBlock: resolveLinkOptions().maxPairsPerBlock,
  });
  const seconds = (performance.now() - start) / 1000;
  const leftIndex = new Map(generated.left.map((row, i) => [row.id, i]));
  const rightIndex = new Map(generated.right.map((row, i) => [row.id, i]));
  const truth = new Set<number>();
  for (const pair of generated.truePairs) {
    const [l, r] = pair.split('\u0000');
    truth.add((leftIndex.get(l) ?? 0) * size + (rightIndex.get(r) ?? 0));
  }
  let found = 0;
  for (let p = 0; p < pairs.count; p++) if (truth.delete(pairs.left[p] * size + pairs.right[p])) found++;
  console.log(
    `${size} a side (${skewed ? 'skewed' : 'even'} names): ${pairs.count} candidates (${(pairs.count / size).toFixed(2)} a record) in ${seconds.toFixed(2)} s, recall of blocking ${(found / generated.truePairs.size).toFixed(4)}`,
  );
}
