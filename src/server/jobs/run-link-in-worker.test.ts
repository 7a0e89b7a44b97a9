import { describe, expect, it } from 'vitest';
import { runLinkInWorker } from './run-link-in-worker.js';

describe('runLinkInWorker', () => {
  it('links the same person across scripts in a worker thread, applies decisions, explains what to review', async () => {
    const stages: string[] = [];
    const task = {
      left: [
        { id: 'm1', family_name: 'Петросян', given_name: 'Арам', birth_date: '1999-03-14' },
        { id: 'm2', family_name: 'Mammadov', given_name: 'Elvin', birth_date: '2001-07-02' },
        { id: 'm3', family_name: 'Петросян', given_name: 'Арам', birth_date: '1999-03-14' },
      ],
      right: [
        { id: 'h1', family_name: 'Petrosyan', given_name: 'Aram', birth_date: '1999-03-14' },
        { id: 'h2', family_name: 'Hasanov', given_name: 'Rauf', birth_date: '1985-01-20' },
      ],
      // m3 is the same record as m1 (same key): one person, one pair.
      leftKeys: ['k-aram', 'k-elvin', 'k-aram'],
      rightKeys: ['k-petrosyan', 'k-hasanov'],
      decisions: [],
      thresholds: { lower: 0.5, upper: 1 },
    };
    const run = await runLinkInWorker(task, (stage) => stages.push(stage));
    expect([...run.leftIndexes]).toEqual([0]);
    expect([...run.rightIndexes]).toEqual([0]);
    expect(run.probabilities[0]).toBeGreaterThan(0.5);
    expect([...run.review]).toEqual([1]);
    expect(JSON.parse(run.explanations[0] ?? '{}').terms.length).toBeGreaterThan(0);
    expect([run.unmatchedLeft, run.unmatchedRight]).toEqual([1, 1]);
    expect(stages.length).toBeGreaterThan(0);

    const rejected = await runLinkInWorker({
      ...task,
      decisions: [{ leftKey: 'k-aram', rightKey: 'k-petrosyan', decision: 'rejected' }],
    });
    expect(rejected.leftIndexes.length).toBe(0);
    expect([rejected.unmatchedLeft, rejected.unmatchedRight]).toEqual([2, 2]);
  }, 30_000);
});
