import { canonicalKey } from './name-key.js';
import { exactForm } from './normalize.js';
import { jaroWinkler, normalisedLevenshtein } from './similarity.js';
import type { NameComparison, NameLevel, NameToken, ParsedName, TokenRole } from './types.js';

/**
 * Connecting words of names (Arabic, Dutch, German, Romance), titles and legal forms: they may come and go
 * between two writings of one name, so they are compared only with each other and never count as missing.
 */
const PARTICLES = new Set(
  [
    'bin ibn ben bint binti al el ul ud ad ed de da di del della der den van von du la le dos das do y e и',
    'mr mrs ms miss dr prof sir monsieur madame mme herr frau sheikh',
    'господин госпожа гражданин гражданка тов товарищ cənab xanım պարոն տիկին bəy bey bek бек бей',
    // Legal forms of organisations (lists may carry them), after abbreviateLegalForms.
    'the of and ltd limited inc incorporated corp corporation co company llc plc ag aktiengesellschaft gmbh',
    'jsc ojsc cjsc pjsc oao zao pao ao ооо оао зао пао sa spa srl spzoo bv nv lp llp ab',
  ]
    .join(' ')
    .split(' '),
);

/** Token similarity at or above this is a match of that name part (a typo or a variant spelling). */
const STRONG = 0.84;
const MAX_FUZZY_READINGS = 4;
/**
 * Below this similarity two parts are two names, not one misspelt (Гайк / Грант, Maharramov / Mustafayev),
 * when it comes to telling namesakes (`partlyDifferent`) from one person's misspelt name (`partial`).
 */
const CLASH_SIM = 0.6;
/** At most this similar: tokens of one skeleton whose first sounds do not meet (below STRONG, above CLASH_SIM). */
const OTHER_START_SIM = 0.8;
/** Equal canonical keys make a transliteration when the fine keys are at least this similar. */
const CANON_JW = 0.8;

/**
 * Voiced stops and affricates as voiceless: Eastern and Western Armenian swap them (Hakob / Hagop,
 * Gevorg / Kevork, Petros / Bedros, Jivan / Chivan).
 */
function devoice(fine: string): string {
  return fine
    .replace(/dz/g, 'ts')
    .replace(/j/g, 'ch')
    .replace(/b/g, 'p')
    .replace(/g/g, 'k')
    .replace(/d/g, 't');
}

interface TokenInfo {
  /** A number of its own, for memos of token pairs. */
  id: number;
  fineSet: Set<string>;
  /** The likeliest readings with voicing dropped. */
  devoiced: string[];
  exact: string;
  fines: string[];
  canon: Set<string>;
  initial: boolean;
  particle: boolean;
}

const infoCache = new WeakMap<NameToken, TokenInfo>();
let nextTokenId = 0;
function info(t: NameToken): TokenInfo {
  let i = infoCache.get(t);
  if (!i) {
    const fines = t.keys.length > 1 ? t.keys.slice(1) : t.keys.slice(0, 1);
    const exact = exactForm(t.text);
    i = {
      id: nextTokenId++,
      fineSet: new Set(fines),
      devoiced: fines.slice(0, MAX_FUZZY_READINGS).map(devoice),
      exact,
      fines,
      // With k dropped too, for Russian к for Armenian գ (Սարգսյան / Саркисян, Գևորգ / Геворк).
      canon: new Set(
        [t.keys[0], ...fines.map(canonicalKey)].flatMap((c) =>
          c.includes('k') ? [c, c.replace(/k/g, '')] : [c],
        ),
      ),
      initial: Array.from(exact).length === 1,
      particle: PARTICLES.has(exact) || /^\p{N}+$/u.test(exact),
    };
    infoCache.set(t, i);
  }
  return i;
}

interface Tok {
  i: TokenInfo;
  role: TokenRole;
  /** Position within its role, as written. */
  pos: number;
  core: boolean;
}

interface Prepared {
  toks: Tok[];
  /** The exact forms by role, for the 'exact' level. */
  sig: string;
  core: number;
}

const preparedCache = new WeakMap<ParsedName, Prepared>();

