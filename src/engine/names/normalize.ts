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

const APOSTROPHES =
  /['\u2018\u2019\u02bc\u02bb\u02b9\u02be\u02bf\u0060\u00b4\u055a\u055b\u055c\u055d\u055e\u0559]/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u058a\u05be\u00ad_]/gu;

/** NFKC, unified hyphens, apostrophes removed; keeps letters, marks, digits, hyphens, commas and spaces. */
export function cleanText(input: string): string {
  let s = input.normalize('NFKC');
  s = s.replace(HYPHENS, '-').replace(APOSTROPHES, '');
  s = s.replace(/[^\p{L}\p{M}\p{N}\-,\s]/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
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
export function abbreviateLegalForms(cleaned: string): string {
  let s = cleaned;
  for (const [re, abbr] of LEGAL_PHRASES) s = s.replace(re, abbr);
  return s;
}
