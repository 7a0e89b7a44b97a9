import { generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import { candidatePairs } from '../src/engine/block/candidate-pairs.js';
import { buildPersonRecord, DEFAULT_BLOCKING_RULES, toComparable } from '../src/engine/index.js';
const size = Number(process.argv[2] ?? 10000);
const g = generateDetaineeLists(size, 2021, { skewed: true });
const L = g.left.map((r) => toComparable(buildPersonRecord(r).record));
const R = g.right.map((r) => toComparable(buildPersonRecord(r).record));
const li = new Map(g.left.map((r, i) => [r.id, i]));
const ri = new Map(g.right.map((r, i) => [r.id, i]));
const truth = new Set<number>();
for (const p of g.truePairs) { const [l, r] = p.split('\u0000'); truth.add(li.get(l)! * size + ri.get(r)!); }
const all = new Set<number>();
const caps = JSON.parse(process.env.CAPS ?? '{}');
const rules = DEFAULT_BLOCKING_RULES.map((r) => (caps[r.id] ? { ...r, maxPairsPerBlock: caps[r.id] } : r));
for (const rule of rules) {
  const t0 = performance.now();
  const pairs = candidatePairs(L, R, { rules: [rule], maxPairsPerBlock: 20000 });
  let found = 0;
  for (let p = 0; p < pairs.count; p++) { const c = pairs.left[p] * size + pairs.right[p]; if (truth.has(c)) { found++; all.add(c); } }
  console.log(rule.id, pairs.count, (pairs.count / size).toFixed(2), 'true', found, ((performance.now() - t0) / 1000).toFixed(2) + 's');
}
console.log('union true', all.size, 'of', truth.size);
let shown = 0;
for (const c of truth) {
  if (all.has(c) || shown++ > Number(process.env.SHOW ?? 0)) continue;
  const l = Math.floor(c / size), r = c % size;
  console.log(JSON.stringify([g.left[l].full_name, g.left[l].birth_date, L[l].nameKeys.join(','), '||', g.right[r].full_name, g.right[r].birth_date, R[r].nameKeys.join(',')]));
}
if (process.env.DEG) {
  const rule = rules.find((r) => r.id === process.env.DEG)!;
  const pairs = candidatePairs(L, R, { rules: [rule], maxPairsPerBlock: 20000 });
  const deg = new Uint32Array(size);
  for (let p = 0; p < pairs.count; p++) deg[pairs.left[p]]++;
  const order = [...deg.keys()].sort((a, b) => deg[b] - deg[a]);
  const buckets = [0, 0, 0, 0, 0];
  for (const d of deg) buckets[d < 10 ? 0 : d < 50 ? 1 : d < 200 ? 2 : d < 1000 ? 3 : 4]++;
  console.log('degree buckets <10 <50 <200 <1000 more', buckets.join(' '));
  let sumTop = 0;
  for (const i of order.slice(0, size / 10)) sumTop += deg[i];
  console.log('top 10% records hold', (sumTop / pairs.count).toFixed(3), 'of pairs');
  for (const i of order.slice(0, 8)) console.log(deg[i], JSON.stringify([g.left[i].full_name, g.left[i].birth_date, g.left[i].birth_place, g.left[i].unit, L[i].nameKeys.join(',')]));
  for (const i of order.slice(size / 20, size / 20 + 5)) console.log(deg[i], JSON.stringify([g.left[i].full_name, g.left[i].birth_date, g.left[i].birth_place, g.left[i].unit, L[i].nameKeys.join(',')]));
}
