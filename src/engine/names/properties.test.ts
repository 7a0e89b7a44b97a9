import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, detectScript, nameBlockingKeys, parseName } from './index.js';
import type { NameInput } from './types.js';

// Any Unicode text (fast-check 4's replacement of fullUnicodeString), and names built from real parts.
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const part = fc.constantFrom(
  'Nikol',
  'Пашинян',
  'Փաշինյան',
  'Pashinyan',
  'Əliyev',
  'Алиев',
  'İlham',
  'Ильхам',
  'Heydər',
  'oğlu',
  'кызы',
  'Акопович',
  'Հակոբի',
  'Vovayi',
  'Ivanova',
  'Ковальская',
  'Hovhannisyan',
  'Оганесян',
  'Cəfərov',
  'Джафаров',
  'A.',
  'N',
  'de',
  'al-Assad',
  'Ter-Petrosyan',
  'MƏMMƏDOV',
  ',',
  '-',
  "O'Neil",
  'محمد',
  'Kim',
  'Jong-un',
);
const realName = fc.array(part, { minLength: 0, maxLength: 5 }).map((ps) => ps.join(' '));
const anyName = fc.oneof(anyText, realName);
const anyInput: fc.Arbitrary<NameInput> = fc.oneof(
  anyName.map((full) => ({ full })),
  fc.record({ given: anyName, family: anyName, patronymic: anyName }, { requiredKeys: [] }),
);

describe('names: properties', () => {
  it('nothing throws on any Unicode string, and similarities stay in 0..1', () => {
    fc.assert(
      fc.property(anyInput, anyInput, anyText, (a, b, t) => {
        detectScript(t);
        const pa = parseName(a);
        const pb = parseName(b);
        for (const tok of [...pa.given, ...pa.family, ...pa.patronymic]) {
          expect(tok.keys.length).toBeGreaterThan(0);
          for (const k of tok.keys) expect(typeof k).toBe('string');
        }
        nameBlockingKeys(pa);
        const r = compareNames(pa, pb);
        expect(r.similarity).toBeGreaterThanOrEqual(0);
        expect(r.similarity).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('a name compared with itself is exact (missing when it has no name token)', () => {
    fc.assert(
      fc.property(anyInput, (a) => {
        const p = parseName(a);
        const q = parseName(a);
        const r = compareNames(p, q);
        const tokens = p.given.length + p.family.length + p.patronymic.length;
        expect(r.level).toBe(tokens > 0 ? 'exact' : 'missing');
        expect(compareNames(p, p).level).toBe(r.level);
      }),
      { numRuns: 1000 },
    );
  });

  it('compareNames is symmetric', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (a, b) => {
        const pa = parseName(a);
        const pb = parseName(b);
        const x = compareNames(pa, pb);
        const y = compareNames(pb, pa);
        expect(y.level).toBe(x.level);
        expect(y.similarity).toBeCloseTo(x.similarity, 9);
        expect(y.swapped).toBe(x.swapped);
      }),
      { numRuns: 2000 },
    );
  });
});
