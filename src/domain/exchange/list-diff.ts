import { buildPersonRecord, dedupeRecords, linkRecords, type PersonRecord } from '../../engine/index.js';
import { LIST_FIELDS, type ListField } from './list-fields.js';
import { entryRawRecord, type ListEntryFields, type NewListEntry } from './list-rows.js';

/** What the diff needs of a stored entry: its row, its fields and its fingerprint. */
export interface DiffableEntry {
  row: number;
  fields: ListEntryFields;
  fingerprint: string;
}

export interface ListDiff<E extends DiffableEntry = DiffableEntry> {
  added: E[];
  removed: E[];
  changed: { before: E; after: E; fields: ListField[] }[];
  unchanged: number;
}

/** A group of entries of one version that the engine takes for one person. */
export interface NewDuplicateCluster {
  /** Indexes into the imported entries. */
  members: number[];
  probability: number;
}

function records(entries: readonly { fields: NewListEntry['fields'] }[], prefix: string): PersonRecord[] {
  return entries.map((entry, i) => buildPersonRecord(entryRawRecord(`${prefix}${i}`, entry.fields)).record);
}

/**
 * What changed from one version of a list to another, person by person: an entry written the same way in both is
 * unchanged; the rest are paired by the engine (one to one), a pair being a changed person with the fields that
 * differ; what is left was removed or added.
 */
export function diffListVersions<E extends DiffableEntry>(
  before: readonly E[],
  after: readonly E[],
): ListDiff<E> {
  const pairedBefore = new Set<number>();
  const pairedAfter = new Set<number>();
  const byFingerprint = new Map<string, number[]>();
  before.forEach((entry, i) => {
    byFingerprint.set(entry.fingerprint, [...(byFingerprint.get(entry.fingerprint) ?? []), i]);
  });
  let unchanged = 0;
  after.forEach((entry, j) => {
    const candidates = byFingerprint.get(entry.fingerprint);
    const i = candidates?.shift();
    if (i === undefined) return;
    pairedBefore.add(i);
    pairedAfter.add(j);
    unchanged++;
  });

  const changed: ListDiff<E>['changed'] = [];
  // Only what is left after the exact pairing goes to the engine: usually a handful of entries out of thousands.
  const restBefore = before.map((_, i) => i).filter((i) => !pairedBefore.has(i));
  const restAfter = after.map((_, j) => j).filter((j) => !pairedAfter.has(j));
  if (restBefore.length > 0 && restAfter.length > 0) {
    const { links } = linkRecords(
      records(
        restBefore.map((i) => before[i] as E),
        'b',
      ),
      records(
        restAfter.map((j) => after[j] as E),
        'a',
      ),
    );
    for (const link of links) {
      const i = restBefore[link.leftIndex];
      const j = restAfter[link.rightIndex];
      if (i === undefined || j === undefined) continue;
      const was = before[i];
      const now = after[j];
      if (!was || !now) continue;
      pairedBefore.add(i);
      pairedAfter.add(j);
      const fields = LIST_FIELDS.filter((field) => (was.fields[field] ?? '') !== (now.fields[field] ?? ''));
      changed.push({ before: was, after: now, fields });
    }
    changed.sort((x, y) => x.after.row - y.after.row);
  }
  return {
    added: after.filter((_, j) => !pairedAfter.has(j)),
    removed: before.filter((_, i) => !pairedBefore.has(i)),
    changed,
    unchanged,
  };
}

/**
 * Within one list a pair needs this probability to be flagged: a list holds few true duplicates, and at the engine's
 * linking default the liaison would be asked about every two people who share a given name.
 */
export const DUPLICATE_THRESHOLD = 0.9;

/** The groups of entries of one version that the engine takes for the same person, with their best probability. */
export function findDuplicateClusters(entries: readonly NewListEntry[]): NewDuplicateCluster[] {
  if (entries.length < 2) return [];
  const result = dedupeRecords(records(entries, 'e'), { threshold: DUPLICATE_THRESHOLD });
  const indexOf = new Map<string, number>(result.clusters.map((c, i) => [c.id, i]));
  const members = new Map<string, number[]>();
  for (const assignment of result.clusters) {
    const index = indexOf.get(assignment.id);
    if (index === undefined) continue;
    members.set(assignment.clusterId, [...(members.get(assignment.clusterId) ?? []), index]);
  }
  const best = new Map<string, number>();
  for (const match of result.matches) {
    const cluster = result.clusters[indexOf.get(match.leftId) ?? -1]?.clusterId;
    if (cluster === undefined) continue;
    best.set(cluster, Math.max(best.get(cluster) ?? 0, match.probability));
  }
  return [...members.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([clusterId, group]) => ({ members: group, probability: best.get(clusterId) ?? 0 }));
}
