import { describe, expect, it } from 'vitest';
import { buildPersonRecord, linkRecords } from '../../../engine/index.js';
import { entryRawRecord, readMappedRows } from '../../exchange/list-rows.js';
import { generateDemoLists } from './demo-lists.js';
import { generateDetaineeLists, pairKey } from './detainee-lists.js';

const ARMENIAN = /[\u0531-\u058F]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const AZERBAIJANI_LATIN = /[əğışçöüƏĞİŞÇÖÜ]/;
const LATIN = /^[A-Za-z .'-]+$/;

describe('the demo lists', () => {
  const files = generateDemoLists();
  const file = (party: string, kind: string) => {
    const found = files.find((f) => f.partyCode === party && f.kind === kind);
    if (!found) throw new Error(`no ${party} ${kind} list`);
    return found;
  };
  const names = (party: string, kind: string) =>
    file(party, kind).rows.map((r) => `${r.values[0]} ${r.values[1]}`);

  it('are the same every time, and another seed gives others', () => {
    expect(generateDemoLists()).toEqual(files);
    expect(generateDemoLists(7)[0]?.rows).not.toEqual(files[0]?.rows);
  });

  it("write the Armenian side's lists in Armenian script and Russian, the Azerbaijani side's in Azerbaijani Latin and Russian", () => {
    for (const kind of ['held', 'missing']) {
      const am = names('AM', kind);
      expect(am.some((n) => ARMENIAN.test(n))).toBe(true);
      expect(am.some((n) => CYRILLIC.test(n))).toBe(true);
      expect(am.every((n) => ARMENIAN.test(n) || CYRILLIC.test(n))).toBe(true);
      const az = names('AZ', kind);
      expect(az.some((n) => AZERBAIJANI_LATIN.test(n))).toBe(true);
      expect(az.some((n) => CYRILLIC.test(n))).toBe(true);
      expect(az.some((n) => ARMENIAN.test(n))).toBe(false);
    }
  });

  it('say who is behind each row: 70 Armenians missing on one side and held on the other, duplicates within a list', () => {
    for (const f of files) expect(f.persons).toHaveLength(f.rows.length);
    const amMissing = new Set(file('AM', 'missing').persons);
    const azHeld = new Set(file('AZ', 'held').persons);
    expect([...azHeld].filter((p) => amMissing.has(p))).toHaveLength(70);
    expect(file('AM', 'missing').persons.length - amMissing.size).toBe(3);
    expect(file('AM', 'missing').rows).toHaveLength(223);
    expect(file('AZ', 'held').rows).toHaveLength(92);
  });

  it('read whole through their mapping, with partial and missing dates here and there', () => {
    for (const f of files) {
      const read = readMappedRows(f.headers, f.rows, f.mapping);
      expect(read.rejects, f.fileName).toEqual([]);
      expect(read.entries.length).toBe(f.rows.length);
      const dates = read.entries.map((e) => e.fields.birth_date ?? '');
      expect(
        dates.some((d) => /^\d{4}$/.test(d)),
        f.fileName,
      ).toBe(true);
      expect(dates.some((d) => d === '') || f.rows.length < 50, f.fileName).toBe(true);
    }
  });

  it("let the engine find the people held by one side in the other side's missing list, and only them", () => {
    const records = (party: string, kind: string) => {
      const f = file(party, kind);
      return readMappedRows(f.headers, f.rows, f.mapping).entries.map(
        (e, i) => buildPersonRecord(entryRawRecord(String(i), e.fields)).record,
      );
    };
    const { links } = linkRecords(records('AM', 'missing'), records('AZ', 'held'), { threshold: 0.8 });
    const personOf = (party: string, kind: string, row: string) => file(party, kind).persons[Number(row)];
    const right = links.filter(
      (l) => personOf('AM', 'missing', l.leftId) === personOf('AZ', 'held', l.rightId),
    );
    // 70 persons are on both lists; 20 held persons are claimed by no one.
    expect(right).toHaveLength(links.length);
    expect(links.length).toBeGreaterThanOrEqual(63);
  });
});

describe('the detainee lists', () => {
  const lists = generateDetaineeLists(2000, 11);

  it('are the same for a seed, with the asked number of rows a side', () => {
    expect(generateDetaineeLists(2000, 11)).toEqual(lists);
    expect(lists.left).toHaveLength(2000);
    expect(lists.right).toHaveLength(2000);
  });

  it('pair exactly the rows of one generated person across the lists', () => {
    const leftOf = new Map(lists.left.map((row) => [row.person, row.id]));
    const expected = new Set(
      lists.right.flatMap((row) => {
        const left = leftOf.get(row.person);
        return left ? [pairKey(left, row.id)] : [];
      }),
    );
    expect(lists.truePairs).toEqual(expected);
    // About 70% of the right list are the left's people.
    expect(lists.truePairs.size / 2000).toBeGreaterThan(0.6);
    expect(lists.truePairs.size / 2000).toBeLessThan(0.8);
  });

  it('make the engine work: other scripts, typos, missing and partial dates, namesakes, duplicates', () => {
    const right = lists.right;
    expect(lists.left.some((r) => ARMENIAN.test(r.full_name))).toBe(true);
    expect(lists.left.some((r) => AZERBAIJANI_LATIN.test(r.full_name))).toBe(true);
    expect(right.filter((r) => CYRILLIC.test(r.full_name)).length).toBeGreaterThan(800);
    expect(right.filter((r) => LATIN.test(r.full_name)).length).toBeGreaterThan(600);
    expect(right.filter((r) => r.birth_date === '').length).toBeGreaterThan(40);
    expect(right.filter((r) => /^\d{4}$/.test(r.birth_date)).length).toBeGreaterThan(100);
    const persons = right.map((r) => r.person);
    expect(new Set(persons).size).toBeLessThan(persons.length);
    const names = new Map<string, Set<number>>();
    for (const r of lists.left) {
      const key = r.full_name.split(' ').sort().join(' ');
      names.set(key, (names.get(key) ?? new Set()).add(r.person));
    }
    expect([...names.values()].some((people) => people.size > 1)).toBe(true);
  });
});
