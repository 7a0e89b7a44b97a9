import { describe, expect, it } from 'vitest';
import { dueListVersions, retentionCutoffs } from './policy.js';

describe('retentionCutoffs', () => {
  it('counts each period back from now, and keeps every version when no period is set', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    expect(
      retentionCutoffs({ uploadsDays: 1, sessionsDays: 7, supersededListVersionsDays: null }, now),
    ).toEqual({
      uploadsCreatedBefore: '2026-12-02T10:00:00.000Z',
      signInsBefore: '2026-11-26T10:00:00.000Z',
      versionsSupersededBefore: null,
    });
    expect(
      retentionCutoffs({ uploadsDays: 1, sessionsDays: 7, supersededListVersionsDays: 30 }, now)
        .versionsSupersededBefore,
    ).toBe('2026-11-03T10:00:00.000Z');
  });
});

describe('dueListVersions', () => {
  const versions = [
    { id: 'a1', listId: 'a', number: 1, uploadedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'a2', listId: 'a', number: 2, uploadedAt: '2026-02-01T00:00:00.000Z' },
    { id: 'a3', listId: 'a', number: 3, uploadedAt: '2026-11-30T00:00:00.000Z' },
    { id: 'b1', listId: 'b', number: 1, uploadedAt: '2026-01-01T00:00:00.000Z' },
  ];
  const none = { reconciled: new Set<string>(), pointedTo: new Set<string>() };

  it('takes a version superseded before the cutoff, never the latest of a list', () => {
    // a2 was superseded on 30 November: after the cutoff, so it stays; b1 is the latest of its list.
    expect(dueListVersions(versions, '2026-06-01T00:00:00.000Z', none)).toEqual(['a1']);
    expect(dueListVersions(versions, '2026-12-01T00:00:00.000Z', none)).toEqual(['a1', 'a2']);
  });

  it('keeps a version a reconciliation compared or a person points to', () => {
    const cutoff = '2026-12-01T00:00:00.000Z';
    expect(dueListVersions(versions, cutoff, { reconciled: new Set(['a1']), pointedTo: new Set() })).toEqual([
      'a2',
    ]);
    expect(dueListVersions(versions, cutoff, { reconciled: new Set(), pointedTo: new Set(['a2']) })).toEqual([
      'a1',
    ]);
  });
});
