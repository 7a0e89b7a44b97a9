import { detectScript } from './detect-script.js';
import { applyRole, canonicalKey, fineKey } from './name-key.js';
import { fixHomoglyphs, foldCase } from './normalize.js';
import { toLatinReadings } from './transliterate.js';
import type { NameToken, Script, TokenRole } from './types.js';

export interface BuiltToken extends NameToken {
  sex?: 'm' | 'f';
}

const MAX_KEYS = 8;

export interface TokenOptions {
  /** A patronymic that may be an Armenian father's name in the genitive (Սամվելի). */
  armenianGenitive?: boolean;
  /** Another part of the same name is written in Azerbaijani Latin (see `latinVariants`). */
  azerbaijani?: boolean;
}

/** One cache per role (and genitive reading), by the token's text. */
const caches = new Map<string, Map<string, BuiltToken>>();
const CACHE_LIMIT = 200_000;

/**
 * Builds a token with its keys for a given role. Tokens are cached by text and role (names repeat a lot
 * in real lists): the same object comes back for the same input, so treat tokens as read-only.
 */
export function buildToken(raw: string, role: TokenRole, opts: TokenOptions = {}): BuiltToken {
  const slot = `${role}${opts.armenianGenitive ? '+gen' : ''}${opts.azerbaijani ? '+az' : ''}`;
  let cache = caches.get(slot);
  if (!cache) {
    cache = new Map();
    caches.set(slot, cache);
  }
  let t = cache.get(raw);
  if (!t) {
    t = buildTokenUncached(raw, role, opts);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, t);
  }
  return t;
}

function buildTokenUncached(raw: string, role: TokenRole, opts: TokenOptions = {}): BuiltToken {
  const text = fixHomoglyphs(raw).normalize('NFC');
  const script: Script = detectScript(text);
  const folded = foldCase(text);
  const az = opts.azerbaijani ?? false;
  const readings = toLatinReadings(folded, script, az);
  // The Arabic article joined by a hyphen comes and goes (el-Assad / al-Assad / Assad).
  const article = folded.match(/^(?:al|el|ul|ad|ed|as|ash|at|az|ar|an|ud|аль|ал|эль|әл)-(.+)$/u);
  if (article) readings.push(...toLatinReadings(article[1], script, az));
  // An Azerbaijani title joined by a hyphen comes and goes too (Гасан-бек / Həsən bəy / Həsən).
  const title = folded.match(/^(.+)-(?:bəy|bey|bek|бек|бей|ağa|aga|ага)$/u);
  if (title) readings.push(...toLatinReadings(title[1], script, az));
  const fines: string[] = [];
  let sex: 'm' | 'f' | undefined;
  const expanded: string[] = [];
  for (const r of readings) {
    const f = fineKey(r);
    expanded.push(f);
    if (script === 'armenian' || script === 'latin') expanded.push(...hVariants(f));
    // Azerbaijani -bəy- is Russian -бек- (Hacıbəyov → Гаджибеков).
    if (script === 'latin' && /b[əe]y/u.test(folded)) {
      const bek = f.replace(/ba[iy](?=ov|li|$)/g, 'bek');
      if (bek !== f) expanded.push(bek, ...hVariants(bek));
    }
  }
  const roleKeys = expanded.map((f) => ({ f, ...applyRole(f, role, opts.armenianGenitive ?? false) }));
  // A patronymic whose likeliest reading lost its suffix keeps only the readings that lost it too
  // (Magomedovich: not the variant magomedovikh, which would meet every other -ovikh).
  const stripped = role === 'patronymic' && roleKeys.length > 0 && roleKeys[0].key !== roleKeys[0].f;
  for (const rk of roleKeys) {
    if (stripped && rk.key === rk.f) continue;
    if (sex === undefined && rk.sex) sex = rk.sex;
    if (rk.key && !fines.includes(rk.key)) fines.push(rk.key);
  }
  if (fines.length === 0) fines.push(folded.replace(/-/g, '') || '_');
  const keys = [canonicalKey(fines[0]), ...fines].slice(0, MAX_KEYS);
  return sex ? { text, script, keys, sex } : { text, script, keys };
}

/**
 * Russian conventional renderings of Armenian and Azerbaijani h: initial h before a vowel is dropped
 * (Հակոբ → Акоп, Հարություն → Арутюн), and Armenian -ovh- becomes -ov- or -og- (Հովհաննես → Ованес, Оганес).
 */
function hVariants(f: string): string[] {
  const out: string[] = [];
  const noInitial = f.replace(/^h(?=[aeiou])/, '');
  if (noInitial !== f) out.push(noInitial);
  // Medial h dropped too (Աբրահամ → Абраам, Արմենուհի → Арменуи, Սահակ → Саак).
  const noH = f.replace(/(?<![kszcgt])h/g, '');
  if (noH !== f && noH !== noInitial) out.push(noH);
  if (f.includes('vh')) {
    for (const base of [f, noInitial]) {
      out.push(base.replace(/vh/g, 'v'), base.replace(/vh/g, 'h'));
    }
  }
  return out;
}

const PUBLIC = Symbol('public');
type WithPublic = BuiltToken & { [PUBLIC]?: NameToken };

/** The token without its build-only fields (one shared read-only object per built token). */
export function publicToken(t: BuiltToken): NameToken {
  const w = t as WithPublic;
  let p = w[PUBLIC];
  if (!p) {
    p = Object.freeze({ text: t.text, script: t.script, keys: Object.freeze([...t.keys]) as string[] });
    w[PUBLIC] = p;
  }
  return p;
}
