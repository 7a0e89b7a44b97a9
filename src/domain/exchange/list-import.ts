import { type DiffableEntry, diffListVersions } from './list-diff.js';
import type { ListField } from './list-fields.js';
import type { NewListEntry } from './list-rows.js';
import { recordFingerprint } from './record-fingerprint.js';

/**
 * What a new file does to a list that has a version already: `replace` makes the file the whole list (persons not
 * in it are removed), `add` keeps everyone and brings in the file's new persons and the file's changes to persons
 * already there. Neither is assumed: the liaison chooses.
 */
export const IMPORT_MODES = ['replace', 'add'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** The diff of a file against the current version, by position: indexes into the current and the file's entries. */
export interface IncomingDiff {
  /** File entries of persons not in the list. */
  added: number[];
  /** Current entries of persons not in the file. */
  removed: number[];
  /** The same person in both, written differently (paired by the engine). */
  changed: { current: number; incoming: number; fields: ListField[] }[];
  /** Persons written the same way in both. */
  unchanged: number;
}

/** The file's entries against the current version's, person by person (see `diffListVersions`). */
export function diffIncoming(
  current: readonly DiffableEntry[],
  incoming: readonly NewListEntry[],
): IncomingDiff {
  const before = current.map((entry, index) => ({
    row: entry.row,
    fields: entry.fields,
    fingerprint: entry.fingerprint,
    index,
  }));
  const after = incoming.map((entry, index) => ({
    row: entry.row,
    fields: entry.fields,
    fingerprint: recordFingerprint(entry.fields),
    index,
  }));
  const diff = diffListVersions(before, after);
  return {
    added: diff.added.map((entry) => entry.index),
    removed: diff.removed.map((entry) => entry.index),
    changed: diff.changed.map((pair) => ({
      current: pair.before.index,
      incoming: pair.after.index,
      fields: pair.fields,
    })),
    unchanged: diff.unchanged,
  };
}

/** What an import in `mode` does to the list, as indexes (see `IncomingDiff`) and the size of the new version. */
export interface ImportEffect {
  mode: ImportMode;
  added: number[];
  removed: number[];
  changed: IncomingDiff['changed'];
  unchanged: number;
  /** Persons in the new version. */
  total: number;
}

export function importEffect(diff: IncomingDiff, mode: ImportMode, currentCount: number): ImportEffect {
  if (mode === 'replace') {
    return {
      mode,
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed,
      unchanged: diff.unchanged,
      total: diff.added.length + diff.changed.length + diff.unchanged,
    };
  }
  return {
    mode,
    added: diff.added,
    removed: [],
    changed: diff.changed,
    unchanged: diff.unchanged,
    total: currentCount + diff.added.length,
  };
}

/**
 * The entries of the new version: the file's for `replace`; for `add`, every current entry (a changed person's in
 * the file's writing), then the file's new persons. A person written the same way in both is kept once.
 */
export function entriesAfterImport(
  current: readonly NewListEntry[],
  incoming: readonly NewListEntry[],
  diff: IncomingDiff,
  mode: ImportMode,
): NewListEntry[] {
  if (mode === 'replace') return [...incoming];
  const changedTo = new Map(diff.changed.map((pair) => [pair.current, pair.incoming]));
  const kept = current.map((entry, index) => {
    const incomingIndex = changedTo.get(index);
    return incomingIndex === undefined ? entry : (incoming[incomingIndex] ?? entry);
  });
  return [...kept, ...diff.added.flatMap((index) => incoming[index] ?? [])];
}
