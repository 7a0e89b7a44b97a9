import { describe, expect, it } from 'vitest';
import { runLinkInWorker } from './run-link-in-worker.js';

describe('runLinkInWorker', () => {
  it('links the same person across scripts in a worker thread, with the explanation and progress', async () => {
    const stages: string[] = [];
    const run = await runLinkInWorker(
      {
        left: [
          { id: 'm1', family_name: 'Петросян', given_name: 'Арам', birth_date: '1999-03-14' },
          { id: 'm2', family_name: 'Mammadov', given_name: 'Elvin', birth_date: '2001-07-02' },
        ],
        right: [
          { id: 'h1', family_name: 'Petrosyan', given_name: 'Aram', birth_date: '1999-03-14' },
          { id: 'h2', family_name: 'Hasanov', given_name: 'Rauf', birth_date: '1985-01-20' },
        ],
        threshold: 0.5,
        explainBelow: 1.01,
      },
      (stage) => stages.push(stage),
    );
    expect(run.pairs.map((p) => [p.leftId, p.rightId])).toEqual([['m1', 'h1']]);
    expect(run.pairs[0].probability).toBeGreaterThan(0.5);
    expect(JSON.parse(run.pairs[0].explanationJson ?? '{}').terms.length).toBeGreaterThan(0);
    expect(stages.length).toBeGreaterThan(0);
  }, 30_000);
});
