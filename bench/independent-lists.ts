// The engine on lists it was not tuned with: two parties' detainee lists from the independent generator
// (bench/independent-lists/, written from issue 10's description of real lists), about 3,500 rows a side,
// linked with `parley link` defaults and the gazetteer's place equivalences; beside them, for comparison,
// lists of the same size from the demo generator (src/domain/demo/synthetic-lists). Prints precision,
// recall, F1 and the reliability table of each.
// Seeds 1 and 2 of the independent generator are for development; its held-out seed runs only with
// --heldout (for the closing figures), instead of them.
// Usage: npx tsx bench/independent-lists.ts [--heldout] [--people N] [--errors] [--model]

import { generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import { placeEquivalences } from '../src/domain/gazetteer/gazetteer.js';
import {
  buildPersonRecords,
  explainPair,
  linkRecords,
  type RawRecord,
  withOneToOneTerm,
} from '../src/engine/index.js';
import { argument, cpuSeconds, type JudgedPair, reliabilityTable, seconds } from './bench-helpers.js';
import { DEVELOPMENT_SEEDS, generateIndependentLists, HELD_OUT_SEED } from './independent-lists/generate.js';

const people = Number(argument('--people') ?? 5_000);
const showErrors = process.argv.includes('--errors');
const showModel = process.argv.includes('--model');
const seeds = process.argv.includes('--heldout') ? [HELD_OUT_SEED] : DEVELOPMENT_SEEDS;
const equivalences = placeEquivalences();

interface Lists {
  title: string;
  left: (RawRecord & { id: string; full_name: string; birth_date: string })[];
  right: (RawRecord & { id: string; full_name: string; birth_date: string })[];
  truePairs: ReadonlySet<string>;
  /** The most correct one-to-one links there can be (duplicates can be linked once). */
  findableLinks: number;
}

function evaluate(lists: Lists): void {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const left = buildPersonRecords(lists.left).records;
  const right = buildPersonRecords(lists.right).records;
  const result = linkRecords(left, right, { placeEquivalences: equivalences });
  const wall = seconds(start);
  const cpu = cpuSeconds(cpuStart);
  const judged: JudgedPair[] = result.links.map((link) => ({
    probability: link.probability,
    correct: lists.truePairs.has(`${link.leftId}\u0000${link.rightId}`),
  }));
  const truePositives = judged.filter((pair) => pair.correct).length;
  const precision = truePositives / Math.max(1, judged.length);
  const recall = truePositives / Math.max(1, lists.findableLinks);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(
    `${lists.title}: ${left.length} vs ${right.length} rows, parley link defaults + gazetteer, threshold 0.5`,
  );
  console.log(
    `  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}  ` +
      `(TP ${truePositives}, FP ${judged.length - truePositives}, FN ${lists.findableLinks - truePositives}; ` +
      `recall over the ${lists.findableLinks} one-to-one links there are)`,
  );
  const notes = result.trainingNotes.map((note) => note.detail).join('; ');
  console.log(
    `  wall time ${wall}, CPU ${cpu}, candidate pairs ${result.candidatePairs}, m from ${result.mSource}` +
      (notes ? `, training notes: ${notes}` : ''),
  );
  console.log(reliabilityTable(judged));
  if (showModel) {
    console.log(`  prior ${result.model.prior.toPrecision(3)}`);
    for (const comparison of result.model.comparisons) {
      const levels = comparison.levels
        .filter((level) => !level.isNull)
        .map(
          (level) =>
            `${level.id} m ${level.m.toPrecision(2)} u ${level.u.toPrecision(2)} (${Math.log2(level.m / level.u).toFixed(1)})`,
        );
      console.log(`  ${comparison.id}: ${levels.join('; ')}`);
    }
  }
  if (!showErrors) return;
  const rowOf = new Map([...lists.left, ...lists.right].map((row) => [row.id, row]));
  const leftIndex = new Map(result.left.map((record, i) => [record.record.id, i]));
  const rightIndex = new Map(result.right.map((record, i) => [record.record.id, i]));
  const explain = (leftId: string, rightId: string, linkWeight?: number) => {
    const own = explainPair(
      result.model,
      result.left[leftIndex.get(leftId)!],
      result.right[rightIndex.get(rightId)!],
      { termFrequencies: result.termFrequencies },
    );
    const explanation = linkWeight === undefined ? own : withOneToOneTerm(own, linkWeight);
    const terms = explanation.terms
      .filter((term) => term.levelId !== 'missing')
      .map((term) => `${term.comparison}:${term.levelId}(${term.matchWeight.toFixed(1)})`)
      .join(' ');
    const l = rowOf.get(leftId)!;
    const r = rowOf.get(rightId)!;
    return `${explanation.matchProbability.toFixed(3)} ${l.full_name} ${l.birth_date} | ${r.full_name} ${r.birth_date}  ${terms}`;
  };
  for (const link of result.links) {
    if (!lists.truePairs.has(`${link.leftId}\u0000${link.rightId}`))
      console.log(`  FP ${explain(link.leftId, link.rightId, link.matchWeight)}`);
  }
  const linkedLeft = new Set(result.links.map((link) => link.leftId));
  const linkedRight = new Set(result.links.map((link) => link.rightId));
  for (const pair of lists.truePairs) {
    const [leftId, rightId] = pair.split('\u0000');
    if (!linkedLeft.has(leftId) && !linkedRight.has(rightId)) console.log(`  FN ${explain(leftId, rightId)}`);
  }
}

const demo = generateDetaineeLists(3_500, 2021);
const withoutPerson = <T extends { person: number }>({ person: _person, ...row }: T) => row;
const demoCopies = (rows: { person: number }[]) => {
  const copies = new Map<number, number>();
  for (const row of rows) copies.set(row.person, (copies.get(row.person) ?? 0) + 1);
  return copies;
};
const demoLeft = demoCopies(demo.left);
let demoFindable = 0;
for (const [person, copies] of demoCopies(demo.right))
  demoFindable += Math.min(copies, demoLeft.get(person) ?? 0);
evaluate({
  title: 'demo generator (src/domain/demo/synthetic-lists, seed 2021), for comparison',
  left: demo.left.map(withoutPerson),
  right: demo.right.map(withoutPerson),
  truePairs: demo.truePairs,
  findableLinks: demoFindable,
});

for (const seed of seeds) {
  const lists = generateIndependentLists({ people, seed });
  evaluate({
    title: `independent generator (${seed === HELD_OUT_SEED ? 'held-out seed' : `development seed ${seed}`})`,
    ...lists,
  });
}
