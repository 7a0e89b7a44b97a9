import { canonicalKey } from './name-key.js';
import { exactForm } from './normalize.js';
import { jaroWinkler, normalisedLevenshtein } from './similarity.js';
import type { NameComparison, NameLevel, NameToken, ParsedName, TokenRole } from './types.js';

/**
 * Connecting words of names (Arabic, Dutch, German, Romance) and titles: they may come and go between two
 * writings of one name, so they are compared only with each other and never count as missing.
 */
const PARTICLES = new Set(
  [
    'bin ibn ben bint binti al el ul ud ad ed de da di del della der den van von du la le dos das do y e и',
    'mr mrs ms miss dr prof sir monsieur madame mme herr frau sheikh',
    'господин госпожа гражданин гражданка тов товарищ cənab xanım պարոն տիկին',
  ]
    .join(' ')
    .split(' '),
);

/** Token similarity at or above this is a match of that name part (a typo or a variant spelling). */
const STRONG = 0.84;

interface TokenInfo {
  exact: string;
  fines: string[];
  canon: Set<string>;
  initial: boolean;
  particle: boolean;
}

const infoCache = new WeakMap<NameToken, TokenInfo>();

function info(t: NameToken): TokenInfo {
  let i = infoCache.get(t);
  if (!i) {
    const fines = t.keys.length > 1 ? t.keys.slice(1) : t.keys.slice(0, 1);
    const exact = exactForm(t.text);
    i = {
      exact,
      fines,
      canon: new Set([t.keys[0], ...fines.map(canonicalKey)]),
      initial: Array.from(exact).length === 1,
      particle: PARTICLES.has(exact),
    };
    infoCache.set(t, i);
  }
  return i;
}

interface Tok extends TokenInfo {
  role: TokenRole;
  /** Position within its role, as written. */
  pos: number;
  core: boolean;
}

function toks(n: ParsedName): Tok[] {
  const out: Tok[] = [];
  const push = (ts: NameToken[], role: TokenRole) =>
    ts.forEach((t, pos) => {
      const i = info(t);
      out.push({ ...i, role, pos, core: role !== 'patronymic' && !i.particle });
    });
  push(n.family, 'family');
  push(n.given, 'given');
  push(n.patronymic, 'patronymic');
  return out;
}

export interface TokenSimilarity {
  sim: number;
  /** Exact text, an equal key, or equal canonical keys with similar fine keys. */
  keyEqual: boolean;
  /** One side is an initial that agrees with the other. */
  initial: boolean;
}

/** Similarity of two tokens (0..1) on their keys. */
export function tokenSimilarity(a: TokenInfo, b: TokenInfo): TokenSimilarity {
  if (a.exact === b.exact) return { sim: 1, keyEqual: true, initial: false };
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return { sim: 0.2, keyEqual: false, initial: false };
    const fa = new Set([...a.fines.map((f) => f[0]), a.exact[0]]);
    const ok = b.fines.some((f) => fa.has(f[0])) || fa.has(b.exact[0]);
    return { sim: ok ? STRONG : 0.1, keyEqual: false, initial: ok };
  }
  let jw = 0;
  let blend = 0;
  for (const x of a.fines) {
    for (const y of b.fines) {
      if (x === y) return { sim: 1, keyEqual: true, initial: false };
      const j = jaroWinkler(x, y);
      if (j > jw) jw = j;
      const bl = (j + normalisedLevenshtein(x, y)) / 2;
      if (bl > blend) blend = bl;
    }
  }
  let canonEq = false;
  for (const c of a.canon) if (c.length >= 2 && b.canon.has(c)) canonEq = true;
  if (canonEq && jw >= 0.8) return { sim: 0.9 + (0.1 * (jw - 0.8)) / 0.2, keyEqual: true, initial: false };
  return { sim: blend, keyEqual: false, initial: false };
}

interface Pair {
  a: number;
  b: number;
  s: TokenSimilarity;
}

const ROLE_WEIGHT: Record<TokenRole, number> = { family: 1, given: 0.8, patronymic: 0.35 };

function roleFactor(a: Tok, b: Tok): number {
  if (a.role === b.role) return 1;
  if (a.role === 'patronymic' || b.role === 'patronymic')
    return a.role === 'family' || b.role === 'family' ? 0.85 : 0.92;
  return 0.97; // given ↔ family
}

