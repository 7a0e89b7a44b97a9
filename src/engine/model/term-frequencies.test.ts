import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { buildPersonRecords } from '../records/build-record.js';
import { countTermFrequencies, termFrequencyBits } from './term-frequencies.js';
import type { LevelParameters } from './types.js';

const level: LevelParameters = {
  id: 'transliteration',
  label: { key: 'engine.level.transliteration' },
  isNull: false,
  m: 0.8,
  u: 0.0004,
  termFrequency: true,
};

function records(names: { given: string; family: string }[]) {
  return buildPersonRecords(
    names.map((name, i) => ({ id: `r${i}`, given_name: name.given, family_name: name.family })),
  ).records.map(toComparable);
}

/** Forty family names (a few share a coarse key: Ghazaryan and Zakaryan). */
const families = (
  'Babayan Sargsyan Petrosyan Hakobyan Grigoryan Mkrtchyan Khachatryan Hovhannisyan Vardanyan Karapetyan ' +
  'Gevorgyan Harutyunyan Mnatsakanyan Avetisyan Ghazaryan Stepanyan Martirosyan Poghosyan Simonyan Danielyan ' +
  'Tadevosyan Melkonyan Nersisyan Zakaryan Abrahamyan Alaverdyan Israyelyan Tovmasyan Kocharyan Asatryan ' +
  'Mamedov Aliyev Huseynov Hasanov Guliyev Ismayilov Mustafayev Rzayev Jafarov Valiyev'
).split(' ');

describe('term frequencies of names', () => {
  it('counts a given name under all its spellings: Гайк, Hayk and Հայկ are one common name, not three rarer ones', () => {
    // Hayk is met 24 times, written three ways whose coarse keys differ (gai, hai) but which share the fine
    // reading haik; Aram and Karen 8 times each. Each record has its own family name.
    const given = (i: number) => (i < 24 ? ['Гайк', 'Hayk', 'Հայկ'][i % 3] : i < 32 ? 'Aram' : 'Karen');
    const list = records(families.map((family, i) => ({ given: given(i), family })));
    const frequencies = countTermFrequencies([list]);
    const gayk = list[0]; // Гайк Babayan: its coarse key is met only 8 times, as often as Aram's
    const aram = list[24]; // Aram Abrahamyan
    const bits = (record: (typeof list)[number]) =>
      termFrequencyBits('full_name', level, record, record, frequencies);
    // Hayk is three times as common as Aram: log2(3) bits fewer.
    expect(bits(gayk)).toBeLessThan(bits(aram) - 1);
  });

  it('weighs a family name among family names and a given name among given names', () => {
    // "Ali" is everyone's given name, and one person's family name (Rashad Ali): as a family name it is rare.
    const list = records([
      ...families.map((family) => ({ given: 'Ali', family })),
      { given: 'Rashad', family: 'Ali' },
      { given: 'Rashad', family: families[0] },
    ]);
    const frequencies = countTermFrequencies([list]);
    const rashadAli = list[40];
    const aliFamily0 = list[0];
    // Rashad Ali: a family name met once among family names and a rare given name.
    expect(termFrequencyBits('full_name', level, rashadAli, rashadAli, frequencies)).toBeGreaterThan(
      termFrequencyBits('full_name', level, aliFamily0, aliFamily0, frequencies) + 3,
    );
    expect(termFrequencyBits('full_name', level, rashadAli, rashadAli, frequencies)).toBeGreaterThan(0);
  });
});

describe('term frequencies of birth days', () => {
  const dateLevel: LevelParameters = { ...level, id: 'exact' };
  it('does not count 1 January placeholders: a real day is as common as it is among real days', () => {
    // Forty people born on forty different days, and forty whose day is unknown (01.01.YYYY). The
    // placeholders never agree at the exact level; counted, they made every real day look 4 bits rarer.
    const days = Array.from(
      { length: 40 },
      (_, i) =>
        `${String(2 + (i % 27)).padStart(2, '0')}.${String(1 + Math.floor(i / 27) + 1).padStart(2, '0')}.1990`,
    );
    const rows = [
      ...days.map((birth_date, i) => ({ id: `d${i}`, full_name: `Person ${i}`, birth_date })),
      ...days.map((_, i) => ({
        id: `p${i}`,
        full_name: `Other ${i}`,
        birth_date: `01.01.${1980 + (i % 20)}`,
      })),
    ];
    const list = buildPersonRecords(rows).records.map(toComparable);
    const frequencies = countTermFrequencies([list]);
    const bits = termFrequencyBits('birth_date', dateLevel, list[0], list[0], frequencies);
    expect(Math.abs(bits)).toBeLessThan(0.5);
  });
});
