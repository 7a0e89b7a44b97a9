// OpenSanctions' name-matching benchmark (nomenklatura contrib/name_bench, MIT): F1 of the engine's
// `pairs` judgement (scorePairs, default parameters, threshold 0.5) beside logic-v2's frozen scores.
// Usage: npx tsx bench/names-nomenklatura.ts [--names-only] [--errors]
import { join } from 'node:path';
import { buildPersonRecord, compareNames, parseName, scorePairs } from '../src/engine/index.js';
import { PAIR_BANDS, reliabilityTable } from './bench-helpers.js';
import { add, type Counts, emptyCounts, fmt, readCsv, sharedDir } from './names-data.js';

const dir = join(sharedDir(), 'data/names/nomenklatura_name_bench');
const cases = readCsv(join(dir, 'cases.csv'));
const frozen = readCsv(join(dir, 'logicv2_frozen.csv'));
const showErrors = process.argv.includes('--errors');

const t0 = performance.now();
const records = cases.map((c, i) => {
  const a = buildPersonRecord({ id: `a${i}`, full_name: c.name1 }).record;
  const b = buildPersonRecord({ id: `b${i}`, full_name: c.name2 }).record;
  return [a, b] as const;
});
const { probabilities } = scorePairs(records);
const ms = performance.now() - t0;

const engineAll = emptyCounts();
const enginePerson = emptyCounts();
const namesAll = emptyCounts();
const namesPerson = emptyCounts();
const byGroup = new Map<string, Counts>();
cases.forEach((c, i) => {
  const truth = c.is_match === 'true';
  const predicted = probabilities[i] >= 0.5;
  add(engineAll, truth, predicted);
  if (c.schema === 'Person') add(enginePerson, truth, predicted);
  const g = byGroup.get(`${c.schema === 'Person' ? 'Person' : 'other'} ${c.case_group}`) ?? emptyCounts();
  add(g, truth, predicted);
  byGroup.set(`${c.schema === 'Person' ? 'Person' : 'other'} ${c.case_group}`, g);
  const level = compareNames(parseName({ full: c.name1 }), parseName({ full: c.name2 })).level;
  const byLevel = level === 'exact' || level === 'transliteration' || level === 'close';
  add(namesAll, truth, byLevel);
  if (c.schema === 'Person') add(namesPerson, truth, byLevel);
  if (showErrors && truth !== predicted && (c.schema === 'Person') !== process.argv.includes('--other')) {
    console.log(
      `${truth ? 'FN' : 'FP'} ${probabilities[i].toFixed(3)} ${level.padEnd(15)} ${c.name1} | ${c.name2}`,
    );
  }
});

// logic-v2 on the same rows: joined by (case_group, schema, name1, name2), judged against cases.csv's labels
// (the frozen file is an older snapshot: 14 rows fewer and a few labels changed since).
const key = (r: Record<string, string>) =>
  [r.case_group, r.schema, r.name1.trim(), r.name2.trim()].join('\u0001');
const frozenScore = new Map<string, number>();
for (const f of frozen) frozenScore.set(key(f), Number(f.score));
const logicAll = emptyCounts();
const logicPerson = emptyCounts();
const engineJoinedAll = emptyCounts();
const engineJoinedPerson = emptyCounts();
const logicOwn = emptyCounts();
for (const f of frozen) add(logicOwn, f.is_match === 'true', f.predicted_match === 'true');
let joined = 0;
cases.forEach((c, i) => {
  const score = frozenScore.get(key(c));
  if (score === undefined) return;
  joined++;
  const truth = c.is_match === 'true';
  add(logicAll, truth, score >= 0.7);
  add(engineJoinedAll, truth, probabilities[i] >= 0.5);
  if (c.schema === 'Person') {
    add(logicPerson, truth, score >= 0.7);
    add(engineJoinedPerson, truth, probabilities[i] >= 0.5);
  }
});

const pad = (s: string) => s.padEnd(44);
console.log(
  `nomenklatura name_bench: ${cases.length} cases (${cases.filter((c) => c.schema === 'Person').length} Person); scorePairs ${ms.toFixed(0)} ms`,
);
console.log(`${pad('engine (pairs, p >= 0.5), all rows:')}${fmt(engineAll)}`);
console.log(`${pad('engine (pairs, p >= 0.5), Person rows:')}${fmt(enginePerson)}`);
console.log(`rows with a logic-v2 score (joined on group, schema, names): ${joined}; labels from cases.csv`);
console.log(`${pad('  engine, all joined rows:')}${fmt(engineJoinedAll)}`);
console.log(`${pad('  logic-v2 (score >= 0.7), all joined rows:')}${fmt(logicAll)}`);
console.log(`${pad('  engine, Person joined rows:')}${fmt(engineJoinedPerson)}`);
console.log(`${pad('  logic-v2 (score >= 0.7), Person joined rows:')}${fmt(logicPerson)}`);
console.log(`${pad('logic-v2 on its own file and labels:')}${fmt(logicOwn)}`);
console.log(`${pad('compareNames level >= close, all rows:')}${fmt(namesAll)}`);
console.log(`${pad('compareNames level >= close, Person rows:')}${fmt(namesPerson)}`);
console.log('target: F1 >= 0.90 (logic-v2 published: precision 0.762, recall 0.821, F1 0.790)');
for (const [g, c] of [...byGroup].sort()) console.log(`  ${g.padEnd(26)} ${fmt(c)}`);
console.log('all rows, scorePairs probability against the labels:');
console.log(
  reliabilityTable(
    cases.map((c, i) => ({ probability: probabilities[i], correct: c.is_match === 'true' })),
    PAIR_BANDS,
  ),
);
