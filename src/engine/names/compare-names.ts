import { canonicalKey } from './name-key.js';
import { exactForm } from './normalize.js';
import { jaroWinkler } from './similarity.js';
import type { NameComparison, NameLevel, NameToken, ParsedName, TokenRole } from './types.js';

interface Tok {
  t: NameToken;
  role: TokenRole;
  exact: string;
  fines: string[];
  canon: Set<string>;
  initial: boolean;
}

const ROLE_WEIGHT: Record<TokenRole, number> = { family: 1, given: 0.8, patronymic: 0.35 };

function prep(t: NameToken, role: TokenRole): Tok {
  const fines = t.keys.slice(1);
  const exact = exactForm(t.text);
  return {
    t,
    role,
    exact,
    fines,
    canon: new Set([t.keys[0], ...fines.map(canonicalKey)]),
    initial: Array.from(exact).length === 1,
  };
}

export interface TokenSimilarity {
  sim: number;
  /** exact text, equal keys, or equal canonical keys with similar fine keys */
  keyEqual: boolean;
  initial: boolean;
}

/** Similarity of two tokens (0..1) on their keys. */
export function tokenSimilarity(a: Tok, b: Tok): TokenSimilarity {
  if (a.exact === b.exact) return { sim: 1, keyEqual: true, initial: a.initial };
  if (a.initial || b.initial) {
    const fa = a.fines.map((f) => f[0]);
    const fb = b.fines.map((f) => f[0]);
    const ok = fa.some((c) => fb.includes(c)) || a.exact[0] === b.exact[0];
    return { sim: ok ? 0.85 : 0.1, keyEqual: false, initial: ok };
  }
  let jw = 0;
  for (const x of a.fines) {
    for (const y of b.fines) {
      if (x === y) return { sim: 1, keyEqual: true, initial: false };
      const s = jaroWinkler(x, y);
      if (s > jw) jw = s;
    }
  }
  let canonEq = false;
  for (const c of a.canon) if (b.canon.has(c) && c.length >= 2) canonEq = true;
  if (canonEq && jw >= 0.7)
    return { sim: Math.max(jw, 0.93 + (0.07 * (jw - 0.7)) / 0.3), keyEqual: true, initial: false };
  return { sim: jw, keyEqual: false, initial: false };
}

interface Pair {
  a: number;
  b: number;
  s: TokenSimilarity;
  w: number;
}

function roleFactor(ra: TokenRole, rb: TokenRole): number {
  if (ra === rb) return 1;
  if ((ra === 'given' && rb === 'family') || (ra === 'family' && rb === 'given')) return 0.97;
  if (ra === 'patronymic' || rb === 'patronymic') return ra === 'family' || rb === 'family' ? 0.85 : 0.92;
  return 0.9;
}

/** Best one-to-one assignment of tokens (exhaustive for small names, greedy beyond). */
function assign(A: Tok[], B: Tok[], M: TokenSimilarity[][]): Pair[] {
  const score = (i: number, j: number) => {
    const s = M[i][j].sim;
    if (s < 0.5) return 0;
    return s * roleFactor(A[i].role, B[j].role) * (ROLE_WEIGHT[A[i].role] + ROLE_WEIGHT[B[j].role]);
  };
  const n = A.length;
  const m = B.length;
  if (n <= 6 && m <= 6) {
    let best: Pair[] = [];
    let bestScore = -1;
    const usedB = new Array<boolean>(m).fill(false);
    const cur: Pair[] = [];
    const rec = (i: number, acc: number) => {
      if (i === n) {
        if (acc > bestScore) {
          bestScore = acc;
          best = cur.slice();
        }
        return;
      }
      rec(i + 1, acc); // leave A[i] unmatched
      for (let j = 0; j < m; j++) {
        if (usedB[j]) continue;
        const sc = score(i, j);
        if (sc <= 0) continue;
        usedB[j] = true;
        cur.push({ a: i, b: j, s: M[i][j], w: 0 });
        rec(i + 1, acc + sc);
        cur.pop();
        usedB[j] = false;
      }
    };
    rec(0, 0);
    return best;
  }
  const cands: { i: number; j: number; sc: number }[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) cands.push({ i, j, sc: score(i, j) });
  cands.sort((x, y) => y.sc - x.sc);
  const ua = new Set<number>();
  const ub = new Set<number>();
  const out: Pair[] = [];
  for (const c of cands) {
    if (c.sc <= 0 || ua.has(c.i) || ub.has(c.j)) continue;
    ua.add(c.i);
    ub.add(c.j);
    out.push({ a: c.i, b: c.j, s: M[c.i][c.j], w: 0 });
  }
  return out;
}

