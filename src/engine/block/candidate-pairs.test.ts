import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { buildPersonRecord } from '../records/build-record.js';
import { candidatePairs } from './candidate-pairs.js';
import {
  DEFAULT_BLOCKING_RULES,
  documentNumberRule,
  nameAndBirthYearRule,
  namePairRule,
  rareNameRule,
} from './rules.js';

const person = (id: string, full_name: string, birth_date = '', document_number = '') =>
  toComparable(buildPersonRecord({ id, full_name, birth_date, document_number }).record);

const asSet = (pairs: ReturnType<typeof candidatePairs>) =>
  new Set(Array.from({ length: pairs.count }, (_, p) => `${pairs.left[p]}-${pairs.right[p]}`));

describe('candidatePairs', () => {
  const left = [
    person('a', 'Nikol Pashinyan', '1975-06-01', 'AN 123 456'),
    person('b', 'Ilham Aliyev', '1961-12-24'),
    person('c', 'Armen Sargsyan', '1953'),
  ];
  const right = [
    person('x', 'Пашинян Никол', '1975'),
    person('y', 'Ilham Əliyev', '1961-12-24'),
    person('z', 'Some One', '', 'an123456'),
  ];

  it('pairs records across scripts and word orders, and by document number', () => {
    const pairs = asSet(
      candidatePairs(left, right, { rules: DEFAULT_BLOCKING_RULES, maxPairsPerBlock: 1000 }),
    );
    expect(pairs.has('0-0')).toBe(true);
    expect(pairs.has('1-1')).toBe(true);
    expect(pairs.has('0-2')).toBe(true);
    expect(pairs.has('2-0')).toBe(false);
  });

  it('unions the rules without repeating a pair', () => {
    const both = candidatePairs(left, right, {
      rules: [nameAndBirthYearRule, documentNumberRule, nameAndBirthYearRule],
      maxPairsPerBlock: 1000,
    });
    expect(both.count).toBe(asSet(both).size);
    expect(asSet(both)).toEqual(new Set(['0-0', '0-2', '1-1']));
  });

  it('within one list gives each pair once, lower index first', () => {
    const list = [...left, ...right];
    const pairs = candidatePairs(list, undefined, { rules: DEFAULT_BLOCKING_RULES, maxPairsPerBlock: 1000 });
    for (let p = 0; p < pairs.count; p++) expect(pairs.left[p]).toBeLessThan(pairs.right[p]);
    expect(asSet(pairs).has('0-3')).toBe(true);
  });

  it('splits a block with more pairs than allowed by a further key, dropping no one', () => {
    // 60 people a side share the name part "petrov" and the year 1980; given names start with six letters (as keys).
    const given = ['Anton', 'Sergei', 'Maxim', 'Gleb', 'Denis', 'Egor'];
    const side = (prefix: string) =>
      Array.from({ length: 60 }, (_, i) => person(`${prefix}${i}`, `${given[i % 6]} Petrov`, '1980'));
    const withoutDate = person('nodate', 'Anton Petrov');
    const yearOnly = person('initialOnly', 'Petrov', '1980');
    const left = [...side('l'), yearOnly];
    const right = [...side('r'), withoutDate];
    const pairs = asSet(
      candidatePairs(left, right, { rules: [nameAndBirthYearRule], maxPairsPerBlock: 100 }),
    );
    // Within each given-name initial every pair is kept; across initials none.
    expect(pairs.has('0-6')).toBe(true);
    expect(pairs.has('0-1')).toBe(false);
    // A record without the further key (no other name part) stays with every part of the block.
    expect(pairs.has('60-0')).toBe(true);
    expect(pairs.has('60-1')).toBe(true);
    expect(pairs.size).toBe(6 * 10 * 10 + 60);
  });

  it('pairs a record without the further key only with those that agree on every later key both have', () => {
    const anton = (id: string, birth_date: string, birth_place: string) =>
      toComparable(buildPersonRecord({ id, full_name: 'Anton Petrov', birth_date, birth_place }).record);
    const place = (i: number) => (i % 2 === 0 ? 'Yerevan' : 'Gyumri');
    const day = (i: number) => `1980-01-${String(i + 1).padStart(2, '0')}`;
    const right = Array.from({ length: 20 }, (_, i) => anton(`r${i}`, day(i), place(i)));
    const left = [
      ...Array.from({ length: 20 }, (_, i) => anton(`l${i}`, day(i), place(i))),
      anton('x', '', 'Yerevan'),
    ];
    const pairs = asSet(candidatePairs(left, right, { rules: [namePairRule], maxPairsPerBlock: 100 }));
    // Too large whole (21 × 20 pairs): split by the day of birth, each left record with its right twin.
    expect(pairs.has('3-3')).toBe(true);
    expect(pairs.has('3-4')).toBe(false);
    // The one without a date meets everyone born in Yerevan, no one born in Gyumri.
    const undated = [...pairs].filter((pair) => pair.startsWith('20-'));
    expect(undated).toEqual(Array.from({ length: 10 }, (_, i) => `20-${2 * i}`));
  });

  it('keeps a block whole when no further key splits it, and skips it only for a rule of rare values', () => {
    const many = Array.from({ length: 30 }, (_, i) => person(`p${i}`, 'Ivan Petrov', '1980'));
    const kept = candidatePairs(many, many, { rules: [nameAndBirthYearRule], maxPairsPerBlock: 100 });
    expect(kept.count).toBe(30 * 30);
    const rare = candidatePairs(many, many, { rules: [rareNameRule], maxPairsPerBlock: 100 });
    expect(rare.count).toBe(0);
  });
});