function pairScore(a: Tok, b: Tok, s: TokenSimilarity): number {
  if (s.sim < 0.5) return 0;
  const w = a.particle || b.particle ? 0.05 : ROLE_WEIGHT[a.role] + ROLE_WEIGHT[b.role];
  return s.sim * roleFactor(a, b) * w;
}

/** Best one-to-one assignment of tokens (exhaustive for short names, greedy beyond). */
function assign(A: Tok[], B: Tok[], M: TokenSimilarity[][]): Pair[] {
  const n = A.length;
  const m = B.length;
  const sc = A.map((x, i) => B.map((y, j) => pairScore(x, y, M[i][j])));
  if (n <= 4 && m <= 4) {
    let best: Pair[] = [];
    let bestScore = -1;
    const used = new Array<boolean>(m).fill(false);
    const cur: Pair[] = [];
    const rec = (i: number, acc: number) => {
      if (i === n) {
        if (acc > bestScore + 1e-12) {
          bestScore = acc;
          best = cur.slice();
        }
        return;
      }
      for (let j = 0; j < m; j++) {
        if (used[j] || sc[i][j] <= 0) continue;
        used[j] = true;
        cur.push({ a: i, b: j, s: M[i][j] });
        rec(i + 1, acc + sc[i][j]);
        cur.pop();
        used[j] = false;
      }
      rec(i + 1, acc);
    };
    rec(0, 0);
    return best;
  }
  const cands: { i: number; j: number; sc: number }[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) if (sc[i][j] > 0) cands.push({ i, j, sc: sc[i][j] });
  cands.sort((x, y) => y.sc - x.sc || x.i - y.i || x.j - y.j);
  const ua = new Set<number>();
  const ub = new Set<number>();
  const out: Pair[] = [];
  for (const c of cands) {
    if (ua.has(c.i) || ub.has(c.j)) continue;
    ua.add(c.i);
    ub.add(c.j);
    out.push({ a: c.i, b: c.j, s: M[c.i][c.j] });
  }
  return out;
}

const BANDS: Record<NameLevel, [number, number]> = {
  exact: [1, 1],
  transliteration: [0.9, 0.99],
  close: [0.75, 0.9],
  partial: [0.4, 0.75],
  different: [0, 0.4],
  missing: [0, 0],
};
const RANK: Record<NameLevel, number> = {
  missing: 0,
  different: 1,
  partial: 2,
  close: 3,
  transliteration: 4,
  exact: 5,
};

/** Similarity of the name parts run together: joined or split tokens (JanDaniel / Jan Daniel). */
function concatSim(A: Tok[], B: Tok[]): number {
  const joins = (ts: Tok[]) => {
    const fam = ts.filter((t) => t.core && t.role === 'family').map((t) => t.fines[0]);
    const giv = ts.filter((t) => t.core && t.role === 'given').map((t) => t.fines[0]);
    return [[...giv, ...fam].join(''), [...fam, ...giv].join('')];
  };
  let best = 0;
  for (const x of joins(A))
    for (const y of joins(B)) if (x && y) best = Math.max(best, x === y ? 1 : jaroWinkler(x, y));
  return best;
}

interface Judgement {
  level: NameLevel;
  raw: number;
  swapped: boolean;
}

