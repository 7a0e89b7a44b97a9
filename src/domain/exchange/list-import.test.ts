import { describe, expect, it } from 'vitest';
import { diffIncoming, entriesAfterImport, importEffect } from './list-import.js';
import type { NewListEntry } from './list-rows.js';
import { recordFingerprint } from './record-fingerprint.js';

const entry = (row: number, full_name: string, birth_date?: string): NewListEntry => ({
  row,
  fields: { full_name, ...(birth_date ? { birth_date } : {}) },
  displayName: full_name,
  extras: {},
});
const stored = (e: NewListEntry) => ({ ...e, fingerprint: recordFingerprint(e.fields) });

const CURRENT = [
  entry(2, 'Պետրոսյան Արամ Սերգեյի', '1990-05-12'),
  entry(3, 'Hovhannisyan Davit', '1985'),
  entry(4, 'Sargsyan Narek', '1999-01-02'),
];
const FILE = [
  entry(2, 'Պետրոսյան Արամ Սերգեյի', '1990-05-12'), // unchanged
  entry(3, 'Hovhannisyan Davit', '1986'), // changed
  entry(4, 'Grigoryan Levon', '2001-07-07'), // added
];

describe('importing a file over a list', () => {
  const diff = diffIncoming(CURRENT.map(stored), FILE);

  it('says who is added, removed and changed, person by person', () => {
    expect(diff).toEqual({
      added: [2],
      removed: [2],
      changed: [{ current: 1, incoming: 1, fields: ['birth_date'] }],
      unchanged: 1,
    });
  });

  it('replacing makes the file the list: the person not in it is removed', () => {
    expect(importEffect(diff, 'replace', CURRENT.length)).toMatchObject({
      removed: [2],
      added: [2],
      total: 3,
    });
    expect(entriesAfterImport(CURRENT, FILE, diff, 'replace')).toEqual(FILE);
  });

  it('adding keeps everyone, takes the change and the new person, and never doubles an unchanged one', () => {
    expect(importEffect(diff, 'add', CURRENT.length)).toMatchObject({ removed: [], added: [2], total: 4 });
    const after = entriesAfterImport(CURRENT, FILE, diff, 'add');
    expect(after.map((e) => [e.displayName, e.fields.birth_date])).toEqual([
      ['Պետրոսյան Արամ Սերգեյի', '1990-05-12'],
      ['Hovhannisyan Davit', '1986'],
      ['Sargsyan Narek', '1999-01-02'],
      ['Grigoryan Levon', '2001-07-07'],
    ]);
  });
});
