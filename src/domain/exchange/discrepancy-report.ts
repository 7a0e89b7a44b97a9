import { type PersonIdentity, personIdentity } from './person-identity.js';
import type { ClaimLink, ListEntry, ReviewDecision } from './types.js';

/**
 * Where a pair of a run stands, the one classification the pairs page, the run page, the review queue and the
 * report share: confirmed or rejected by the coordinator, else matched by the engine (at or above the upper
 * threshold; an "unsure" on such a pair leaves it matched) or to review (between the thresholds, or unsure).
 */
export const PAIR_STATUSES = ['matched', 'confirmed', 'to_review', 'rejected'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export function pairStatus(pairClass: 'matched' | 'review', decision: ReviewDecision | null): PairStatus {
  if (decision === 'confirmed') return 'confirmed';
  if (decision === 'rejected') return 'rejected';
  return pairClass === 'matched' ? 'matched' : 'to_review';
}

/**
 * A pair of a run counts as a link in the report when the coordinator confirmed it, or when the engine matched it
 * (at or above the upper threshold) and no one rejected it.
 */
export function isAcceptedLink(pairClass: 'matched' | 'review', decision: ReviewDecision | null): boolean {
  const status = pairStatus(pairClass, decision);
  return status === 'matched' || status === 'confirmed';
}

/**
 * One person of a report: the name as written (in the person's first row), what tells namesakes apart, and the rows
 * of the list that are this person (two or more: a duplicate, counted once and flagged).
 */
export interface ReportPerson {
  name: string;
  names: PersonIdentity['names'];
  birthDate: string | null;
  listId: string | null;
  /** The rows of the list (file rows, ascending) that are this person; empty when unknown. */
  rows: number[];
  /** True when the list names this person in more than one row. */
  duplicate: boolean;
}

export interface NamedCount {
  count: number;
  /** The persons' names as written, in the order of `persons`. */
  names: string[];
  persons: ReportPerson[];
}

/**
 * What one party claimed and what the other side's holdings say about it, as of a date. Each claimed person is in
 * exactly one of located / awaiting review / not located; each person the other side holds is claimed (linked),
 * awaiting review, or in held-but-not-claimed.
 */
export interface SideDiscrepancy {
  partyId: string;
  /** The other party, whose held list was searched. */
  otherPartyId: string;
  claimedMissing: NamedCount;
  locatedInOtherList: NamedCount;
  /** Claimed persons with no accepted link but a pair still to review: to confirm. */
  awaitingReview: NamedCount;
  heldButNotClaimed: NamedCount;
  claimedButNotLocated: NamedCount;
}

export interface DiscrepancyReport {
  asOf: string;
  sides: SideDiscrepancy[];
}

/** The sections of a side, each a group of persons. */
export const REPORT_SECTIONS = [
  'claimedMissing',
  'locatedInOtherList',
  'awaitingReview',
  'heldButNotClaimed',
  'claimedButNotLocated',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** A page of a section: its count, persons `offset` onwards, and where the next page starts (null: the last). */
export interface NamedCountPage extends NamedCount {
  offset: number;
  next: number | null;
}

/** The report as read on screen: every count, and the first page of each section's persons. */
export interface DiscrepancyReportView {
  asOf: string;
  sides: SideDiscrepancyView[];
}

/** A side as read on screen: the sections of `SideDiscrepancy`, each a first page. */
export interface SideDiscrepancyView {
  partyId: string;
  otherPartyId: string;
  claimedMissing: NamedCountPage;
  locatedInOtherList: NamedCountPage;
  awaitingReview: NamedCountPage;
  heldButNotClaimed: NamedCountPage;
  claimedButNotLocated: NamedCountPage;
}

/** A list entry as the report reads it: its key groups the rows of one list that are the same record. */
export interface ReportEntry extends ListEntry {
  /** The record's fingerprint (or its hash): rows of one list with the same key are one person. */
  key?: string;
  /** The row of the file it came from. */
  row?: number;
}

export interface DiscrepancyInput {
  asOf: string;
  partyIds: readonly [string, string];
  entries: readonly ReportEntry[];
  /** Accepted links only: matched above the upper threshold or confirmed, never rejected ones. */
  links: readonly ClaimLink[];
  /** Pairs still to review (status `to_review`): their claims are awaiting review, not "not located". */
  pending?: readonly ClaimLink[];
  /**
   * Entries of one list that are one person (duplicate clusters unresolved or resolved as the same person; a
   * cluster resolved as different persons is left out by the caller).
   */
  sameEntries?: readonly (readonly string[])[];
}

/** Groups each list's entries into persons: same key, or named together in `sameEntries` (union–find). */
function groupPersons(input: DiscrepancyInput): Map<string, ReportEntry[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let at = id; at !== root; ) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const byId = new Map<string, ReportEntry>();
  for (const entry of input.entries) {
    byId.set(entry.id, entry);
    parent.set(entry.id, entry.id);
  }
  const union = (a: string, b: string) => {
    const ea = byId.get(a);
    const eb = byId.get(b);
    // Only rows of one list are ever one person here: a cluster never spans lists.
    if (!ea || !eb || ea.partyId !== eb.partyId || ea.kind !== eb.kind) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const firstByKey = new Map<string, string>();
  for (const entry of input.entries) {
    if (entry.key === undefined) continue;
    const listKey = `${entry.partyId}\u0000${entry.kind}\u0000${entry.key}`;
    const first = firstByKey.get(listKey);
    if (first === undefined) firstByKey.set(listKey, entry.id);
    else union(first, entry.id);
  }
  for (const cluster of input.sameEntries ?? []) {
    for (const id of cluster.slice(1)) union(cluster[0], id);
  }
  const groups = new Map<string, ReportEntry[]>();
  for (const entry of input.entries) {
    const root = find(entry.id);
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  }
  return groups;
}

function toPerson(members: readonly ReportEntry[]): ReportPerson {
  const sorted = [...members].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const name = sorted[0].displayName;
  const identity = personIdentity(
    name,
    sorted.map((entry) => ({ birth_date: entry.birthDate, source_id: entry.listId })),
  );
  return {
    name,
    names: identity.names,
    birthDate: identity.birthDate,
    listId: identity.listIds[0] ?? null,
    rows: sorted.flatMap((entry) => (entry.row === undefined ? [] : [entry.row])),
    duplicate: members.length > 1,
  };
}

// The order of `String.prototype.localeCompare` with no locale, at a fraction of its cost per comparison.
const byName = new Intl.Collator().compare;

/** A section's persons in the report's order (by name as written, then first row), not yet turned into persons. */
function sortedGroups(groups: readonly (readonly ReportEntry[])[]): (readonly ReportEntry[])[] {
  const keyed = groups.map((group) => {
    const first = group.reduce((a, b) => ((b.row ?? 0) < (a.row ?? 0) ? b : a));
    const rows = group.flatMap((entry) => (entry.row === undefined ? [] : [entry.row]));
    return { group, name: first.displayName, row: rows.length ? Math.min(...rows) : 0 };
  });
  keyed.sort((a, b) => byName(a.name, b.name) || a.row - b.row);
  return keyed.map((k) => k.group);
}

/** Persons `offset` to `offset + limit` of a sorted section: only they are turned into persons (names in scripts). */
function pageOf(sorted: readonly (readonly ReportEntry[])[], offset: number, limit: number): NamedCountPage {
  const persons = sorted.slice(offset, offset + limit).map(toPerson);
  const end = offset + persons.length;
  return {
    count: sorted.length,
    names: persons.map((p) => p.name),
    persons,
    offset,
    next: end < sorted.length ? end : null,
  };
}

/** One side's sections as groups of entries (persons not yet built). */
function sideGroups(
  partyId: string,
  otherPartyId: string,
  input: DiscrepancyInput,
  persons: readonly ReportEntry[][],
): { partyId: string; otherPartyId: string; sections: Record<ReportSection, ReportEntry[][]> } {
  const claimed = persons.filter((group) => group[0].partyId === partyId && group[0].kind === 'missing');
  const heldByOther = persons.filter(
    (group) => group[0].partyId === otherPartyId && group[0].kind === 'held',
  );
  const claimedIds = new Set(claimed.flat().map((entry) => entry.id));
  const heldIds = new Set(heldByOther.flat().map((entry) => entry.id));
  const between = (links: readonly ClaimLink[]) =>
    links.filter((link) => claimedIds.has(link.missingEntryId) && heldIds.has(link.heldEntryId));
  const accepted = between(input.links);
  const pending = between(input.pending ?? []);
  const locatedIds = new Set(accepted.map((link) => link.missingEntryId));
  const pendingIds = new Set(pending.map((link) => link.missingEntryId));
  const claimedHeldIds = new Set(accepted.map((link) => link.heldEntryId));
  const pendingHeldIds = new Set(pending.map((link) => link.heldEntryId));
  const any = (group: readonly ReportEntry[], ids: Set<string>) => group.some((entry) => ids.has(entry.id));

  const located = claimed.filter((group) => any(group, locatedIds));
  const awaiting = claimed.filter((group) => !any(group, locatedIds) && any(group, pendingIds));
  const notLocated = claimed.filter((group) => !any(group, locatedIds) && !any(group, pendingIds));
  return {
    partyId,
    otherPartyId,
    sections: {
      claimedMissing: claimed,
      locatedInOtherList: located,
      awaitingReview: awaiting,
      heldButNotClaimed: heldByOther.filter(
        (group) => !any(group, claimedHeldIds) && !any(group, pendingHeldIds),
      ),
      claimedButNotLocated: notLocated,
    },
  };
}

/** The sides to compute: both, or the one of `partyId` (a liaison's own side). */
function sidesOf(input: DiscrepancyInput, partyId: string | null) {
  const [a, b] = input.partyIds;
  const persons = [...groupPersons(input).values()];
  return [
    [a, b],
    [b, a],
  ]
    .filter(([own]) => partyId === null || own === partyId)
    .map(([own, other]) => sideGroups(own, other, input, persons));
}

function sectionsOf<S, T>(
  sections: Record<ReportSection, S>,
  each: (section: S) => T,
): Record<ReportSection, T> {
  return {
    claimedMissing: each(sections.claimedMissing),
    locatedInOtherList: each(sections.locatedInOtherList),
    awaitingReview: each(sections.awaitingReview),
    heldButNotClaimed: each(sections.heldButNotClaimed),
    claimedButNotLocated: each(sections.claimedButNotLocated),
  };
}

/**
 * A report computed once and read page by page: each side's sections in the report's order, persons built only for
 * the pages read (a hundred thousand persons are sorted once, then each page costs its own persons).
 */
export interface SortedReport {
  asOf: string;
  sides: {
    partyId: string;
    otherPartyId: string;
    sections: Record<ReportSection, (readonly ReportEntry[])[]>;
  }[];
}

/** Sorts the report of `input` (both sides, or the one of `partyId`) for reading page by page. */
export function sortReport(input: DiscrepancyInput, partyId: string | null = null): SortedReport {
  return {
    asOf: input.asOf,
    sides: sidesOf(input, partyId).map((s) => ({
      partyId: s.partyId,
      otherPartyId: s.otherPartyId,
      sections: sectionsOf(s.sections, sortedGroups),
    })),
  };
}

const sidesFor = (report: SortedReport, partyId: string | null) =>
  report.sides.filter((s) => partyId === null || s.partyId === partyId);

/**
 * The discrepancy report, per side: persons a party claims missing; of them those located in the other side's held
 * list, those with a pair still to review and those not located; and persons the other side holds that the party
 * did not claim. A person is counted once however many rows of a list name them (same record, or a duplicate
 * cluster not resolved as different persons), and flagged as a duplicate. The run page and the report both read
 * this one computation. `partyId`: that party's side only.
 */
export function fullReport(report: SortedReport, partyId: string | null): DiscrepancyReport {
  return {
    asOf: report.asOf,
    sides: sidesFor(report, partyId).map((s) => ({
      partyId: s.partyId,
      otherPartyId: s.otherPartyId,
      ...sectionsOf(s.sections, (sorted) => {
        const { count, names, persons } = pageOf(sorted, 0, Number.POSITIVE_INFINITY);
        return { count, names, persons };
      }),
    })),
  };
}

/**
 * The report as a page to read: each section's count and its first `limit` persons (the rest by `sectionPage`).
 * Only the persons shown are built, so a report of a hundred thousand persons answers in a few hundred kilobytes.
 */
export function reportView(
  report: SortedReport,
  partyId: string | null,
  limit: number,
): DiscrepancyReportView {
  return {
    asOf: report.asOf,
    sides: sidesFor(report, partyId).map((s) => ({
      partyId: s.partyId,
      otherPartyId: s.otherPartyId,
      ...sectionsOf(s.sections, (sorted) => pageOf(sorted, 0, limit)),
    })),
  };
}

/** A page of one section of `partyId`'s side: `limit` persons from `offset`, in the report's order. */
export function sectionPage(
  report: SortedReport,
  partyId: string,
  section: ReportSection,
  offset: number,
  limit: number,
): NamedCountPage | null {
  const side = sidesFor(report, partyId)[0];
  return side ? pageOf(side.sections[section], offset, limit) : null;
}

/** The whole report of `input` at once (see `fullReport`). */
export function buildDiscrepancyReport(
  input: DiscrepancyInput,
  partyId: string | null = null,
): DiscrepancyReport {
  return fullReport(sortReport(input, partyId), partyId);
}

/** The report of `input` as a page to read (see `reportView`). */
export function buildReportView(
  input: DiscrepancyInput,
  partyId: string | null,
  limit: number,
): DiscrepancyReportView {
  return reportView(sortReport(input, partyId), partyId, limit);
}

/** A page of one section of `partyId`'s side of the report of `input` (see `sectionPage`). */
export function reportSectionPage(
  input: DiscrepancyInput,
  partyId: string,
  section: ReportSection,
  offset: number,
  limit: number,
): NamedCountPage | null {
  return sectionPage(sortReport(input, partyId), partyId, section, offset, limit);
}

/** A report already built (a published one) as a page to read: each section's first `limit` persons. */
export function pageReport(report: DiscrepancyReport, limit: number): DiscrepancyReportView {
  return {
    asOf: report.asOf,
    sides: report.sides.map((s) => ({
      partyId: s.partyId,
      otherPartyId: s.otherPartyId,
      ...sectionsOf(
        {
          claimedMissing: s.claimedMissing,
          locatedInOtherList: s.locatedInOtherList,
          awaitingReview: s.awaitingReview,
          heldButNotClaimed: s.heldButNotClaimed,
          claimedButNotLocated: s.claimedButNotLocated,
        },
        (group) => slicePage(group, 0, limit),
      ),
    })),
  };
}

/** A page of a section of a report already built. */
export function slicePage(group: NamedCount, offset: number, limit: number): NamedCountPage {
  const persons = group.persons.slice(offset, offset + limit);
  const end = offset + persons.length;
  return {
    count: group.count,
    names: group.names.slice(offset, offset + limit),
    persons,
    offset,
    next: end < group.persons.length ? end : null,
  };
}

/** The report as one party may read it: its own side only (the other party's counts and names stay out). */
export function reportForParty(report: DiscrepancyReport, partyId: string): DiscrepancyReport {
  return { asOf: report.asOf, sides: report.sides.filter((s) => s.partyId === partyId) };
}

const EMPTY: NamedCount = { count: 0, names: [], persons: [] };

/**
 * A report stored before persons and awaiting review were counted (or before persons carried their rows): every
 * name a person of its own, the identity from the name alone where none was kept.
 */
export function upgradeStoredReport(report: DiscrepancyReport): DiscrepancyReport {
  const group = (value: Partial<NamedCount> | undefined): NamedCount => {
    if (!value) return EMPTY;
    const names = value.names ?? [];
    return {
      count: value.count ?? names.length,
      names,
      persons: names.map((name, i): ReportPerson => {
        const kept: Partial<ReportPerson> | undefined = value.persons?.[i];
        return {
          name,
          names: kept?.names ?? personIdentity(name, []).names,
          birthDate: kept?.birthDate ?? null,
          listId: kept?.listId ?? null,
          rows: kept?.rows ?? [],
          duplicate: kept?.duplicate ?? false,
        };
      }),
    };
  };
  return {
    asOf: report.asOf,
    sides: report.sides.map((s) => ({
      partyId: s.partyId,
      otherPartyId: s.otherPartyId,
      claimedMissing: group(s.claimedMissing),
      locatedInOtherList: group(s.locatedInOtherList),
      awaitingReview: group(s.awaitingReview),
      heldButNotClaimed: group(s.heldButNotClaimed),
      claimedButNotLocated: group(s.claimedButNotLocated),
    })),
  };
}