function judge(A: Tok[], B: Tok[], pairs: Pair[]): Judgement {
  const coreA = A.filter((t) => t.core).length;
  const coreB = B.filter((t) => t.core).length;
  let swapped = false;
  let wsum = 0;
  let ssum = 0;
  let matched = 0;
  let strong = 0;
  let keyEq = 0;
  let initials = 0;
  let patPaired = false;
  let patConflict = false;
  /** Patronymics that are plainly different names (not a diminutive or a variant of one name). */
  let patClash = false;
  const givenOrder: [number, number][] = [];
  for (const p of pairs) {
    const a = A[p.a];
    const b = B[p.b];
    if (a.role === 'patronymic' && b.role === 'patronymic') {
      patPaired = true;
      if (p.s.sim < 0.75) patConflict = true;
      if (p.s.sim < 0.6) patClash = true;
      wsum += ROLE_WEIGHT.patronymic;
      ssum += ROLE_WEIGHT.patronymic * p.s.sim;
      continue;
    }
    if (!a.core || !b.core) {
      // A patronymic read as a given name on the other side, or a particle: weak evidence only.
      if (a.core || b.core) {
        wsum += 0.2;
        ssum += 0.2 * p.s.sim;
      }
      continue;
    }
    if (a.role !== b.role) swapped = true;
    if (a.role === 'given' && b.role === 'given') givenOrder.push([a.pos, b.pos]);
    const w = (ROLE_WEIGHT[a.role] + ROLE_WEIGHT[b.role]) / 2;
    wsum += w;
    ssum += w * p.s.sim;
    matched++;
    if (p.s.sim >= STRONG) strong++;
    if (p.s.keyEqual) keyEq++;
    if (p.s.initial) initials++;
  }
  const patA = A.some((t) => t.role === 'patronymic');
  const patB = B.some((t) => t.role === 'patronymic');
  if (patA && patB && !patPaired) {
    const crossed = pairs.some((p) => (A[p.a].role === 'patronymic') !== (B[p.b].role === 'patronymic'));
    if (!crossed) {
      patConflict = true;
      patClash = true;
    }
  }
  givenOrder.sort((x, y) => x[0] - y[0]);
  const inverted = givenOrder.some((g, k) => k > 0 && g[1] < givenOrder[k - 1][1]);
  const shorter = Math.min(coreA, coreB);
  const longer = Math.max(coreA, coreB);
  const unmatched = coreA + coreB - 2 * matched;
  const raw = wsum + 0.25 * unmatched > 0 ? ssum / (wsum + 0.25 * unmatched) : 0;
  const initialsOnly = (ts: Tok[]) => ts.filter((t) => t.core).every((t) => t.initial);

  let level: NameLevel;
  if (shorter > 0 && matched === shorter && strong === matched) {
    if (shorter === 1 && longer > 1) level = 'partial';
    else if (keyEq === matched && initials === 0 && longer - shorter <= 1) level = 'transliteration';
    else level = 'close';
    if (initialsOnly(A) || initialsOnly(B) || inverted) level = 'partial';
    // Fathers' names that differ: plainly different names make it partial; variants of one name
    // (Сергеевич / Сережаевич, Петросович / Петикович: diminutives) lower the level by one step.
    else if (patClash) level = 'partial';
    else if (patConflict) level = level === 'transliteration' ? 'close' : 'partial';
  } else if (strong > 0) {
    level = 'partial';
  } else {
    level = 'different';
  }
  if (RANK[level] < RANK.transliteration && !patConflict && coreA !== coreB) {
    const cs = concatSim(A, B);
    if (cs >= 0.97) level = 'transliteration';
    else if (cs >= 0.93 && RANK[level] < RANK.close) level = 'close';
  }
  return { level, raw, swapped };
}

/** Compares two parsed names whatever their order and scripts (given/family swaps allowed). */
export function compareNames(a: ParsedName, b: ParsedName): NameComparison {
  const A = toks(a);
  const B = toks(b);
  if (!A.some((t) => t.core) || !B.some((t) => t.core))
    return { level: 'missing', similarity: 0, swapped: false };
  const sig = (ts: Tok[]) =>
    (['family', 'given', 'patronymic'] as const)
      .map((role) =>
        ts
          .filter((t) => t.role === role)
          .map((t) => t.exact)
          .join(' '),
      )
      .join('|');
  if (sig(A) === sig(B)) return { level: 'exact', similarity: 1, swapped: false };

  const M = A.map((x) => B.map((y) => tokenSimilarity(x, y)));
  const MT = B.map((_, j) => A.map((_, i) => M[i][j]));
  const p1 = assign(A, B, M);
  const p2 = assign(B, A, MT).map((p) => ({ a: p.b, b: p.a, s: p.s }));
  const j1 = judge(A, B, p1);
  const j2 = judge(A, B, p2);
  // Both directions are tried, and the better reading kept, so that the comparison is symmetric.
  const better =
    RANK[j2.level] > RANK[j1.level] ||
    (RANK[j2.level] === RANK[j1.level] &&
      (j2.raw > j1.raw || (j2.raw === j1.raw && !j2.swapped && j1.swapped)))
      ? j2
      : j1;
  const [lo, hi] = BANDS[better.level];
  const similarity = lo + (hi - lo) * Math.max(0, Math.min(1, better.raw));
  return { level: better.level, similarity: Math.round(similarity * 1e6) / 1e6, swapped: better.swapped };
}

/** Keys for blocking and for term frequencies: the canonical key of each family and given token. */
export function nameBlockingKeys(name: ParsedName): string[] {
  const out = new Set<string>();
  for (const t of [...name.family, ...name.given]) {
    if (t.keys[0] && !PARTICLES.has(exactForm(t.text))) out.add(t.keys[0]);
  }
  return [...out];
}
