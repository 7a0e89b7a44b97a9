import { describe, expect, it } from 'vitest';
import {
  buildDiscrepancyReport,
  buildReportView,
  isAcceptedLink,
  pairStatus,
  REPORT_SECTIONS,
  type ReportEntry,
  reportForParty,
  reportSectionPage,
  type SideDiscrepancy,
  upgradeStoredReport,
} from './discrepancy-report.js';
import type { ListEntry } from './types.js';

const entry = (
  id: string,
  partyId: string,
  kind: ListEntry['kind'],
  displayName: string,
  more: Partial<ReportEntry> = {},
): ReportEntry => ({ id, partyId, kind, displayName, ...more });

/** A group's persons without their identity: name, rows, duplicate flag. */
const brief = (group: SideDiscrepancy['claimedMissing']) =>
  group.persons.map(({ name, rows, duplicate }) => ({ name, rows, duplicate }));

/** Every person of a side's claims in exactly one of located / awaiting / not located. */
function expectPartition(side: SideDiscrepancy): void {
  const sections = [side.locatedInOtherList, side.awaitingReview, side.claimedButNotLocated];
  expect(sections.reduce((sum, s) => sum + s.count, 0)).toBe(side.claimedMissing.count);
  const seen = sections.flatMap((s) => s.persons.map((p) => `${p.name}@${p.rows.join(',')}`));
  expect(new Set(seen).size).toBe(seen.length);
}

