import { describe, expect, it } from 'vitest';
import { pseudoCatalogue } from './pseudo-locale.js';

describe('the [[key]] pseudo-language', () => {
  it('shows every string as its key, plural forms as their base key', () => {
    expect(
      pseudoCatalogue({
        layout: { nav: { home: 'Agreement' } },
        parties: { count_one: 'a', count_other: 'b' },
      }),
    ).toEqual({
      layout: { nav: { home: '[[layout.nav.home]]' } },
      parties: { count_one: '[[parties.count]]', count_other: '[[parties.count]]' },
    });
  });
});