function toks(n: ParsedName): Tok[] {
  return [
    ...n.family.map((t) => prep(t, 'family')),
    ...n.given.map((t) => prep(t, 'given')),
    ...n.patronymic.map((t) => prep(t, 'patronymic')),
  ];
}

const BANDS: Record<NameLevel, [number, number]> = {
  exact: [1, 1],
  transliteration: [0.9, 0.99],
  close: [0.75, 0.9],
  partial: [0.4, 0.75],
  different: [0, 0.4],
  missing: [0, 0],
};

function concatSim(A: Tok[], B: Tok[]): number {
  const ca = A.filter((t) => t.role !== 'patronymic').map((t) => t.fines[0]);
  const cb = B.filter((t) => t.role !== 'patronymic').map((t) => t.fines[0]);
  if (ca.length === cb.length && ca.length <= 1) return 0;
  const sa = [...ca].sort().join('');
  const sb = [...cb].sort().join('');
  return Math.max(jaroWinkler(ca.join(''), cb.join('')), jaroWinkler(sa, sb));
}

/** Compares two parsed names whatever their order and scripts (given/family swaps allowed). */
export function compareNames(a: ParsedName, b: ParsedName): NameComparison {
  const A = toks(a);
  const B = toks(b);
  const coreA = A.filter((t) => t.role !== 'patronymic');
  const coreB = B.filter((t) => t.role !== 'patronymic');
  if (A.length === 0 || B.length === 0 || (coreA.length === 0 && coreB.length === 0)) {
    return { level: 'missing', similarity: 0, swapped: false };
  }
  // Exact: the same tokens in each role.
  const sig = (ts: Tok[]) =>
    ts
      .map((t) => `${t.role}:${t.exact}`)
      .sort()
      .join('|');
  if (sig(A) === sig(B)) return { level: 'exact', similarity: 1, swapped: false };
  const bag = (ts: Tok[]) =>
    ts
      .map((t) => t.exact)
      .sort()
      .join('|');
  const sameBag = bag(A) === bag(B);

  const M = A.map((x) => B.map((y) => tokenSimilarity(x, y)));
  // Normalise: the side that is "A" must not matter (symmetry): assign both ways and keep the better.
  const p1 = assign(A, B, M);
  const MT = B.map((_, j) => A.map((_, i) => M[i][j]));
  const p2 = assign(B, A, MT).map((p) => ({ a: p.b, b: p.a, s: p.s, w: 0 }));
  const total = (ps: Pair[]) =>
    ps.reduce(
      (acc, p) =>
        acc +
        p.s.sim *
          roleFactor(A[p.a].role, B[p.b].role) *
          (ROLE_WEIGHT[A[p.a].role] + ROLE_WEIGHT[B[p.b].role]),
      0,
    );
  const t1 = total(p1);
  const t2 = total(p2);
  const pairs = t2 > t1 + 1e-12 ? p2 : p1;

  let swapped = false;
  let wsum = 0;
  let ssum = 0;
  let coreMatched = 0;
  let coreStrong = 0;
  let coreKeyEq = 0;
  let coreInitial = 0;
  let familyOk = false;
  let givenOk = false;
  let patConflict = false;
  let minCore = 1;
  const matchedA = new Set<number>();
  const matchedB = new Set<number>();
  for (const p of pairs) {
    const ra = A[p.a].role;
    const rb = B[p.b].role;
    matchedA.add(p.a);
    matchedB.add(p.b);
    const isCore = ra !== 'patronymic' && rb !== 'patronymic';
    const w = (ROLE_WEIGHT[ra] + ROLE_WEIGHT[rb]) / 2;
    if (ra === 'patronymic' && rb === 'patronymic') {
      if (p.s.sim < 0.75) patConflict = true;
      wsum += w;
      ssum += w * p.s.sim;
      continue;
    }
    if (!isCore) {
      // A patronymic read as a given name on the other side: weak evidence only.
      wsum += 0.2;
      ssum += 0.2 * p.s.sim;
      continue;
    }
    if (ra !== rb) swapped = true;
    wsum += w;
    ssum += w * p.s.sim;
    coreMatched++;
    if (p.s.sim < minCore) minCore = p.s.sim;
    if (p.s.sim >= 0.85) {
      coreStrong++;
      if (ra === 'family' || rb === 'family') familyOk = true;
      if (ra === 'given' || rb === 'given') givenOk = true;
    }
    if (p.s.keyEqual) coreKeyEq++;
    if (p.s.initial) coreInitial++;
  }
  // Patronymics on both sides that found no partner at all conflict too.
  const patA = A.filter((t) => t.role === 'patronymic').length;
  const patB = B.filter((t) => t.role === 'patronymic').length;
  if (
    patA > 0 &&
    patB > 0 &&
    !pairs.some((p) => A[p.a].role === 'patronymic' && B[p.b].role === 'patronymic')
  ) {
    const anyPat = pairs.some((p) => A[p.a].role === 'patronymic' || B[p.b].role === 'patronymic');
    if (!anyPat) patConflict = true;
  }
  const unA = coreA.length - coreA.filter((_, k) => matchedA.has(A.indexOf(coreA[k]))).length;
  const unB = coreB.length - coreB.filter((_, k) => matchedB.has(B.indexOf(coreB[k]))).length;
  const shorter = Math.min(coreA.length, coreB.length);
  const extra = Math.max(unA, unB);
  // Unmatched core tokens weigh in as zeros, lightly (an extra middle name is common).
  const unmatchedW = 0.25 * (unA + unB);
  const raw = wsum + unmatchedW > 0 ? ssum / (wsum + unmatchedW) : 0;

  let level: NameLevel;
  const allShorterMatched = coreMatched >= shorter && coreStrong === coreMatched;
  if (sameBag) {
    level = 'transliteration';
  } else if (allShorterMatched && coreMatched > 0 && shorter > 0) {
    const onlyOne = shorter === 1 && Math.max(coreA.length, coreB.length) > 1;
    if (onlyOne) level = 'partial';
    else if (coreKeyEq === coreMatched && extra <= 1 && coreInitial === 0) level = 'transliteration';
    else if (extra <= 2) level = 'close';
    else level = 'partial';
    if (patConflict && level !== 'partial') level = 'partial';
  } else if (familyOk || givenOk || coreStrong > 0) {
    level = 'partial';
  } else {
    const cs = concatSim(A, B);
    level = cs >= 0.92 ? 'close' : cs >= 0.85 ? 'partial' : 'different';
  }
  if (level !== 'different' && level !== 'partial' && minCore < 0.5) level = 'partial';
  const [lo, hi] = BANDS[level];
  const similarity = lo + (hi - lo) * Math.max(0, Math.min(1, raw));
  return { level, similarity: Math.round(similarity * 1e6) / 1e6, swapped };
}

/** Keys for blocking and for term frequencies: the canonical key of each family and given token. */
export function nameBlockingKeys(name: ParsedName): string[] {
  const out = new Set<string>();
  for (const t of [...name.family, ...name.given]) if (t.keys[0]) out.add(t.keys[0]);
  return [...out];
}