function prepare(n: ParsedName): Prepared {
  let p = preparedCache.get(n);
  if (p) return p;
  const toks: Tok[] = [];
  let sig = '';
  let core = 0;
  const roles: [NameToken[], TokenRole][] = [
    [n.family, 'family'],
    [n.given, 'given'],
    [n.patronymic, 'patronymic'],
  ];
  for (const [ts, role] of roles) {
    for (let pos = 0; pos < ts.length; pos++) {
      const i = info(ts[pos]);
      const isCore = role !== 'patronymic' && !i.particle;
      if (isCore) core++;
      toks.push({ i, role, pos, core: isCore });
      sig += `${i.exact} `;
    }
    sig += '|';
  }
  if (core === 0) {
    // A name of particles only ("de la"), or a patronymic alone: they are all it has.
    for (const t of toks) {
      t.core = true;
      core++;
    }
  }
  p = { toks, sig, core };
  preparedCache.set(n, p);
  return p;
}

export interface TokenSimilarity {
  sim: number;
  /** Exact text, an equal key, or equal canonical keys with similar fine keys. */
  keyEqual: boolean;
  /** One side is an initial that agrees with the other. */
  initial: boolean;
}

const EQUAL: TokenSimilarity = Object.freeze({ sim: 1, keyEqual: true, initial: false });
const DEVOICED_EQUAL: TokenSimilarity = Object.freeze({ sim: 0.95, keyEqual: true, initial: false });

/**
 * One reading of `a` is the other token with an initial h (Russian г, Armenian հ) before a vowel: Russian
 * renders Հայկ both Гайк and Айк. Strong enough to pair the names, not a sure transliteration (Галина and
 * Алина are two names), so the comparison is close at most.
 */
function initialHDropped(a: TokenInfo, b: TokenInfo): boolean {
  for (const reading of a.fines.slice(0, MAX_FUZZY_READINGS)) {
    if (
      reading.length > 3 &&
      reading[0] === 'h' &&
      'aeiou'.includes(reading[1]) &&
      b.fineSet.has(reading.slice(1))
    )
      return true;
  }
  return false;
}

const VOWEL_START = /^[aeiouy]/;
/** h, and г written for it (Гайк / Айк): the initials that come and go before the same vowel. */
const SILENT_INITIAL = /^[hg](?=[aeiouy])/;
const VELAR_START = /^(?:kh|gh|[kgqxh])/;
const PLAIN_K = /^k(?!h)/;
/** The first letter, or the two Latin letters of one sound (kh, sh, ts…). */
const FIRST_SOUND = /^(?:kh|gh|ch|sh|zh|ts|dz|[a-z])/;

/**
 * The skeleton drops vowels, h and the velars, and k at the start (Ղազարյան / Казарян, Qasımov / Касумов),
 * so it cannot tell a velar or h written differently from one that is not there at all. Two readings meet
 * at the start when both begin with a velar or h, or both with anything else, or when one has an h (or its
 * Russian г) that the other drops before the same vowel (Hakob / Акоп, Hovhannes / Ованес). Not when a k
 * or another consonant stands against a vowel or against a different consonant class: Karapetyan and
 * Hayrapetyan (Айрапетян), Guliyev and Aliyev, Tsaturyan and Asatryan, Karimov and Rahimov are other names.
 * A first letter misspelt, dropped or added with the rest unchanged is a typo, and meets.
 */
function readingsMeetAtStart(x: string, y: string): boolean {
  // A first letter misspelt, dropped or added, the rest the same (SSAD / ASAD, xal-Assad / al-Assad).
  const restX = x.replace(FIRST_SOUND, '');
  const restY = y.replace(FIRST_SOUND, '');
  if (restX === restY || restX === y || restY === x) return true;
  const velarX = VELAR_START.test(x);
  const velarY = VELAR_START.test(y);
  // Կ and Հ are two letters: a plain k does not stand for an h (Karapetyan / Hayrapetyan).
  if (velarX && velarY) return !(PLAIN_K.test(x) && y[0] === 'h') && !(PLAIN_K.test(y) && x[0] === 'h');
  const vowelX = VOWEL_START.test(x);
  const vowelY = VOWEL_START.test(y);
  if (!velarX && !velarY) return vowelX === vowelY;
  if (velarX && vowelY) return SILENT_INITIAL.test(x) && x[1] === y[0];
  if (velarY && vowelX) return SILENT_INITIAL.test(y) && y[1] === x[0];
  return false;
}