describe('discrepancy report', () => {
  const entries = [
    entry('am-m1', 'AM', 'missing', 'Արամ Հովհաննիսյան'),
    entry('am-m2', 'AM', 'missing', 'Վահե Պետրոսյան'),
    entry('am-m3', 'AM', 'missing', 'Տիգրան Սարգսյան'),
    entry('az-h1', 'AZ', 'held', 'Арам Оганесян'),
    entry('az-h2', 'AZ', 'held', 'Ваге Петросян'),
    entry('az-h3', 'AZ', 'held', 'Карен Мартиросян'),
    entry('az-m1', 'AZ', 'missing', 'Elçin Məmmədov'),
    entry('am-h1', 'AM', 'held', 'Эльчин Мамедов'),
  ];
  const links = [
    { missingEntryId: 'am-m1', heldEntryId: 'az-h1', probability: 0.99 },
    { missingEntryId: 'am-m2', heldEntryId: 'az-h2', probability: 0.97 },
    { missingEntryId: 'az-m1', heldEntryId: 'am-h1', probability: 0.98 },
  ];

  it('counts, per side, who was claimed, located, held without a claim and claimed without a trace', () => {
    const report = buildDiscrepancyReport({ asOf: '2021-01-11', partyIds: ['AM', 'AZ'], entries, links });
    const [armenia, azerbaijan] = report.sides;
    expect(armenia.claimedMissing.count).toBe(3);
    expect(armenia.locatedInOtherList.names).toEqual(['Արամ Հովհաննիսյան', 'Վահե Պետրոսյան']);
    expect(armenia.heldButNotClaimed.names).toEqual(['Карен Мартиросян']);
    expect(armenia.claimedButNotLocated.names).toEqual(['Տիգրան Սարգսյան']);
    expect(azerbaijan.claimedMissing.count).toBe(1);
    expect(azerbaijan.locatedInOtherList.count).toBe(1);
    expect(azerbaijan.heldButNotClaimed.count).toBe(0);
  });

  it('answers a page of each section with the whole count; the pages together are the full report, in its order', () => {
    const many = [
      ...entries,
      ...['Zara', 'Anna', 'Mher', 'Ashot', 'Gor'].map((name, i) =>
        entry(`am-x${i}`, 'AM', 'missing', `${name} Petrosyan`, { row: 10 + i }),
      ),
    ];
    const input = { asOf: '2021-01-11', partyIds: ['AM', 'AZ'] as const, entries: many, links };
    const full = buildDiscrepancyReport(input);
    const view = buildReportView(input, 'AM', 2);
    expect(view.sides.map((s) => s.partyId)).toEqual(['AM']);
    const [side] = view.sides;
    for (const section of REPORT_SECTIONS) {
      const whole = full.sides[0][section];
      expect(side[section].count).toBe(whole.count);
      expect(side[section].persons).toEqual(whole.persons.slice(0, 2));
      const paged = [...side[section].names];
      for (let offset = side[section].next; offset !== null; ) {
        const page = reportSectionPage(input, 'AM', section, offset, 2)!;
        paged.push(...page.names);
        offset = page.next;
      }
      expect(paged).toEqual(whole.names);
    }
    expect(side.claimedButNotLocated).toMatchObject({ count: 6, offset: 0, next: 2 });
  });

  it('ignores a link between lists of the same party', () => {
    const stray = [{ missingEntryId: 'am-m3', heldEntryId: 'am-h1', probability: 0.99 }];
    const report = buildDiscrepancyReport({
      asOf: '2021-01-11',
      partyIds: ['AM', 'AZ'],
      entries,
      links: stray,
    });
    expect(report.sides[0].locatedInOtherList.count).toBe(0);
  });

  it('counts a person named in two rows of one list once, located or not, and flags them', () => {
    // The same claim twice (same record) and a held person twice: the engine links one row of each.
    const rows = [
      entry('am-m1', 'AM', 'missing', 'Շյուքյուրով Կամիլ', { key: 'k-kamil', row: 2 }),
      entry('am-m2', 'AM', 'missing', 'Շյուքյուրով Կամիլ', { key: 'k-kamil', row: 7 }),
      entry('am-m3', 'AM', 'missing', 'Տիգրան Սարգսյան', { key: 'k-tigran', row: 3 }),
      entry('az-h1', 'AZ', 'held', 'Камил Шюкюров', { key: 'h-kamil', row: 2 }),
      entry('az-h2', 'AZ', 'held', 'Карен Мартиросян', { key: 'h-karen', row: 3 }),
      entry('az-h3', 'AZ', 'held', 'Карен Мартиросян', { key: 'h-karen', row: 4 }),
    ];
    const report = buildDiscrepancyReport({
      asOf: '2021-01-11',
      partyIds: ['AM', 'AZ'],
      entries: rows,
      links: [{ missingEntryId: 'am-m2', heldEntryId: 'az-h1', probability: 0.99 }],
    });
    const [armenia] = report.sides;
    expect(armenia.claimedMissing.count).toBe(2);
    expect(brief(armenia.locatedInOtherList)).toEqual([
      { name: 'Շյուքյուրով Կամիլ', rows: [2, 7], duplicate: true },
    ]);
    expect(armenia.claimedButNotLocated.names).toEqual(['Տիգրան Սարգսյան']);
    expect(brief(armenia.heldButNotClaimed)).toEqual([
      { name: 'Карен Мартиросян', rows: [3, 4], duplicate: true },
    ]);
    expectPartition(armenia);
  });

  it('joins the rows of a duplicate cluster (resolved as one person or not yet resolved)', () => {
    const rows = [
      entry('am-m1', 'AM', 'missing', 'Արամ Հովհաննիսյան', { key: 'a', row: 2 }),
      entry('am-m2', 'AM', 'missing', 'Արամ Հովհանիսյան', { key: 'b', row: 5 }),
      entry('az-h1', 'AZ', 'held', 'Арам Оганесян', { key: 'c', row: 2 }),
    ];
    const input = {
      asOf: '2021-01-11',
      partyIds: ['AM', 'AZ'] as const,
      entries: rows,
      links: [{ missingEntryId: 'am-m1', heldEntryId: 'az-h1', probability: 0.99 }],
    };
    const apart = buildDiscrepancyReport(input).sides[0];
    expect(apart.claimedMissing.count).toBe(2);
    expect(apart.claimedButNotLocated.names).toEqual(['Արամ Հովհանիսյան']);
    const joined = buildDiscrepancyReport({ ...input, sameEntries: [['am-m1', 'am-m2']] }).sides[0];
    expect(joined.claimedMissing.count).toBe(1);
    expect(joined.locatedInOtherList.persons[0]).toMatchObject({ rows: [2, 5], duplicate: true });
    expect(joined.claimedButNotLocated.count).toBe(0);
    // A cluster never joins rows of two different lists.
    const across = buildDiscrepancyReport({ ...input, sameEntries: [['am-m1', 'az-h1']] }).sides[0];
    expect(across.claimedMissing.count).toBe(2);
  });

  it('puts a claim with a pair still to review in "awaiting review", in no other section', () => {
    const report = buildDiscrepancyReport({
      asOf: '2021-01-11',
      partyIds: ['AM', 'AZ'],
      entries,
      links: [{ missingEntryId: 'am-m1', heldEntryId: 'az-h1', probability: 0.99 }],
      pending: [
        { missingEntryId: 'am-m2', heldEntryId: 'az-h2', probability: 0.7 },
        // A pending pair of a claim already located does not make it awaiting too.
        { missingEntryId: 'am-m1', heldEntryId: 'az-h3', probability: 0.6 },
      ],
    });
    const [armenia] = report.sides;
    expect(armenia.locatedInOtherList.names).toEqual(['Արամ Հովհաննիսյան']);
    expect(armenia.awaitingReview.names).toEqual(['Վահե Պետրոսյան']);
    expect(armenia.claimedButNotLocated.names).toEqual(['Տիգրան Սարգսյան']);
    expect(armenia.heldButNotClaimed.count).toBe(0);
    expectPartition(armenia);
  });

  it('classifies a pair once: decisions first, then the engine class', () => {
    expect(pairStatus('matched', null)).toBe('matched');
    expect(pairStatus('matched', 'unsure')).toBe('matched');
    expect(pairStatus('matched', 'rejected')).toBe('rejected');
    expect(pairStatus('review', null)).toBe('to_review');
    expect(pairStatus('review', 'unsure')).toBe('to_review');
    expect(pairStatus('review', 'confirmed')).toBe('confirmed');
    expect(isAcceptedLink('matched', 'rejected')).toBe(false);
    expect(isAcceptedLink('review', 'confirmed')).toBe(true);
    expect(isAcceptedLink('review', null)).toBe(false);
  });

  it('gives a party its own side only, and reads a report stored before persons were counted', () => {
    const report = buildDiscrepancyReport({ asOf: '2021-01-11', partyIds: ['AM', 'AZ'], entries, links });
    expect(reportForParty(report, 'AZ').sides.map((s) => s.partyId)).toEqual(['AZ']);
    const stored = {
      asOf: '2021-01-11',
      sides: [{ partyId: 'AM', otherPartyId: 'AZ', claimedMissing: { count: 1, names: ['X'] } }],
    } as never;
    const upgraded = upgradeStoredReport(stored).sides[0];
    expect(brief(upgraded.claimedMissing)).toEqual([{ name: 'X', rows: [], duplicate: false }]);
    expect(upgraded.claimedMissing.persons[0].names.latin).toBe('X');
    expect(upgraded.awaitingReview).toEqual({ count: 0, names: [], persons: [] });
  });
});
