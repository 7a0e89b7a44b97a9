import { detectScript } from './detect-script.js';
import { AZERBAIJANI_LATIN_BGN } from './tables/cldr-letters.js';
import {
  ARMENIAN_CYRILLIC,
  AZ_CYRILLIC_LATIN_FIXES,
  AZ_LATIN_ARMENIAN,
  AZ_LATIN_CYRILLIC,
  CYRILLIC_ARMENIAN,
  LATIN_ARMENIAN,
  LATIN_CYRILLIC,
  type LetterTable,
} from './tables/display-letters.js';
import { type RomanisationScheme, RUSSIAN_SCHEMES } from './tables/iuliia-schemes.js';
import { armenianToLatin } from './transliterate.js';

// A name as a reader of another script can read it: the name as written stays the name, this is its reading aid.
// Armenian → Latin uses the engine's phonemic values (transliterate.ts, Eastern Armenian as in passports);
// Russian → Latin the iuliia Wikipedia scheme; Azerbaijani Cyrillic → Latin BGN/PCGN (cldr-letters.ts); the other
// directions the hand-written tables of tables/display-letters.ts.

/** The scripts a reader of Parley reads: Latin (en, az), Cyrillic (ru), Armenian (hy). */
export const DISPLAY_SCRIPTS = ['latin', 'cyrillic', 'armenian'] as const;
export type DisplayScript = (typeof DISPLAY_SCRIPTS)[number];

/** One name in each reader's script; a word already in a script stays as written. */
export type NameInScripts = Record<DisplayScript, string>;

const READER_SCRIPTS: Readonly<Record<string, DisplayScript>> = {
  en: 'latin',
  az: 'latin',
  ru: 'cyrillic',
  hy: 'armenian',
};

/** The script a reader of a UI language reads (en/az Latin, ru Cyrillic, hy Armenian; others Latin). */
export function readerScript(language: string): DisplayScript {
  return READER_SCRIPTS[language.toLowerCase().slice(0, 2)] ?? 'latin';
}

const AZ_LATIN_MARK = /[əşçğı]/u;
const AZ_CYRILLIC_MARK = /[әҹғүһөҝј]/u;
const WIKIPEDIA = RUSSIAN_SCHEMES.find((scheme) => scheme.name === 'wikipedia') as RomanisationScheme;
const AZ_CYRILLIC_LATIN: LetterTable = { ...AZERBAIJANI_LATIN_BGN, ...AZ_CYRILLIC_LATIN_FIXES };
const AZ_LATIN_TO_CYRILLIC: LetterTable = { ...LATIN_CYRILLIC, ...AZ_LATIN_CYRILLIC };
const AZ_LATIN_TO_ARMENIAN: LetterTable = { ...LATIN_ARMENIAN, ...AZ_LATIN_ARMENIAN };

/** A lowercase word through a table: the longest key first, keys at the word's edges before plain ones. */
function throughTable(word: string, table: LetterTable): string {
  const chars = Array.from(word);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    let step = 0;
    for (let length = Math.min(4, chars.length - i); length >= 1 && step === 0; length--) {
      const seq = chars.slice(i, i + length).join('');
      const value =
        (i === 0 ? table[`^${seq}`] : undefined) ??
        (i + length === chars.length ? table[`${seq}$`] : undefined) ??
        table[seq];
      if (value !== undefined) {
        out += value;
        step = length;
      }
    }
    if (step === 0) {
      // A letter the table lacks: its base letter without marks (é → e), else the letter as written.
      const base = chars[i].normalize('NFD').replace(/\p{M}/gu, '');
      out += table[base] ?? chars[i];
      step = 1;
    }
    i += step;
  }
  return out;
}

/** A lowercase Russian word through an iuliia scheme (letter, previous-letter, next-letter and ending rules). */
function throughScheme(word: string, scheme: RomanisationScheme): string {
  const chars = Array.from(word);
  let end = chars.length;
  let tail = '';
  for (const [ending, value] of Object.entries(scheme.ending)) {
    const length = Array.from(ending).length;
    if (chars.length > length && word.endsWith(ending)) {
      end = chars.length - length;
      tail = value;
      break;
    }
  }
  let out = '';
  for (let i = 0; i < end; i++) {
    const ch = chars[i];
    const prev = i === 0 ? ' ' : chars[i - 1];
    const next = chars[i + 1] ?? ' ';
    out +=
      scheme.prev[prev + ch] ??
      (i === 0 ? scheme.prev[ch] : undefined) ??
      scheme.next[ch + next] ??
      scheme.mapping[ch] ??
      ch;
  }
  return out + tail;
}

function convertWord(lower: string, from: DisplayScript, to: DisplayScript, azerbaijani: boolean): string {
  if (from === 'armenian' && to === 'latin') return armenianToLatin(lower);
  if (from === 'armenian') return throughTable(lower, ARMENIAN_CYRILLIC);
  if (from === 'cyrillic' && to === 'latin') {
    return azerbaijani ? throughTable(lower, AZ_CYRILLIC_LATIN) : throughScheme(lower, WIKIPEDIA);
  }
  if (from === 'cyrillic') return throughTable(lower, CYRILLIC_ARMENIAN);
  if (to === 'cyrillic') return throughTable(lower, azerbaijani ? AZ_LATIN_TO_CYRILLIC : LATIN_CYRILLIC);
  return throughTable(lower, azerbaijani ? AZ_LATIN_TO_ARMENIAN : LATIN_ARMENIAN);
}

/** The case of the word as written: capitalised, all capitals (two letters or more), or as converted. */
function recase(converted: string, word: string): string {
  const letters = Array.from(word);
  if (letters.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) {
    return converted.toUpperCase();
  }
  if (letters[0] !== letters[0].toLowerCase()) {
    const [first = '', ...rest] = Array.from(converted);
    return first.toUpperCase() + rest.join('');
  }
  return converted;
}

/** Lowercase; the Azerbaijani capital İ becomes i (not i with a combining dot above). */
const lowerWord = (word: string) => word.toLowerCase().replace(/i\u0307/g, 'i');

/**
 * A name in the reader's script, word by word: words in another of Parley's scripts are transliterated, words
 * already in the target script (or in none of the three) stay as written, and so do spaces and punctuation.
 * Pure and deterministic: the server's pages and exports call it alike.
 */
export function transliterateName(name: string, to: DisplayScript): string {
  const text = name.normalize('NFC');
  const lower = text.toLowerCase();
  const azerbaijani = AZ_LATIN_MARK.test(lower) || AZ_CYRILLIC_MARK.test(lower);
  return text
    .split(/([^\p{L}\p{M}]+)/u)
    .map((part, index) => {
      if (index % 2 === 1 || part === '') return part;
      const from = detectScript(part);
      if (from === 'other' || from === to) return part;
      return recase(convertWord(lowerWord(part), from, to, azerbaijani), part);
    })
    .join('');
}

// The names last asked for, in each script: pages of entries and reports ask for the same names again and again.
// A pure function's answers, so a cache changes no result; bounded (the oldest goes first).
const NAMES_REMEMBERED = 20_000;
const remembered = new Map<string, NameInScripts>();

/** A name in each of the three scripts (the same text where it is already written in one). */
export function nameInScripts(name: string): NameInScripts {
  const known = remembered.get(name);
  if (known) return { ...known };
  const names = {
    latin: transliterateName(name, 'latin'),
    cyrillic: transliterateName(name, 'cyrillic'),
    armenian: transliterateName(name, 'armenian'),
  };
  if (remembered.size >= NAMES_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(name, names);
  return { ...names };
}
