import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainPair } from '../model/explain.js';
import { buildPersonRecord } from '../records/build-record.js';
import type { PersonRecord, RawRecord } from '../records/types.js';
import { dedupeRecords } from './dedupe-records.js';
import { linkRecords } from './link-records.js';
import { scorePairs } from './score-pairs.js';

const record = (raw: RawRecord): PersonRecord => buildPersonRecord(raw).record;

const GIVEN = ['Nikol', 'Ilham', 'Armen', 'Elçin', 'Vahe', 'Анна', 'Гейдар', 'Արմեն', 'Aysel', 'Hakob'];
const FAMILY = ['Pashinyan', 'Aliyev', 'Məmmədov', 'Օհանյան', 'Петросян', 'Hüseynov', 'Sargsyan', 'Кочарян'];

/** Records of people with a name and a full birth date, distinct ids. */
const peopleList = (minLength: number, maxLength: number) =>
  fc
    .array(
      fc.record({
        given: fc.constantFrom(...GIVEN),
        family: fc.constantFrom(...FAMILY),
        year: fc.integer({ min: 1950, max: 2005 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { minLength, maxLength },
    )
    .map((people) =>
      people.map((person, i) =>
        record({
          id: `p${i}`,
          full_name: `${person.given} ${person.family}`,
          birth_date: `${person.year}-${String(person.month).padStart(2, '0')}-${String(person.day).padStart(2, '0')}`,
        }),
      ),
    );

/** Rows with any Unicode in every recognised field. */
const anyRows = fc.array(
  fc.record({
    full_name: fc.string({ unit: 'binary' }),
    given_name: fc.string({ unit: 'grapheme' }),
    family_name: fc.string({ unit: 'binary' }),
    patronymic: fc.string({ unit: 'grapheme-composite' }),
    sex: fc.string(),
    birth_date: fc.oneof(fc.string(), fc.constantFrom('1990-01-02', '1990', '31.12.1990', '19900230')),
    birth_place: fc.string({ unit: 'binary' }),
    address: fc.string({ unit: 'binary' }),
    document_number: fc.string({ unit: 'binary' }),
    unit: fc.string(),
    rank: fc.string(),
    event_date: fc.string(),
    event_place: fc.string({ unit: 'binary' }),
  }),
  { maxLength: 6 },
);

const withIds = (rows: RawRecord[], prefix: string) =>
  rows.map((row, i) => record({ ...row, id: `${prefix}${i}` }));

const pairSet = (result: ReturnType<typeof linkRecords>) =>
  new Set(result.links.map((link) => `${link.leftId}→${link.rightId}`));

describe('linkRecords', () => {
  it('never throws on records holding any Unicode, and neither do dedupe, pairs and explain', () => {
    fc.assert(
      fc.property(anyRows, anyRows, (leftRows, rightRows) => {
        const left = withIds(leftRows, 'l');
        const right = withIds(rightRows, 'r');
        const result = linkRecords(left, right);
        for (const link of result.links) {
          expect(link.probability).toBeGreaterThanOrEqual(0.5);
          expect(link.probability).toBeLessThanOrEqual(1);
        }
        dedupeRecords([...left, ...right]);
        if (left.length > 0 && right.length > 0) {
          const pairs = left.map((l, i) => [l, right[i % right.length]] as const);
          for (const probability of scorePairs(pairs).probabilities)
            expect(Number.isFinite(probability)).toBe(true);
          const explanation = explainPair(result.model, left[0], right[0]);
          expect(Number.isFinite(explanation.matchWeight)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('links a record to an identical copy of it with probability ≥ 0.99', () => {
    fc.assert(
      fc.property(peopleList(1, 8), peopleList(0, 8), (people, others) => {
        const [person, ...rest] = people;
        const left = [person, ...rest];
        const copy = { ...person, id: 'copy' };
        const right = [...others.map((other) => ({ ...other, id: `o${other.id}` })), copy];
        const result = linkRecords(left, right);
        const link = result.links.find((candidate) => candidate.leftId === person.id);
        // Another identical person (a namesake born the same day) may take the copy instead.
        const same = (a: PersonRecord) => JSON.stringify([a.name, a.birthDate]);
        const twin = rest.some((other) => same(other) === same(person));
        if (!twin) {
          expect(link?.rightId).toBe('copy');
          expect(link?.probability).toBeGreaterThanOrEqual(0.99);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("of two namesakes born the same year, links the one whose father's name agrees", () => {
    const left = [
      record({ id: 'a1', full_name: 'Sargsyan Tigran Hakobovich', sex: 'm', birth_date: '1999' }),
      record({ id: 'a2', full_name: 'Melikyan Ashot', sex: 'm', birth_date: '14.03.1987' }),
    ];
    const right = [
      // Without a father's name, and first on its list: nothing but the father tells it from b2.
      record({ id: 'b1', full_name: 'Саргсян Тигран', sex: 'м', birth_date: '01.01.1999' }),
      record({ id: 'b2', full_name: 'Саргсян Тигран Акопович', sex: 'м', birth_date: '01.01.1999' }),
      record({ id: 'b3', full_name: 'Меликян Ашот', sex: 'м', birth_date: '14.03.1987' }),
    ];
    expect(pairSet(linkRecords(left, right)).has('a1→b2')).toBe(true);
    expect(pairSet(linkRecords(right, left)).has('b2→a1')).toBe(true);
  });

  it('links each record at most once, and swapping the lists gives the same pairs', () => {
    fc.assert(
      fc.property(peopleList(0, 10), peopleList(0, 10), (left, rightPeople) => {
        const right = rightPeople.map((person) => ({ ...person, id: `r${person.id}` }));
        const forward = linkRecords(left, right);
        const lefts = forward.links.map((link) => link.leftId);
        const rights = forward.links.map((link) => link.rightId);
        expect(new Set(lefts).size).toBe(lefts.length);
        expect(new Set(rights).size).toBe(rights.length);
        const backward = linkRecords(right, left);
        const swapped = new Set(backward.links.map((link) => `${link.rightId}→${link.leftId}`));
        expect(swapped).toEqual(pairSet(forward));
      }),
      { numRuns: 60 },
    );
  });

  it('links spellings of one person across scripts and leaves a different person unlinked', () => {
    const left = [
      record({ id: 'a1', full_name: 'Nikol Pashinyan', birth_date: '1975-06-01' }),
      record({ id: 'a2', full_name: 'Ilham Aliyev', birth_date: '1961-12-24' }),
      record({ id: 'a3', full_name: 'Armen Sargsyan', birth_date: '1953-06-23' }),
    ];
    const right = [
      record({ id: 'b1', full_name: 'Ալիև Իլհամ', birth_date: '24.12.1961' }),
      record({ id: 'b2', full_name: 'Пашинян Никол', birth_date: '1975-01-06' }),
      record({ id: 'b3', full_name: 'Elçin Məmmədov', birth_date: '1980' }),
    ];
    const result = linkRecords(left, right);
    expect(pairSet(result)).toEqual(new Set(['a1→b2', 'a2→b1']));
  });
});

describe('dedupeRecords', () => {
  it('puts every record in one cluster named after its first record, the same person together', () => {
    const records = [
      record({ id: '1', full_name: 'Məmmədov Elçin Heydər oğlu', birth_date: '1980-05-05' }),
      record({ id: '2', full_name: 'Armen Petrosyan', birth_date: '1990-01-01' }),
      record({ id: '3', full_name: 'Мамедов Эльчин', birth_date: '05.05.1980' }),
      record({ id: '4', full_name: 'Hakob Hakobyan', birth_date: '1970' }),
    ];
    const { clusters } = dedupeRecords(records);
    expect(clusters).toEqual([
      { id: '1', clusterId: '1' },
      { id: '2', clusterId: '2' },
      { id: '3', clusterId: '1' },
      { id: '4', clusterId: '4' },
    ]);
  });
});

describe('explainPair', () => {
  it('adds up: the match weight is the prior plus every term, and the probability follows from it', () => {
    const left = record({ id: 'l', full_name: 'Nikol Pashinyan', birth_date: '1975-06-01', sex: 'm' });
    const right = record({ id: 'r', full_name: 'Никол Пашинян', birth_date: '1975-01-06', sex: 'm' });
    const { model } = scorePairs([[left, right]]);
    const explanation = explainPair(model, left, right);
    const sum = explanation.terms.reduce((total, term) => total + term.matchWeight, explanation.priorWeight);
    expect(explanation.matchWeight).toBeCloseTo(sum, 10);
    expect(explanation.matchProbability).toBeCloseTo(1 / (1 + 2 ** -sum), 10);
    const byComparison = Object.fromEntries(explanation.terms.map((term) => [term.comparison, term]));
    expect(byComparison.birth_date.levelId).toBe('dayMonthSwap');
    expect(byComparison.birth_date.label.key).toBe('engine.level.dayMonthSwap');
    expect(byComparison.full_name.valueRight).toContain('Пашинян');
    expect(byComparison.full_name.matchWeight).toBeGreaterThan(0);
  });
});