function startsMeet(a: TokenInfo, b: TokenInfo): boolean {
  for (const x of a.fines.slice(0, MAX_FUZZY_READINGS))
    for (const y of b.fines.slice(0, MAX_FUZZY_READINGS)) if (readingsMeetAtStart(x, y)) return true;
  return false;
}

const H_DROPPED: TokenSimilarity = Object.freeze({ sim: STRONG, keyEqual: false, initial: false });

/** Similarity of two tokens (0..1) on their keys. */
export function tokenSimilarity(a: TokenInfo, b: TokenInfo): TokenSimilarity {
  if (a.exact === b.exact) return EQUAL;
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return { sim: 0.2, keyEqual: false, initial: false };
    const fa = new Set([...a.fines.map((f) => f[0]), a.exact[0]]);
    const ok = b.fines.some((f) => fa.has(f[0])) || fa.has(b.exact[0]);
    return { sim: ok ? STRONG : 0.1, keyEqual: false, initial: ok };
  }
  for (const y of b.fines) if (a.fineSet.has(y)) return EQUAL;
  for (const x of a.devoiced) if (b.devoiced.includes(x)) return DEVOICED_EQUAL;
  if (initialHDropped(a, b) || initialHDropped(b, a)) return H_DROPPED;
  let canonEq = false;
  for (const c of a.canon) {
    if (c.length >= 2 && b.canon.has(c)) {
      canonEq = true;
      break;
    }
  }
  // One skeleton after first sounds that do not meet: two names (Karapetyan / Hayrapetyan), whatever their
  // spelling's similarity says, so they may agree no more than a misspelt part does.
  let otherStart = false;
  if (canonEq && !startsMeet(a, b)) {
    canonEq = false;
    otherStart = true;
  }
  // Plainly different tokens (no common skeleton, unlike likeliest readings) need no more work.
  const j0 = jaroWinkler(a.fines[0], b.fines[0]);
  if (!canonEq && j0 < 0.55) return { sim: 0.8 * j0, keyEqual: false, initial: false };
  let jw = 0;
  let blend = 0;
  // String similarity on the likeliest readings only (the rest serve equality above).
  const na = Math.min(a.fines.length, MAX_FUZZY_READINGS);
  const nb = Math.min(b.fines.length, MAX_FUZZY_READINGS);
  for (let ia = 0; ia < na; ia++) {
    const x = a.fines[ia];
    for (let ib = 0; ib < nb; ib++) {
      const y = b.fines[ib];
      const j = ia === 0 && ib === 0 ? j0 : jaroWinkler(x, y);
      if (j > jw) jw = j;
      // The blend cannot reach a match below this Jaro–Winkler: skip the edit distance.
      if (j < 0.66 || (j + 1) / 2 <= blend) {
        if (0.8 * j > blend) blend = 0.8 * j;
        continue;
      }
      const bl = (j + normalisedLevenshtein(x, y)) / 2;
      if (bl > blend) blend = bl;
    }
  }
  if (canonEq && jw >= CANON_JW)
    return { sim: 0.9 + (0.1 * (jw - CANON_JW)) / (1 - CANON_JW), keyEqual: true, initial: false };
  return { sim: otherStart ? Math.min(blend, OTHER_START_SIM) : blend, keyEqual: false, initial: false };
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
  const w = a.i.particle || b.i.particle ? 0.05 : ROLE_WEIGHT[a.role] + ROLE_WEIGHT[b.role];
  return s.sim * roleFactor(a, b) * w;
}

interface Assignment {
  pairs: Pair[];
  /** Another assignment scored the same: the other direction may read the names differently. */
  tie: boolean;
}

// Scratch state of the exhaustive search (names are short; the search is re-entrant-free).
let scScores: number[][] = [];
let scN = 0;
let scM = 0;
const scCur = new Int8Array(8);
const scBest = new Int8Array(8);
let scUsed = 0;
let scBestScore = -1;
let scTie = false;

