import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkRecords } from '../link/link-records.js';
import { scorePairs } from '../link/score-pairs.js';
import { compareNames } from '../names/compare-names.js';
import { buildPersonRecord } from '../records/build-record.js';
import type { PersonRecord, RawRecord } from '../records/types.js';
import { explainPair } from './explain.js';
import { VETO_PROBABILITY } from './names-veto.js';

const record = (raw: RawRecord): PersonRecord => buildPersonRecord(raw).record;

// Two sets of invented name parts with no letter in common but the vowel a: no transliteration, skeleton
// or typo reading takes one to the other. Both start with a, so that blocking on a date and an initial
// still puts the pairs before the model.
const word = (consonants: readonly string[]) =>
  fc
    .array(fc.constantFrom(...consonants), { minLength: 2, maxLength: 3 })
    .map((letters) => `A${letters.map((letter) => `${letter}a`).join('')}`);
const leftWord = word(['l', 'm']);
const rightWord = word(['n', 'r', 's']);

const person = fc.record({
  leftGiven: leftWord,
  leftFamily: leftWord,
  rightGiven: rightWord,
  rightFamily: rightWord,
  year: fc.integer({ min: 1999, max: 2002 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  sex: fc.constantFrom('m', 'f'),
  place: fc.constantFrom('Stepanakert', 'Ganja', 'Goris', 'Barda'),
  unit: fc.integer({ min: 10000, max: 99999 }).map(String),
  document: fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `AN${n}`),
});
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;

/** The same date, place and sex on both sides; the name on each side from its own letters. */
function lists(people: Person[], extra: (p: Person) => { left?: RawRecord; right?: RawRecord } = () => ({})) {
  const date = (p: Person) =>
    `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  const left = people.map((p, i) =>
    record({
      id: `l${i}`,
      full_name: `${p.leftFamily} ${p.leftGiven}`,
      birth_date: date(p),
      birth_place: p.place,
      sex: p.sex,
      ...extra(p).left,
    }),
  );
  const right = people.map((p, i) =>
    record({
      id: `r${i}`,
      full_name: `${p.rightFamily} ${p.rightGiven}`,
      birth_date: date(p),
      birth_place: p.place,
      sex: p.sex,
      ...extra(p).right,
    }),
  );
  return { left, right };
}

const namesShareNothing = ({ left, right }: ReturnType<typeof lists>) =>
  left.every((l, i) => compareNames(l.name, right[i].name).level === 'different');

describe('names veto', () => {
  it('names that share nothing under any reading do not link on birth date, place and sex alone', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), (people) => {
        const pair = lists(people);
        fc.pre(namesShareNothing(pair));
        const result = linkRecords(pair.left, pair.right);
        expect(result.links).toEqual([]);
        for (const probability of scorePairs(pair.left.map((l, i) => [l, pair.right[i]] as const))
          .probabilities)
          expect(probability).toBeLessThanOrEqual(VETO_PROBABILITY + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('but they do link when a document number agrees', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), (people) => {
        const pair = lists(people, (p) => ({
          left: { document_number: p.document },
          right: { document_number: p.document },
        }));
        fc.pre(namesShareNothing(pair) && new Set(people.map((p) => p.document)).size === people.length);
        const linked = linkRecords(pair.left, pair.right).links.map(
          (link) => `${link.leftId}→${link.rightId}`,
        );
        expect(linked.sort()).toEqual(people.map((_, i) => `l${i}→r${i}`).sort());
      }),
      { numRuns: 40 },
    );
  });

  it('and when the birth date, the unit and the place all agree', () => {
    const pair = lists(
      [
        {
          leftGiven: 'Alama',
          leftFamily: 'Amalla',
          rightGiven: 'Anara',
          rightFamily: 'Asarna',
          year: 2001,
          month: 3,
          day: 14,
          sex: 'm',
          place: 'Stepanakert',
          unit: '38201',
          document: '',
        },
      ],
      (p) => ({ left: { unit: `в/ч ${p.unit}` }, right: { unit: `${p.unit} saylı hərbi hissə` } }),
    );
    const { probabilities } = scorePairs([[pair.left[0], pair.right[0]]]);
    expect(probabilities[0]).toBeGreaterThan(0.5);
    const veto = explainPair(scorePairs([[pair.left[0], pair.left[0]]]).model, pair.left[0], pair.right[0]);
    expect(veto.terms.map((term) => term.comparison)).not.toContain('names_veto');
  });

  it('and when the birth date and the address agree, or a document number one typo apart', () => {
    const base = { full_name: 'Amalla Alama', birth_date: '2001-03-14', sex: 'm' };
    const other = { full_name: 'Asarna Anara', birth_date: '2001-03-14', sex: 'm' };
    const at = (extra: RawRecord, id: string, person: RawRecord) => record({ ...person, ...extra, id });
    const address = { address: '12 Hill Street, Goris' };
    const [withAddress] = scorePairs([[at(address, 'l', base), at(address, 'r', other)]]).probabilities;
    expect(withAddress).toBeGreaterThan(VETO_PROBABILITY);
    const [withDocument] = scorePairs([
      [at({ document_number: 'AN1234567' }, 'l', base), at({ document_number: 'AN1234576' }, 'r', other)],
    ]).probabilities;
    expect(withDocument).toBeGreaterThan(VETO_PROBABILITY);
  });

  it('shows in the explanation as a term of its own, so the weight still adds up', () => {
    const pair = lists([
      {
        leftGiven: 'Alama',
        leftFamily: 'Amalla',
        rightGiven: 'Anara',
        rightFamily: 'Asarna',
        year: 2001,
        month: 3,
        day: 14,
        sex: 'm',
        place: 'Goris',
        unit: '',
        document: '',
      },
    ]);
    const { model } = scorePairs([[pair.left[0], pair.right[0]]]);
    const explanation = explainPair(model, pair.left[0], pair.right[0]);
    const veto = explanation.terms.find((term) => term.comparison === 'names_veto');
    expect(veto).toEqual(expect.objectContaining({ levelId: 'veto', label: { key: 'engine.level.veto' } }));
    expect(veto!.matchWeight).toBeLessThan(0);
    const sum = explanation.terms.reduce((total, term) => total + term.matchWeight, explanation.priorWeight);
    expect(explanation.matchWeight).toBeCloseTo(sum, 10);
    expect(explanation.matchProbability).toBeCloseTo(VETO_PROBABILITY, 10);
  });
});
