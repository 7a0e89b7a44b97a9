import { scriptCounts } from './detect-script.js';

// Letters that look the same in Latin and Cyrillic; a token written mostly in one script with a few of the
// other's look-alikes (a common typing slip) is read in its majority script.
const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  к: 'k',
  м: 'm',
  т: 't',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
};
const LAT_TO_CYR: Record<string, string> = {};
for (const [c, l] of Object.entries(CYR_TO_LAT)) {
  if (!(l in LAT_TO_CYR)) LAT_TO_CYR[l] = c;
}
// Latin letters that stand for Azerbaijani Cyrillic ones are left alone (ә/ə are different letters anyway).
LAT_TO_CYR.y = 'у';

/** Replaces look-alike letters of the minority script in a mostly-Latin or mostly-Cyrillic token. */
export function fixHomoglyphs(token: string): string {
  const c = scriptCounts(token);
  if (c.latin > 0 && c.cyrillic > 0) {
    if (c.latin >= c.cyrillic) {
      return Array.from(token, (ch) => CYR_TO_LAT[ch] ?? ch).join('');
    }
    return Array.from(token, (ch) => LAT_TO_CYR[ch] ?? ch).join('');
  }
  return token;
}

const AZ_TR_MARK = /[əƏşŞğĞıİәӘ]/u;

/**
 * Case folding that knows the Azerbaijani/Turkish dotted and dotless i: İ → i, and I → ı in a token that
 * is otherwise Azerbaijani or Turkish (has ə, ş, ğ or ı), I → i elsewhere.
 */
export function foldCase(token: string): string {
  const az = AZ_TR_MARK.test(token);
  let s = token.replace(/İ/g, 'i');
  if (az) s = s.replace(/I/g, 'ı');
  s = s.toLowerCase().replace(/i\u0307/g, 'i');
  return s;
}

const APOSTROPHES = new Set(
  Array.from(
    "'\u2018\u2019\u02bc\u02bb\u02b9\u02be\u02bf\u0060\u00b4\u055a\u055b\u055c\u055d\u055e\u0559",
    (c) => c.charCodeAt(0),
  ),
);
const HYPHENS = new Set(
  Array.from('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u058a\u05be\u00ad_', (c) => c.charCodeAt(0)),
);

/** Whether NFKC may change the string: anything outside the plain letters of the scripts names come in. */
function needsNormalisation(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xaa) continue;
    if (c >= 0xc0 && c <= 0x131 && c !== 0xd7 && c !== 0xf7) continue; // Latin-1 and Latin Extended-A letters
    if (c >= 0x134 && c <= 0x13e) continue;
    if (c >= 0x141 && c <= 0x148) continue;
    if (c >= 0x14a && c <= 0x17e) continue;
    if (c === 0x18f || c === 0x259 || c === 0x2bb || c === 0x2bc || c === 0x2b9) continue; // Ə ə ʻ ʼ ʹ
    if (c >= 0x400 && c <= 0x4ff) continue; // Cyrillic
    if ((c >= 0x531 && c <= 0x556) || (c >= 0x561 && c <= 0x586)) continue; // Armenian letters
    if (c >= 0x2010 && c <= 0x2019) continue; // hyphens, dashes, quotes
    return true;
  }
  return false;
}

/** 0: drop, 1: keep, 2: space, 3: hyphen — by code point, cached for non-ASCII characters. */
const charClass = new Map<number, number>();

function classify(cp: number): number {
  if (APOSTROPHES.has(cp)) return 0;
  if (HYPHENS.has(cp) || cp === 0x2d) return 3;
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x2c)
      return 1;
    return 2;
  }
  let k = charClass.get(cp);
  if (k === undefined) {
    k = /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(cp)) ? 1 : 2;
    if (charClass.size < 100_000) charClass.set(cp, k);
  }
  return k;
}

/** NFKC, unified hyphens, apostrophes removed; keeps letters, marks, digits, hyphens, commas and spaces. */
export function cleanText(input: string): string {
  const s = needsNormalisation(input) ? input.normalize('NFKC') : input;
  let out = '';
  let space = false;
  for (const ch of s) {
    const k = classify(ch.codePointAt(0)!);
    if (k === 0) continue;
    if (k === 2) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += k === 3 ? '-' : ch;
  }
  return out;
}

/**
 * Splits a cleaned string into tokens; inner hyphens stay, leading/trailing hyphens and commas go, and
 * run-together names are parted (SergeiLavrov → Sergei Lavrov).
 */
export function splitTokens(cleaned: string): string[] {
  return cleaned
    .replace(/(\p{Ll}{2})(?=\p{Lu}\p{Ll}{2})/gu, '$1 ')
    .split(/[\s,]+/u)
    .map((t) => t.replace(/^-+|-+$/g, '').replace(/-+/g, '-'))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** The form of a token used for the 'exact' level: NFC, case-folded, homoglyphs fixed, no hyphens. */
export function exactForm(token: string): string {
  return foldCase(fixHomoglyphs(token)).normalize('NFC').replace(/-/g, '');
}

// Legal forms of organisations written out, as their usual abbreviations (lists may carry organisations).
const LEGAL_PHRASES: [RegExp, string][] = [
  [/\bopen joint[ -]stock company\b/giu, 'ojsc'],
  [/\bclosed joint[ -]stock company\b/giu, 'cjsc'],
  [/\bpublic joint[ -]stock company\b/giu, 'pjsc'],
  [/\bjoint[ -]stock company\b/giu, 'jsc'],
  [/\blimited liability company\b/giu, 'llc'],
  [/\bpublic limited company\b/giu, 'plc'],
  [/\bgesellschaft mit beschränkter haftung\b/giu, 'gmbh'],
  [/\bsocietatea cu răspundere limitată\b/giu, 'srl'],
  [/\bsp z o o\b/giu, 'spzoo'],
  [/(?<![\p{L}])(?:открытое |закрытое |публичное )?акционерное общество(?![\p{L}])/giu, 'ао'],
  [/(?<![\p{L}])общество с ограниченной ответственностью(?![\p{L}])/giu, 'ооо'],
];

/** Replaces written-out legal forms of organisations by their abbreviations (Joint Stock Company → jsc). */
const LEGAL_HINT = /compan|gesellschaft|societatea|sp z o|общество/iu;

export function abbreviateLegalForms(cleaned: string): string {
  if (!LEGAL_HINT.test(cleaned)) return cleaned;
  let s = cleaned;
  for (const [re, abbr] of LEGAL_PHRASES) s = s.replace(re, abbr);
  return s;
}
