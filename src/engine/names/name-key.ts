import type { TokenRole } from './types.js';

const VOWELS = 'aeiouy';

/**
 * Normalises a phonemic Latin reading into a fine key in which the spelling conventions of the standards
 * meet: ye/e, ia/ya, iy/y, final -iy/-ii/-y, gh/g, doubled letters, hyphens.
 */
export function fineKey(reading: string): string {
  let s = reading.replace(/[^a-z]/g, '');
  s = s.replace(/dzh/g, 'j').replace(/gh/g, 'g');
  // Doubled letters (Hovhannisyan / Ованесян, Məmmədov / Мамедов).
  s = s.replace(/([a-z])\1+/g, '$1');
  // Endings -iy, -ii, -yy, -yi (Григорий: Grigoriy, Grigorii, Grigori).
  s = s.replace(/(?:iy|ii|yy|yi|ij)$/g, 'i');
  // Glides: ye → e (Yerevan / Erevan, Aliyev / Aliev), i before a vowel → y (Pashinian / Pashinyan).
  s = s.replace(/y+e/g, 'e');
  s = s.replace(/i(?=[aou])/g, 'y');
  s = s.replace(/iy(?=[aou])/g, 'y');
  s = s.replace(/yy+/g, 'y');
  // й after a vowel: y, i or j (Sergey / Sergei / Sergej, Nikolay / Nikolai, Hayk / Haik).
  s = s.replace(/([aeou])y(?![aeiouy])/g, '$1i');
  return s;
}

export interface RoleKey {
  key: string;
  sex?: 'm' | 'f';
}

type SuffixRule = [RegExp, string, ('m' | 'f')?];

/** The first rule whose pattern matches rewrites the key; `$1` is the stem. */
function applyRules(fine: string, rules: SuffixRule[]): RoleKey {
  for (const [re, out, sex] of rules) {
    const m = fine.match(re);
    if (m) return sex ? { key: out.replace('$1', m[1]), sex } : { key: out.replace('$1', m[1]) };
  }
  return { key: fine };
}

const FAMILY_RULES: SuffixRule[] = [
  [/^(.{2,})(?:yants|yanz|yanc)$/, '$1yan'],
  [/^(.{2,}(?:sk|tsk|ck|zk))(?:aya|aja|a)$/, '$1i', 'f'],
  [/^(.{2,}(?:sk|tsk|ck|zk))(?:i|y|iy|ii)$/, '$1i', 'm'],
  [/^(.{2,}[oe]v)a$/, '$1', 'f'],
  [/^(.{2,}[oe]v)$/, '$1', 'm'],
  [/^(.{2,}[iy]n)a$/, '$1', 'f'],
  [/^(.{2,})(?:lu|ly)$/, '$1li'],
];

/** Family-name forms: gendered endings collapse to the masculine, -yan/-yants to -yan. */
export function familyKey(fine: string): RoleKey {
  return applyRules(fine, FAMILY_RULES);
}

const PATRONYMIC_RULES: SuffixRule[] = [
  [/^(.{2,}?)(?:ovich|evich|ovych|evych|ovic|evic|ych|ich)$/, '$1', 'm'],
  [/^(.{2,}?)y?inichna$/, '$1', 'f'],
  [/^(.{2,}?)(?:ovna|evna|ivna|ichna)$/, '$1', 'f'],
];
const GENITIVE_RULES: SuffixRule[] = [
  [/^(.{2,}[aeiou])yi$/, '$1'],
  [/^(.{2,})i$/, '$1'],
];

/** Patronymic forms: the father's name stem (Акопович → akop, Hakobi → hakob, Vovayi → vova). */
export function patronymicKey(fine: string, fromArmenianGenitive: boolean): RoleKey {
  const r = applyRules(fine, PATRONYMIC_RULES);
  if (r.key !== fine) return r;
  if (fromArmenianGenitive || /[^aeiou]i$/.test(fine) || /yi$/.test(fine))
    return applyRules(fine, GENITIVE_RULES);
  return { key: fine };
}

export function applyRole(fine: string, role: TokenRole, armenianGenitive = false): RoleKey {
  if (role === 'family') return familyKey(fine);
  if (role === 'patronymic') return patronymicKey(fine, armenianGenitive);
  return { key: fine };
}

/**
 * The canonical key: a coarse consonant skeleton in which the conventions of Russian renderings of Armenian
 * and Azerbaijani names collapse. Vowels and glides go (ə → е/а, Eastern/Western vowels); h and the velars
 * go (h → г/х/∅, ղ → г/х, q → г: Աբրահամ/Абраам, Վահե/Ваге, Rəhim/Рахим, Hacıyev/Гаджиев), k with them
 * (Ղազարյան/Казарян, Qasımov/Касумов, Natiq/Натик, İlqar/Илкар, Gevorg/Геворк); voiced and voiceless
 * pairs merge (Western Armenian Bedros / Petros), tch is ch (Mkrtchyan / Mkrtçyan), and dzh/j/ch/sh/zh,
 * ts/dz/s/z, b/p/f/v and d/t merge into one class each.
 * Tokens in other scripts keep their fine key.
 */
export function canonicalKey(fine: string): string {
  if (/[^a-z]/.test(fine)) return fine;
  const s = fine
    .replace(/tch/g, 'ch')
    .replace(/shch/g, 'J')
    .replace(/(?:sh|zh|ch|j)/g, 'J')
    .replace(/(?:kh|gh)/g, 'H')
    .replace(/(?:ts|dz)/g, 'S');
  let out = '';
  let last = '';
  for (const ch of s) {
    let c: string;
    if (VOWELS.includes(ch)) {
      last = '';
      continue;
    }
    if ('bpfvw'.includes(ch)) c = 'p';
    else if ('dt'.includes(ch)) c = 't';
    else if (ch === 'k') c = '';
    else if ('szS'.includes(ch)) c = 's';
    else if (ch === 'J') c = 'j';
    else if ('lrmn'.includes(ch)) c = ch;
    else c = ''; // h, g, q, x, kh, gh
    if (!c) continue;
    if (c !== last) out += c;
    last = c;
  }
  return out || fine.slice(0, 3) || '_';
}
