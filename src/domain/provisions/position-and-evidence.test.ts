import { describe, expect, it } from 'vitest';
import { evidenceProblems, positionProblems } from './position-and-evidence.js';

describe("a party's stated position", () => {
  it('may have no level, but names a level off the scale, a day ahead and an empty statement', () => {
    expect(
      positionProblems(
        { level: null, statement: 'Done', statedOn: '2020-11-20' },
        '2020-11-10',
        '2021-01-01',
      ),
    ).toEqual([]);
    expect(
      positionProblems({ level: -1, statement: ' ', statedOn: '2021-02-01' }, '2020-11-10', '2021-01-01'),
    ).toEqual([
      { field: 'level', reason: 'outside_scale' },
      { field: 'statedOn', reason: 'in_the_future' },
      { field: 'statement', reason: 'required' },
    ]);
    expect(
      positionProblems({ level: 2, statement: 'x', statedOn: '2020-11-09' }, '2020-11-10', '2021-01-01'),
    ).toEqual([{ field: 'statedOn', reason: 'before_agreement' }]);
  });
});

describe('evidence links', () => {
  const known = new Set(['exchange_event:ev-1']);
  const exists = (kind: string, id: string) => known.has(`${kind}:${id}`);

  it('accepts a record that exists and a document with a note', () => {
    expect(
      evidenceProblems(
        [
          { kind: 'exchange_event', recordId: 'ev-1', note: '' },
          { kind: 'document', recordId: null, note: 'TASS, 18 January 2021' },
        ],
        exists,
      ),
    ).toEqual([]);
  });

  it('names, by index, a missing record, a record that does not exist and a document without a note', () => {
    expect(
      evidenceProblems(
        [
          { kind: 'exchange_event', recordId: null, note: '' },
          { kind: 'exchange_event', recordId: 'ev-2', note: '' },
          { kind: 'document', recordId: 'ev-1', note: ' ' },
        ],
        exists,
      ),
    ).toEqual([
      { index: 0, field: 'recordId', reason: 'required' },
      { index: 1, field: 'recordId', reason: 'no_such_record' },
      { index: 2, field: 'recordId', reason: 'not_for_a_document' },
      { index: 2, field: 'note', reason: 'required' },
    ]);
  });
});
