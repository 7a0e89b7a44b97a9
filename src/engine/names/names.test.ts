import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, detectScript, nameBlockingKeys, parseName } from './index.js';

const cmp = (a: string, b: string) => compareNames(parseName({ full: a }), parseName({ full: b }));
const MATCHING = new Set(['exact', 'transliteration', 'close']);

describe('detectScript', () => {
  it.each([
    ['Փաշինյան', 'armenian'],
    ['Пашинян', 'cyrillic'],
    ['Әлијев', 'cyrillic'],
    ['Гаджиҹ', 'cyrillic'],
    ['Шевченко', 'cyrillic'],
    ['Їжак', 'cyrillic'],
    ['Məmmədov', 'latin'],
    ['Paszinian', 'latin'],
    ['Müller', 'latin'],
    ['محمد', 'other'],
    ['', 'other'],
  ])('%s is %s', (token, script) => {
    expect(detectScript(token)).toBe(script);
  });
});

describe('one name in several scripts and standards', () => {
  it.each([
    ['Nikol Pashinyan', 'Никол Пашинян'],
    ['Nikol Pashinyan', 'Նիկոլ Փաշինյան'],
    ['Nikol Paschinjan', 'Nikol Pashinyan'],
    ['Nikol Paszinian', 'Nikol Pashinyan'],
    ['Nikol Pašinjan', 'Նիկոլ Փաշինյան'],
    ['Արամ Հովհաննիսյան', 'Арам Оганесян'],
    ['Հակոբ Հակոբյան', 'Акоп Акопян'],
    ['Վահե Հակոբյան', 'Ваге Акопян'],
    ['Məmmədov Əli', 'Мамедов Али'],
    ['Asəf Hacıyev', 'Асеф Гаджиев'],
    ['Fuad Cəfərov', 'Фуад Джафаров'],
    ['Azay Quliyev', 'Азай Кулиев'],
    ['Aytən Mustafayeva', 'Айтен Мустафаева'],
    ['Abraham Manukyan', 'Абраам Акобович Манукян'],
    ['Abraham Manukyan', 'Манукян, Абраам Акопович'],
    ['Աբրահամ Հակոբի Մանուկյան', 'Абраам Акопович Манукян'],
    ['MƏMMƏDOV Əli', 'Məmmədov Əli'],
  ])('%s ~ %s', (a, b) => {
    expect(MATCHING.has(cmp(a, b).level)).toBe(true);
  });
});

describe('different people', () => {
  it.each([
    ['Armen Sargsyan', 'Artak Sargsyan'],
    ['Nikol Pashinyan', 'Serzh Sargsyan'],
  ])('%s ≠ %s', (a, b) => {
    expect(MATCHING.has(cmp(a, b).level)).toBe(false);
  });
});

describe('parseName', () => {
  it('reads an Armenian genitive father name', () => {
    const p = parseName({ full: 'Աբրահամ Հակոբի Մանուկյան' });
    expect(p.given.map((t) => t.text)).toEqual(['Աբրահամ']);
    expect(p.patronymic.map((t) => t.text)).toEqual(['Հակոբի']);
    expect(p.family.map((t) => t.text)).toEqual(['Մանուկյան']);
  });
  it('reads an Azerbaijani oğlu patronymic', () => {
    const p = parseName({ full: 'Əliyev İlham Heydər oğlu' });
    expect(p.family.map((t) => t.text)).toEqual(['Əliyev']);
    expect(p.given.map((t) => t.text)).toEqual(['İlham']);
    expect(p.patronymic.map((t) => t.text)).toEqual(['Heydər']);
    expect(p.sex).toBe('m');
  });
  it('reads a Russian patronymic in family-first order', () => {
    const p = parseName({ full: 'Иванова Мария Петровна' });
    expect(p.family.map((t) => t.text)).toEqual(['Иванова']);
    expect(p.patronymic.map((t) => t.text)).toEqual(['Петровна']);
    expect(p.sex).toBe('f');
  });
  it('gives blocking keys that meet across scripts', () => {
    expect(nameBlockingKeys(parseName({ full: 'Nikol Pashinyan' }))).toEqual(
      nameBlockingKeys(parseName({ full: 'Никол Пашинян' })),
    );
  });
});

describe('properties', () => {
  it('never throws on any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const pa = parseName({ full: a });
        const pb = parseName({ given: b, family: a, patronymic: b });
        const r = compareNames(pa, pb);
        nameBlockingKeys(pa);
        return r.similarity >= 0 && r.similarity <= 1;
      }),
      { numRuns: 500 },
    );
  });
  it('a name compared with itself is exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (a) => {
        const p = parseName({ full: a });
        const r = compareNames(p, p);
        return r.level === 'exact' || r.level === 'missing';
      }),
      { numRuns: 500 },
    );
  });
  it('is symmetric', () => {
    const name = fc.constantFrom(
      'Nikol Pashinyan',
      'Никол Пашинян',
      'Armen Sargsyan',
      'Artak Sargsyan',
      'Абраам Акопович Манукян',
      'Məmmədov Əli',
      'Мамедов Али Гейдар оглы',
      'A. Khamenei',
      'Ali Khamenei',
      'Հակոբ Հակոբյան',
    );
    fc.assert(
      fc.property(name, name, (a, b) => {
        const x = cmp(a, b);
        const y = cmp(b, a);
        return x.level === y.level && Math.abs(x.similarity - y.similarity) < 1e-9 && x.swapped === y.swapped;
      }),
    );
  });
});
