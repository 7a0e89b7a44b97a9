import { detectScript } from './detect-script.js';
import { applyRole, canonicalKey, fineKey } from './name-key.js';
import { fixHomoglyphs, foldCase } from './normalize.js';
import { toLatinReadings } from './transliterate.js';
import type { NameToken, Script, TokenRole } from './types.js';

export interface BuiltToken extends NameToken {
  sex?: 'm' | 'f';
}

const MAX_KEYS = 8;

/** Builds a token with its keys for a given role. */
export function buildToken(
  raw: string,
  role: TokenRole,
  opts: { armenianGenitive?: boolean } = {},
): BuiltToken {
  const text = fixHomoglyphs(raw).normalize('NFC');
  const script: Script = detectScript(text);
  const folded = foldCase(text);
  const readings = toLatinReadings(folded, script);
  // The Arabic article joined by a hyphen comes and goes (el-Assad / al-Assad / Assad).
  const article = folded.match(/^(?:al|el|ul|ad|ed|as|ash|at|az|ar|an|ud|аль|ал|эль|әл)-(.+)$/u);
  if (article) readings.push(...toLatinReadings(article[1], script));
  const fines: string[] = [];
  let sex: 'm' | 'f' | undefined;
  const expanded: string[] = [];
  for (const r of readings) {
    const f = fineKey(r);
    expanded.push(f);
    if (script === 'armenian' || script === 'latin') expanded.push(...hVariants(f));
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

/** Strips the build-only fields. */
export function publicToken(t: BuiltToken): NameToken {
  return { text: t.text, script: t.script, keys: t.keys };
}
