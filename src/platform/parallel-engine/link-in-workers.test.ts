import { describe, expect, it } from 'vitest';
import { buildPersonRecords, dedupeRecords, linkRecords, type RawRecord } from '../../engine/index.js';
import { dedupeInWorkers, linkInWorkers } from './link-in-workers.js';
import { shareRowStream } from './shared-rows.js';

const GIVEN = [
  'Armen',
  'Aram',
  'Hakob',
  'Elçin',
  'Rəşad',
  'Анна',
  'Гейдар',
  'Արմեն',
  'Aysel',
  'Vahe',
  'Ilham',
];
const FAMILY = ['Petrosyan', 'Aliyev', 'Məmmədov', 'Օհանյան', 'Петросян', 'Hüseynov', 'Sargsyan', 'Кочарян'];

/** A seeded list of people, the right side a mix of the left's people (some misspelled) and others. */
function lists(size: number, seed: number): { left: RawRecord[]; right: RawRecord[] } {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const person = () => ({
    given: pick(GIVEN),
    family: pick(FAMILY),
    born: `${1960 + Math.floor(random() * 40)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    unit: String(1000 + Math.floor(random() * 50)),
  });
  const people = Array.from({ length: size }, person);
  const left = people.map((p, i) => ({
    id: `L${i}`,
    full_name: `${p.given} ${p.family}`,
    birth_date: p.born,
    unit: p.unit,
  }));
  const right = Array.from({ length: size }, (_, i) => {
    const p = random() < 0.7 ? people[Math.floor(random() * size)] : person();
    const family = random() < 0.2 ? `${p.family.slice(0, -1)}a` : p.family;
    return {
      id: `R${i}`,
      full_name: random() < 0.5 ? `${family} ${p.given}` : `${p.given} ${family}`,
      birth_date: random() < 0.1 ? p.born.slice(0, 4) : p.born,
      unit: random() < 0.5 ? p.unit : '',
    };
  });
  return { left, right };
}

const asText = (links: readonly { leftId: string; rightId: string; matchWeight: number }[]) =>
  links.map((link) => `${link.leftId} ${link.rightId} ${link.matchWeight}`);

describe('link and dedupe in worker threads', () => {
  it('give the same links, weights and model whatever the number of workers, as linkRecords does', async () => {
    const { left, right } = lists(700, 7);
    const here = linkRecords(buildPersonRecords(left).records, buildPersonRecords(right).records);
    expect(here.links.length).toBeGreaterThan(100);
    for (const workers of [1, 2, 3]) {
      const there = await linkInWorkers(left, right, { workers }, async (result) => ({
        links: asText(result.links),
        model: result.model,
        candidatePairs: result.candidatePairs,
        explained: (await result.explain(result.links.slice(0, 3))).map((e) => e.matchWeight),
      }));
      expect(there.links).toEqual(asText(here.links));
      expect(there.model).toEqual(here.model);
      expect(there.candidatePairs).toBe(here.candidatePairs);
      expect(there.explained).toEqual(here.links.slice(0, 3).map((link) => link.matchWeight));
    }
  }, 120_000);

  it('give the same clusters whatever the number of workers, as dedupeRecords does', async () => {
    const { left, right } = lists(400, 11);
    const rows = [...left, ...right];
    const here = dedupeRecords(buildPersonRecords(rows).records);
    for (const workers of [1, 2]) {
      const there = await dedupeInWorkers(rows, { workers });
      expect(there.clusters).toEqual(here.clusters);
      expect(there.matches).toEqual(here.matches);
    }
  }, 120_000);

  it('take rows streamed into shared memory one by one as they take rows in an array', async () => {
    const { left, right } = lists(300, 5);
    const stream = async function* (rows: RawRecord[]) {
      yield* rows;
    };
    const fromArrays = await linkInWorkers(left, right, { workers: 2 }, (result) => asText(result.links));
    const streamed = await linkInWorkers(
      await shareRowStream(stream(left)),
      await shareRowStream(stream(right)),
      { workers: 2 },
      (result) => asText(result.links),
    );
    expect(fromArrays.length).toBeGreaterThan(50);
    expect(streamed).toEqual(fromArrays);
  }, 60_000);

  it('report unreadable values with the list and row they came from', async () => {
    const left = [{ id: 'a', full_name: 'Armen Petrosyan', birth_date: '31.02.1990' }];
    const right = [{ id: 'b', full_name: 'Армен Петросян', sex: 'x' }];
    const warnings = await linkInWorkers(left, right, { workers: 1 }, (result) => result.warnings);
    expect(warnings).toEqual([
      {
        side: 0,
        index: 0,
        recordId: 'a',
        field: 'birth_date',
        value: '31.02.1990',
        reason: 'unreadableDate',
      },
      { side: 1, index: 0, recordId: 'b', field: 'sex', value: 'x', reason: 'unreadableSex' },
    ]);
  }, 60_000);
});
