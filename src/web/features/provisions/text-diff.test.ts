import { describe, expect, it } from 'vitest';
import { wordDiff } from './text-diff.js';

describe('the diff between two sources of a text', () => {
  it('keeps common words and marks what each source has alone', () => {
    expect(
      wordDiff('shall stop at their current positions', 'shall remain at their present positions'),
    ).toEqual([
      { kind: 'same', text: 'shall ' },
      { kind: 'removed', text: 'stop' },
      { kind: 'added', text: 'remain' },
      { kind: 'same', text: ' at their ' },
      { kind: 'removed', text: 'current' },
      { kind: 'added', text: 'present' },
      { kind: 'same', text: ' positions' },
    ]);
  });

  it('gives the text back whole when both sources agree', () => {
    expect(wordDiff('Aghdam by 20 November', 'Aghdam by 20 November')).toEqual([
      { kind: 'same', text: 'Aghdam by 20 November' },
    ]);
  });
});
