import { describe, expect, it } from 'vitest';
import { generateDemoLists } from '../demo/synthetic-lists/index.js';
import { type DiffableEntry, diffListVersions, findDuplicateClusters } from './list-diff.js';
import { type NewListEntry, readMappedRows } from './list-rows.js';
import { recordFingerprint } from './record-fingerprint.js';

type ExchangeListEntry = NewListEntry & DiffableEntry & { id: string; versionId: string };

function demoEntries(seed: number): NewListEntry[] {
  const file = generateDemoLists(seed).find((f) => f.partyCode === 'AM' && f.kind === 'missing');
  if (!file) throw new Error('no demo list');
  return readMappedRows(file.headers, file.rows, file.mapping).entries;
}

function stored(entries: NewListEntry[], version: string): ExchangeListEntry[] {
  return entries.map((entry, i) => ({
    ...entry,
    id: `${version}-${i}`,
    versionId: version,
    fingerprint: recordFingerprint(entry.fields),
  }));
}

describe('list version diff', () => {
  it('finds the added, removed and changed persons of a re-uploaded list, whatever the row order', () => {
    const first = demoEntries(1);
    const newcomers = demoEntries(2).slice(0, 5);
    const kept = first.slice(5);
    const edited = kept.map((entry, i) =>
      i % 20 === 0 ? { ...entry, fields: { ...entry.fields, birth_place: 'Մարտակերտ' } } : entry,
    );
    const second = [...newcomers, ...edited].reverse().map((entry, i) => ({ ...entry, row: i + 2 }));

    const diff = diffListVersions(stored(first, 'v1'), stored(second, 'v2'));
    expect(diff.removed.map((e) => e.displayName).sort()).toEqual(
      first
        .slice(0, 5)
        .map((e) => e.displayName)
        .sort(),
    );
    expect(diff.added.map((e) => e.displayName).sort()).toEqual(newcomers.map((e) => e.displayName).sort());
    const changedCount = edited.filter((_, i) => i % 20 === 0).length;
    expect(diff.changed).toHaveLength(changedCount);
    for (const change of diff.changed) {
      expect(change.fields).toEqual(['birth_place']);
      expect(change.before.displayName).toBe(change.after.displayName);
    }
    expect(diff.unchanged).toBe(kept.length - changedCount);
  });

  it('flags a person listed twice, in two scripts, as one duplicate cluster', () => {
    const entries: NewListEntry[] = [
      ...demoEntries(3).slice(0, 40),
      {
        row: 100,
        fields: {
          family_name: 'Պետրոսյան',
          given_name: 'Արամ',
          birth_date: '12.05.1990',
          birth_place: 'Գյումրի',
        },
        displayName: 'Պետրոսյան Արամ',
        extras: {},
      },
      {
        row: 101,
        fields: {
          family_name: 'Петросян',
          given_name: 'Арам',
          birth_date: '12.05.1990',
          birth_place: 'Гюмри',
        },
        displayName: 'Петросян Арам',
        extras: {},
      },
    ];
    const clusters = findDuplicateClusters(entries);
    const planted = clusters.find((c) => c.members.includes(40));
    expect(planted?.members.sort()).toEqual([40, 41]);
    expect(planted?.probability).toBeGreaterThanOrEqual(0.9);
  });
});