function search(i: number, acc: number): void {
  if (i === scN) {
    if (acc > scBestScore + 1e-12) {
      scBestScore = acc;
      scTie = false;
      scBest.set(scCur.subarray(0, scN));
    } else if (acc > scBestScore - 1e-12) {
      scTie = true;
    }
    return;
  }
  const row = scScores[i];
  for (let j = 0; j < scM; j++) {
    const bit = 1 << j;
    if (scUsed & bit || row[j] <= 0) continue;
    scUsed |= bit;
    scCur[i] = j;
    search(i + 1, acc + row[j]);
    scUsed &= ~bit;
  }
  scCur[i] = -1;
  search(i + 1, acc);
}

/** Best one-to-one assignment of tokens (exhaustive for short names, greedy beyond). */
function assign(A: Tok[], B: Tok[], M: TokenSimilarity[][]): Assignment {
  const n = A.length;
  const m = B.length;
  const sc: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) row.push(pairScore(A[i], B[j], M[i][j]));
    sc.push(row);
  }
  if (n <= 5 && m <= 5) {
    scScores = sc;
    scN = n;
    scM = m;
    scUsed = 0;
    scBestScore = -1;
    scTie = false;
    search(0, 0);
    const pairs: Pair[] = [];
    for (let i = 0; i < n; i++) if (scBest[i] >= 0) pairs.push({ a: i, b: scBest[i], s: M[i][scBest[i]] });
    return { pairs, tie: scTie };
  }
  const cands: { i: number; j: number; sc: number }[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) if (sc[i][j] > 0) cands.push({ i, j, sc: sc[i][j] });
  cands.sort((x, y) => y.sc - x.sc || x.i - y.i || x.j - y.j);
  let tie = false;
  for (let k = 1; k < cands.length; k++) if (cands[k].sc === cands[k - 1].sc) tie = true;
  const ua = new Set<number>();
  const ub = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cands) {
    if (ua.has(c.i) || ub.has(c.j)) continue;
    ua.add(c.i);
    ub.add(c.j);
    pairs.push({ a: c.i, b: c.j, s: M[c.i][c.j] });
  }
  return { pairs, tie };
}

const BANDS: Record<NameLevel, [number, number]> = {
  exact: [1, 1],
  transliteration: [0.9, 0.99],
  close: [0.75, 0.9],
  partial: [0.45, 0.75],
  partlyDifferent: [0.4, 0.45],
  different: [0, 0.4],
  missing: [0, 0],
};
const RANK: Record<NameLevel, number> = {
  missing: 0,
  different: 1,
  partlyDifferent: 2,
  partial: 3,
  close: 4,
  transliteration: 5,
  exact: 6,
};

