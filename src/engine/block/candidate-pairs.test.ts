import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { buildPersonRecord } from '../records/build-record.js';
import { candidatePairs } from './candidate-pairs.js';
import { DEFAULT_BLOCKING_RULES, documentNumberRule, nameAndBirthYearRule } from './rules.js';

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

  it('skips a block with more pairs than allowed', () => {
    const many = Array.from({ length: 30 }, (_, i) => person(`p${i}`, 'Ivan Petrov', '1980'));
    const capped = candidatePairs(many, many, { rules: [nameAndBirthYearRule], maxPairsPerBlock: 100 });
    expect(capped.count).toBe(0);
  });
});
