import { describe, expect, it } from 'vitest';
import { FAKER_NAMES } from '../../src/domain/demo/synthetic-lists/index.js';
import { compareNames, type NameInput, parseName } from '../../src/engine/index.js';
import {
  ARMENIAN_LATIN_BGN,
  ARMENIAN_LATIN_ICU,
  AZERBAIJANI_LATIN_BGN,
} from '../../src/engine/names/tables/cldr-letters.js';
import { type RomanisationScheme, RUSSIAN_SCHEMES } from '../../src/engine/names/tables/iuliia-schemes.js';

// Names written under the published standards (tables derived from iuliia and ICU/CLDR) must meet the
// original: a check of the names layer on generic names that no rule was written from (every fourth name of the
// synthetic lists' faker names).

const sample = (names: readonly string[]): string[] => names.filter((_n, i) => i % 4 === 0);

/** Romanises one Russian word by an iuliia scheme (endings, then letters in context). */
function romanise(word: string, s: RomanisationScheme): string {
  const w = word.toLowerCase();
  let stem = w;
  let tail = '';
  for (const [end, lat] of Object.entries(s.ending)) {
    if (w.length > end.length && w.endsWith(end)) {
      stem = w.slice(0, -end.length);
      tail = lat;
      break;
    }
  }
  let out = '';
  const chars = Array.from(stem);
  chars.forEach((c, i) => {
    const prev = `${chars[i - 1] ?? ' '}${c}`;
    const next = `${c}${chars[i + 1] ?? ' '}`;
    out += s.prev[prev] ?? s.next[next] ?? s.mapping[c] ?? c;
  });
  return out + tail;
}

function mapLetters(word: string, map: Record<string, string>): string {
  const w = word.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; ) {
    const two = w.slice(i, i + 2);
    if (map[two] !== undefined) {
      out += map[two];
      i += 2;
    } else {
      out += map[w[i]] ?? w[i];
      i += 1;
    }
  }
  return out;
}

const MEET = new Set(['exact', 'transliteration']);

function meetRate(pairs: [string, string][], role: keyof NameInput): { rate: number; misses: string[] } {
  const misses: string[] = [];
  for (const [a, b] of pairs) {
    const level = compareNames(parseName({ [role]: a }), parseName({ [role]: b })).level;
    if (!MEET.has(level)) misses.push(`${a} / ${b}: ${level}`);
  }
  return { rate: 1 - misses.length / pairs.length, misses };
}

const ru = FAKER_NAMES.ru_RU;
const ruGiven = [...sample(ru.first_names_male), ...sample(ru.first_names_female)];
const ruFamily = [...sample(ru.last_names_male), ...sample(ru.last_names_female)];
const ruPatronymic = [...sample(ru.middle_names_male), ...sample(ru.middle_names_female)];

describe('Russian names under every romanisation scheme meet the Cyrillic', () => {
  it.each(RUSSIAN_SCHEMES.map((s) => [s.name, s] as const))('%s', (_name, scheme) => {
    for (const [list, role] of [
      [ruGiven, 'given'],
      [ruFamily, 'family'],
      [ruPatronymic, 'patronymic'],
    ] as const) {
      const { rate, misses } = meetRate(
        list.map((n) => [n, romanise(n, scheme)]),
        role,
      );
      if (process.env.NAMES_RATES)
        console.log(scheme.name, role, rate.toFixed(3), misses.slice(0, 4).join('; '));
      expect(rate, `${scheme.name} ${role}: ${misses.slice(0, 8).join('; ')}`).toBeGreaterThanOrEqual(0.98);
    }
  });
});

describe('Armenian names in Latin meet the Armenian script', () => {
  const hy = FAKER_NAMES.hy_AM;
  const given = [...sample(hy.first_names_male), ...sample(hy.first_names_female)];
  const family = sample(hy.last_names);
  it.each([
    ['BGN/PCGN', ARMENIAN_LATIN_BGN],
    ['ICU (ISO 9985 style)', ARMENIAN_LATIN_ICU],
  ])('%s', (_name, map) => {
    for (const [list, role] of [
      [given, 'given'],
      [family, 'family'],
    ] as const) {
      const { rate, misses } = meetRate(
        list.map((n) => [n, mapLetters(n, { և: 'ev', ...map })]),
        role,
      );
      expect(rate, `${role}: ${misses.slice(0, 8).join('; ')}`).toBeGreaterThanOrEqual(0.98);
    }
  });
});

describe('Azerbaijani names meet between Latin and Cyrillic', () => {
  const az = FAKER_NAMES.az_AZ;
  const toCyrillic: Record<string, string> = {};
  for (const [cyr, lat] of Object.entries(AZERBAIJANI_LATIN_BGN)) {
    if (/^[a-zəğıöüçş]$/u.test(lat) && !(lat in toCyrillic)) toCyrillic[lat] = cyr;
  }
  it.each([
    ['given', [...sample(az.first_names_male), ...sample(az.first_names_female)]],
    [
      'family',
      [...sample(az.last_names_male), ...sample(az.last_names_female), ...sample(az.last_names_unisex)],
    ],
  ] as const)('%s names', (role, list) => {
    const { rate, misses } = meetRate(
      list.map((n) => [n, mapLetters(n.replace(/I/g, 'ı').replace(/İ/g, 'i'), toCyrillic)]),
      role,
    );
    expect(rate, misses.slice(0, 8).join('; ')).toBeGreaterThanOrEqual(0.98);
  });
});