/** Similarity of the name parts run together: joined or split tokens (JanDaniel / Jan Daniel). */
function concatSim(A: Tok[], B: Tok[]): number {
  const joins = (ts: Tok[]) => {
    const fam = ts.filter((t) => t.role === 'family').map((t) => t.i.fines[0]);
    const giv = ts.filter((t) => t.role === 'given').map((t) => t.i.fines[0]);
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
  fathersAgree: boolean;
}

function judge(A: Tok[], B: Tok[], pairs: Pair[], coreA: number, coreB: number): Judgement {
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
  /** Fathers' names paired as such, every pair of them one name under some reading. */
  let patAgree = true;
  const givenOrder: [number, number][] = [];
  for (const p of pairs) {
    const a = A[p.a];
    const b = B[p.b];
    if (a.role === 'patronymic' && b.role === 'patronymic') patPaired = true;
    if (a.role === 'patronymic' && b.role === 'patronymic' && !(a.core && b.core)) {
      if (p.s.sim < 0.75) patConflict = true;
      if (p.s.sim < 0.6) patClash = true;
      if (!p.s.keyEqual) patAgree = false;
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
  const initialsOnly = (ts: Tok[]) => ts.filter((t) => t.core).every((t) => t.i.initial);

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
    // A part on each side with no similar part on the other (a patronymic does not count): a different name
    // beside the one that agrees.
    const kept = pairs.filter((p) => A[p.a].core && B[p.b].core && p.s.sim >= CLASH_SIM);
    const unpaired = (ts: Tok[], paired: Set<number>) => ts.some((t, k) => t.core && !paired.has(k));
    const clash = unpaired(A, new Set(kept.map((p) => p.a))) && unpaired(B, new Set(kept.map((p) => p.b)));
    level = clash ? 'partlyDifferent' : 'partial';
  } else {
    level = 'different';
  }
  if (RANK[level] < RANK.transliteration && !patConflict && coreA !== coreB) {
    const cs = concatSim(A, B);
    if (cs >= 0.97) level = 'transliteration';
    else if (cs >= 0.93 && RANK[level] < RANK.close) level = 'close';
  }
  return { level, raw, swapped, fathersAgree: patPaired && patAgree && !patConflict };
}

function samePairs(x: Pair[], y: Pair[]): boolean {
  if (x.length !== y.length) return false;
  const key = (p: Pair) => p.a * 1024 + p.b;
  const xs = x.map(key).sort((m, n) => m - n);
  const ys = y.map(key).sort((m, n) => m - n);
  return xs.every((v, k) => v === ys[k]);
}

/**
 * Remembers the similarity of token pairs by the tokens' numbers: lists hold far fewer distinct tokens than
 * names, so most pairs of names are made of token pairs compared before.
 */
export interface TokenPairMemo {
  get(a: number, b: number): TokenSimilarity | undefined;
  set(a: number, b: number, similarity: TokenSimilarity): void;
}

function memoisedSimilarity(a: TokenInfo, b: TokenInfo, memo: TokenPairMemo | undefined): TokenSimilarity {
  if (!memo) return tokenSimilarity(a, b);
  let sim = memo.get(a.id, b.id);
  if (sim === undefined) {
    sim = tokenSimilarity(a, b);
    memo.set(a.id, b.id, sim);
  }
  return sim;
}

/** Compares two parsed names whatever their order and scripts (given/family swaps allowed). */
export function compareNames(a: ParsedName, b: ParsedName, memo?: TokenPairMemo): NameComparison {
  const pa = prepare(a);
  const pb = prepare(b);
  if (pa.toks.length > 0 && pa.sig === pb.sig) {
    const fathersAgree = pa.toks.some((t) => t.role === 'patronymic' && !t.core);
    return { level: 'exact', similarity: 1, swapped: false, fathersAgree };
  }
  if (pa.core === 0 || pb.core === 0)
    return { level: 'missing', similarity: 0, swapped: false, fathersAgree: false };
  const A = pa.toks;
  const B = pb.toks;
  const M: TokenSimilarity[][] = [];
  const MT: TokenSimilarity[][] = B.map(() => []);
  for (let i = 0; i < A.length; i++) {
    const row: TokenSimilarity[] = [];
    for (let j = 0; j < B.length; j++) {
      const sim = memoisedSimilarity(A[i].i, B[j].i, memo);
      row.push(sim);
      MT[j].push(sim);
    }
    M.push(row);
  }
  const first = assign(A, B, M);
  const j1 = judge(A, B, first.pairs, pa.core, pb.core);
  // On a tie both directions are tried, and the better reading kept, so that the comparison is symmetric.
  let j2 = j1;
  if (first.tie) {
    const p2 = assign(B, A, MT).pairs.map((p) => ({ a: p.b, b: p.a, s: p.s }));
    if (!samePairs(first.pairs, p2)) j2 = judge(A, B, p2, pa.core, pb.core);
  }
  const better =
    RANK[j2.level] > RANK[j1.level] ||
    (RANK[j2.level] === RANK[j1.level] &&
      (j2.raw > j1.raw || (j2.raw === j1.raw && !j2.swapped && j1.swapped)))
      ? j2
      : j1;
  const [lo, hi] = BANDS[better.level];
  const similarity = lo + (hi - lo) * Math.max(0, Math.min(1, better.raw));
  return {
    level: better.level,
    similarity: Math.round(similarity * 1e6) / 1e6,
    swapped: better.swapped,
    fathersAgree: better.fathersAgree,
  };
}

/** Keys for blocking and for term frequencies: the canonical key of each family and given token. */
export function nameBlockingKeys(name: ParsedName): string[] {
  const out = new Set<string>();
  for (const ts of [name.family, name.given]) {
    for (const t of ts) if (t.keys[0] && !info(t).particle) out.add(t.keys[0]);
  }
  return [...out];
}
