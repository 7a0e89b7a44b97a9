// Real cross-script names (everypolitician, Wikidata CC0; development half): (1) for each script pair,
// link a list of one form of each person's name against a list of another form (linkRecords, default
// settings, threshold 0.5), in rounds that walk through every form; (2) F1 of `pairs` (scorePairs) on
// pairs.csv at threshold 0.5, overall and by kind.
// Also prints, for the names layer on its own, the same linking done by compareNames alone (all pairs
// compared, level close or better, one-to-one greedily by similarity).
// Usage: npx tsx bench/names-everypolitician.ts [--errors]
import { join } from 'node:path';
import {
  buildPersonRecord,
  compareNames,
  detectScript,
  linkRecords,
  type PersonRecord,
  parseName,
  type Script,
  scorePairs,
} from '../src/engine/index.js';
import { type JudgedPair, PAIR_BANDS, reliabilityTable } from './bench-helpers.js';
import { add, type Counts, emptyCounts, fmt, readCsv, sharedDir } from './names-data.js';

const dir = join(sharedDir(), 'data/names/everypolitician_dev');
const showErrors = process.argv.includes('--errors');

function nameScript(name: string): Script {
  return detectScript(name.replace(/[^\p{L}]/gu, ''));
}

// person id → script → forms
const forms = new Map<string, Map<Script, string[]>>();
for (const file of ['armenia_assembly_names.csv', 'azerbaijan_national_assembly_names.csv']) {
  for (const row of readCsv(join(dir, file))) {
    const s = nameScript(row.name);
    const byScript = forms.get(row.id) ?? new Map<Script, string[]>();
    const list = byScript.get(s) ?? [];
    if (!list.includes(row.name)) list.push(row.name);
    byScript.set(s, list);
    forms.set(row.id, byScript);
  }
}

const record = (id: string, name: string): PersonRecord => buildPersonRecord({ id, full_name: name }).record;

console.log('everypolitician_dev: link one form of each name against another form, per script pair');
const SCRIPT_PAIRS: [Script, Script, string][] = [
  ['latin', 'armenian', 'Latin–Armenian'],
  ['latin', 'cyrillic', 'Latin–Cyrillic'],
  ['armenian', 'cyrillic', 'Armenian–Cyrillic'],
];
const t0 = performance.now();
const linkedPairs: JudgedPair[] = [];
for (const [sa, sb, label] of SCRIPT_PAIRS) {
  const people = [...forms].filter(([, m]) => m.has(sa) && m.has(sb));
  const rounds = Math.max(...people.map(([, m]) => Math.max(m.get(sa)!.length, m.get(sb)!.length)));
  const total = emptyCounts();
  for (let r = 0; r < rounds; r++) {
    const left = people.map(([id, m]) => record(id, m.get(sa)![r % m.get(sa)!.length]));
    const right = people.map(([id, m]) => record(id, m.get(sb)![r % m.get(sb)!.length]));
    const result = linkRecords(left, right);
    const linked = new Set<string>();
    for (const l of result.links) {
      const ok = l.leftId === l.rightId;
      add(total, ok, true);
      linkedPairs.push({ probability: l.probability, correct: ok });
      linked.add(l.leftId);
      if (showErrors && !ok) {
        console.log(
          `  FP ${label} ${left[l.leftIndex].id.slice(0, 8)} ${nameOf(left[l.leftIndex])} → ${nameOf(right[l.rightIndex])}`,
        );
      }
    }
    const right0 = new Map(right.map((r, i) => [r.id, i]));
    const correct = new Set(result.links.filter((l) => l.leftId === l.rightId).map((l) => l.leftId));
    for (let i = 0; i < left.length; i++) {
      if (correct.has(left[i].id)) continue;
      total.fn++;
      if (showErrors)
        console.log(`  FN ${label} ${nameOf(left[i])} ≠ ${nameOf(right[right0.get(left[i].id)!])}`);
    }
  }
  const alone = emptyCounts();
  for (let r = 0; r < rounds; r++) {
    const left = people.map(([id, m]) => ({
      id,
      name: parseName({ full: m.get(sa)![r % m.get(sa)!.length] }),
    }));
    const right = people.map(([id, m]) => ({
      id,
      name: parseName({ full: m.get(sb)![r % m.get(sb)!.length] }),
    }));
    const cands: { i: number; j: number; s: number }[] = [];
    for (let i = 0; i < left.length; i++) {
      for (let j = 0; j < right.length; j++) {
        const c = compareNames(left[i].name, right[j].name);
        if (c.level === 'exact' || c.level === 'transliteration' || c.level === 'close')
          cands.push({ i, j, s: c.similarity });
      }
    }
    cands.sort((x, y) => y.s - x.s);
    const tpBefore = alone.tp;
    const usedL = new Set<number>();
    const usedR = new Set<number>();
    for (const c of cands) {
      if (usedL.has(c.i) || usedR.has(c.j)) continue;
      usedL.add(c.i);
      usedR.add(c.j);
      add(alone, left[c.i].id === right[c.j].id, true);
    }
    alone.fn += left.length - (alone.tp - tpBefore);
  }
  console.log(
    `  ${label.padEnd(18)} ${people.length} people × ${rounds} rounds: ${fmt(total)}  (target F1 >= 0.95)`,
  );
  console.log(`  ${''.padEnd(18)} names layer alone (compareNames): ${fmt(alone)}`);
}
console.log(`  link time ${(performance.now() - t0).toFixed(0)} ms`);
console.log('  linked pairs of every script pair and round:');
console.log(reliabilityTable(linkedPairs));

