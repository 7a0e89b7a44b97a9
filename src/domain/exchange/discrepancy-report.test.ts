import { describe, expect, it } from 'vitest';
import { buildDiscrepancyReport } from './discrepancy-report.js';
import type { ListEntry } from './types.js';

const entry = (id: string, partyId: string, kind: ListEntry['kind'], displayName: string): ListEntry => ({
  id,
  partyId,
  kind,
  displayName,
});

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
});
