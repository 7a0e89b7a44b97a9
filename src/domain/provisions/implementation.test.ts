import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentProblems } from './assessment-rules.js';
import { daysOverdue, deadlineState, overdueDeadlines } from './deadlines.js';
import { agreementShareAsOf, levelAsOf, rollUpSeries } from './implementation.js';
import { IMPLEMENTATION_LEVELS, type ImplementationLevel } from './types.js';

const assessed = (
  provisionId: string,
  level: ImplementationLevel,
  effectiveOn: string,
  recordedAt = effectiveOn,
) => ({
  provisionId,
  level,
  effectiveOn,
  recordedAt: `${recordedAt}T12:00:00Z`,
});

describe('provision implementation', () => {
  const history = [
    assessed('p2', 1, '2020-11-16'),
    assessed('p2', 3, '2020-11-20'),
    assessed('p6', 2, '2020-11-25'),
    // written on 1 December, holding from 25 November: corrects the earlier assessment of the same day
    assessed('p6', 1, '2020-11-25', '2020-12-01'),
  ];

  it('reads a provision as not started before its first assessment, then as its latest one', () => {
    expect(levelAsOf(history, 'p2', '2020-11-15')).toBe(0);
    expect(levelAsOf(history, 'p2', '2020-11-19')).toBe(1);
    expect(levelAsOf(history, 'p2', '2021-01-01')).toBe(3);
  });

  it('takes the later-written of two assessments holding from the same day', () => {
    expect(levelAsOf(history, 'p6', '2020-11-30')).toBe(1);
  });

  it('rolls the agreement up as a share of the full scale', () => {
    expect(agreementShareAsOf(['p2', 'p6', 'p8'], history, '2021-01-01')).toBeCloseTo((3 + 1 + 0) / 9);
  });

  it('gives a step series with a point at each change and at both ends', () => {
    const series = rollUpSeries(['p2', 'p6'], history, '2020-11-10', '2020-12-31');
    expect(series.map((point) => point.date)).toEqual([
      '2020-11-10',
      '2020-11-16',
      '2020-11-20',
      '2020-11-25',
      '2020-12-31',
    ]);
    expect(series.at(-1)?.levels).toEqual({ p2: 3, p6: 1 });
  });

  it('keeps the roll-up within 0..1 and never lower than any single provision allows', () => {
    const arbitraryAssessment = fc.record({
      provisionId: fc.constantFrom('a', 'b', 'c'),
      level: fc.constantFrom(...IMPLEMENTATION_LEVELS),
      effectiveOn: fc.constantFrom('2020-11-10', '2020-11-20', '2020-12-01', '2021-01-11'),
      recordedAt: fc.constantFrom('2020-12-01T00:00:00Z', '2021-01-20T00:00:00Z'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryAssessment), (assessments) => {
        const share = agreementShareAsOf(['a', 'b', 'c'], assessments, '2021-02-01');
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        for (const id of ['a', 'b', 'c'])
          expect(share).toBeGreaterThanOrEqual(levelAsOf(assessments, id, '2021-02-01') / 9);
      }),
    );
  });
});

describe('deadlines', () => {
  const lachin = { dueOn: '2020-12-01', metOn: null };

  it('marks a deadline overdue only after its day has passed', () => {
    expect(deadlineState(lachin, '2020-12-01')).toBe('open');
    expect(deadlineState(lachin, '2020-12-02')).toBe('overdue');
    expect(daysOverdue(lachin, '2020-12-11')).toBe(10);
  });

  it('tells a deadline met on time from one met late, and does not count it met before the day it was', () => {
    expect(deadlineState({ dueOn: '2020-11-15', metOn: '2020-11-25' }, '2020-12-01')).toBe('met_late');
    expect(deadlineState({ dueOn: '2020-11-20', metOn: '2020-11-20' }, '2020-12-01')).toBe('met');
    expect(deadlineState({ dueOn: '2020-11-15', metOn: '2020-11-25' }, '2020-11-20')).toBe('overdue');
  });

  it('lists the overdue ones longest overdue first', () => {
    const due = [
      { id: 'wg-measures', dueOn: '2021-03-01', metOn: null },
      { id: 'wg-meeting', dueOn: '2021-01-30', metOn: '2021-01-30' },
      { id: 'lachin', dueOn: '2020-12-01', metOn: null },
      { id: 'aghdam', dueOn: '2020-11-20', metOn: null },
    ];
    expect(overdueDeadlines(due, '2021-03-02').map((d) => d.id)).toEqual(['aghdam', 'lachin', 'wg-measures']);
  });
});

describe('a new assessment', () => {
  it('names each field that is wrong', () => {
    expect(
      assessmentProblems({ level: 4, effectiveOn: '2031-01-01', rationale: ' ' }, '2020-11-10', '2021-01-20'),
    ).toEqual([
      { field: 'level', reason: 'outside_scale' },
      { field: 'effectiveOn', reason: 'in_the_future' },
      { field: 'rationale', reason: 'required' },
    ]);
    expect(
      assessmentProblems({ level: 2, effectiveOn: '2020-02-30', rationale: 'x' }, '2020-11-10', '2021-01-20'),
    ).toEqual([{ field: 'effectiveOn', reason: 'not_a_date' }]);
    expect(
      assessmentProblems({ level: 2, effectiveOn: '2020-11-01', rationale: 'x' }, '2020-11-10', '2021-01-20'),
    ).toEqual([{ field: 'effectiveOn', reason: 'before_agreement' }]);
  });

  it('accepts a level on the scale, a past day after signature and a rationale', () => {
    expect(
      assessmentProblems(
        { level: 0, effectiveOn: '2020-11-10', rationale: 'ok' },
        '2020-11-10',
        '2020-11-10',
      ),
    ).toEqual([]);
  });
});