function nameOf(r: PersonRecord): string {
  return [...r.name.given, ...r.name.patronymic, ...r.name.family].map((t) => t.text).join(' ');
}

// (2) pairs.csv
const rows = readCsv(join(dir, 'pairs.csv'));
const pairs = rows.map((r, i) => [record(`a${i}`, r.name_a), record(`b${i}`, r.name_b)] as const);
const { probabilities } = scorePairs(pairs);
const all = emptyCounts();
const decidable = emptyCounts();
const byKind = new Map<string, Counts>();
const levelAll = emptyCounts();
const byScripts = new Map<string, Counts>();
rows.forEach((r, i) => {
  const truth = r.is_match === 'true';
  const predicted = probabilities[i] >= 0.5;
  add(all, truth, predicted);
  if (r.kind !== 'namesake') add(decidable, truth, predicted);
  const k = byKind.get(r.kind) ?? emptyCounts();
  add(k, truth, predicted);
  byKind.set(r.kind, k);
  const sk = [r.script_a, r.script_b].sort().join('–');
  const s = byScripts.get(sk) ?? emptyCounts();
  add(s, truth, predicted);
  byScripts.set(sk, s);
  const level = compareNames(parseName({ full: r.name_a }), parseName({ full: r.name_b })).level;
  add(levelAll, truth, level === 'exact' || level === 'transliteration' || level === 'close');
  if (showErrors && truth !== predicted && r.kind !== 'namesake') {
    console.log(
      `  ${truth ? 'FN' : 'FP'} ${r.kind} ${probabilities[i].toFixed(3)} ${level} ${r.name_a} | ${r.name_b}`,
    );
  }
});
console.log(`pairs.csv (${rows.length} pairs), scorePairs p >= 0.5:`);
console.log(`  all:                  ${fmt(all)}`);
console.log(`  without namesakes:    ${fmt(decidable)}`);
const pos = byKind.get('pos') ?? emptyCounts();
for (const [kind, c] of [...byKind].sort()) {
  if (kind === 'pos') {
    console.log(
      `  kind pos:             recall ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)} (${c.tp}/${c.tp + c.fn})`,
    );
  } else {
    const merged = { tp: pos.tp, fn: pos.fn, fp: c.fp, tn: c.tn };
    console.log(
      `  kind ${kind.padEnd(11)}      false positives ${c.fp}/${c.fp + c.tn}; F1 of pos + ${kind}: ${fmt(merged)}`,
    );
  }
}
for (const [sk, c] of [...byScripts].sort()) console.log(`  scripts ${sk.padEnd(12)} ${fmt(c)}`);
console.log(`  compareNames level >= close: ${fmt(levelAll)}`);
console.log('  pairs.csv, scorePairs probability against the labels:');
console.log(
  reliabilityTable(
    rows.map((r, i) => ({ probability: probabilities[i], correct: r.is_match === 'true' })),
    PAIR_BANDS,
  ),
);
