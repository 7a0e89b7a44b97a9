import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from './reconciliation.js';
import { recordFingerprint } from './record-fingerprint.js';

describe('reconciliation', () => {
  const pairs = [
    { leftKey: 'L1', rightKey: 'R1', probability: 0.99 },
    { leftKey: 'L2', rightKey: 'R2', probability: 0.7 },
    { leftKey: 'L3', rightKey: 'R3', probability: 0.6 },
    { leftKey: 'L4', rightKey: 'R4', probability: 0.2 },
  ];

  it('matches above the upper threshold, reviews between, leaves the rest unmatched', () => {
    const result = reconcile(['L1', 'L2', 'L3', 'L4'], ['R1', 'R2', 'R3', 'R4'], pairs, []);
    expect(result.matched.map((p) => p.leftKey)).toEqual(['L1']);
    expect(result.toReview.map((p) => p.leftKey)).toEqual(['L2', 'L3']);
    expect(result.unmatchedLeft).toEqual(['L4']);
    expect(result.unmatchedRight).toEqual(['R4']);
  });

  it('keeps earlier decisions while both records exist, and only new pairs need review', () => {
    const decisions = [
      { leftKey: 'L2', rightKey: 'R2', decision: 'confirmed' as const },
      { leftKey: 'L3', rightKey: 'R3', decision: 'rejected' as const },
      { leftKey: 'L9', rightKey: 'R1', decision: 'confirmed' as const },
    ];
    const result = reconcile(['L1', 'L2', 'L3', 'L4'], ['R1', 'R2', 'R3', 'R4'], pairs, decisions);
    expect(result.matched.map((p) => [p.leftKey, p.decision])).toEqual([
      ['L1', null],
      ['L2', 'confirmed'],
    ]);
    expect(result.toReview).toEqual([]);
    expect(result.unmatchedLeft).toEqual(['L3', 'L4']);
    expect(result.staleDecisions).toEqual([decisions[2]]);
  });

  it('puts every left record in exactly one place', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            l: fc.integer({ min: 0, max: 9 }),
            r: fc.integer({ min: 0, max: 9 }),
            p: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
        ),
        (raw) => {
          const seen = new Set<string>();
          const unique = raw.filter((x) => !seen.has(`${x.l}-${x.r}`) && seen.add(`${x.l}-${x.r}`));
          const keys = Array.from({ length: 10 }, (_, i) => `K${i}`);
          const result = reconcile(
            keys,
            keys,
            unique.map((x) => ({ leftKey: `K${x.l}`, rightKey: `K${x.r}`, probability: x.p })),
            [],
          );
          const paired = new Set([...result.matched, ...result.toReview].map((p) => p.leftKey));
          for (const k of keys) expect(paired.has(k) !== result.unmatchedLeft.includes(k)).toBe(true);
        },
      ),
    );
  });
});

describe('record fingerprint', () => {
  it('ignores column order, empty fields and spacing, but not a changed value', () => {
    const a = recordFingerprint({ family: 'Оганесян', given: 'Арам', birth: '1999-02-03', note: '' });
    const b = recordFingerprint({ given: ' Арам ', birth: '1999-02-03', family: 'Оганесян' });
    expect(a).toBe(b);
    expect(recordFingerprint({ family: 'Оганесян', given: 'Арам', birth: '1999-03-02' })).not.toBe(a);
  });
});
