import { describe, expect, it } from 'vitest';
import { parseName } from './name-parts.js';
import type { ParsedName } from './types.js';

const texts = (p: ParsedName) => ({
  given: p.given.map((t) => t.text),
  family: p.family.map((t) => t.text),
  patronymic: p.patronymic.map((t) => t.text),
  sex: p.sex,
});

describe('parseName: orders', () => {
  it.each([
    ['Nikol Pashinyan', ['Nikol'], ['Pashinyan'], [], undefined], // Given Family
    ['Pashinyan Nikol', ['Nikol'], ['Pashinyan'], [], undefined], // Family Given, by the -yan ending
    ['Пашинян Никол Воваевич', ['Никол'], ['Пашинян'], ['Воваевич'], 'm'], // Family Given Patronymic
    ['Алиев, Ильхам Гейдарович', ['Ильхам'], ['Алиев'], ['Гейдарович'], 'm'], // Family, Given Patronymic
    ['Ильхам Гейдарович Алиев', ['Ильхам'], ['Алиев'], ['Гейдарович'], 'm'], // Given Patronymic Family
    ['Иванова Мария Петровна', ['Мария'], ['Иванова'], ['Петровна'], 'f'],
    ['Sergey Viktorovich Lavrov', ['Sergey'], ['Lavrov'], ['Viktorovich'], 'm'], // Latin patronymic
    ['Volodymyr Oleksandrovych Zelenskyy', ['Volodymyr'], ['Zelenskyy'], ['Oleksandrovych'], 'm'],
    ['MƏMMƏDOV Əli', ['Əli'], ['MƏMMƏDOV'], [], 'm'], // upper-case family name first
    ['Olaf Scholz', ['Olaf'], ['Scholz'], [], undefined], // no evidence: as written
  ])('%s', (full, given, family, patronymic, sex) => {
    expect(texts(parseName({ full }))).toEqual({ given, family, patronymic, sex });
  });
});

describe('parseName: Azerbaijani oğlu / qızı', () => {
  it.each([
    ['Əliyev İlham Heydər oğlu', ['İlham'], ['Əliyev'], ['Heydər'], 'm'],
    ['Ilham Heydar oglu Aliyev', ['Ilham'], ['Aliyev'], ['Heydar'], 'm'],
    ['Mehriban Arif qızı Əliyeva', ['Mehriban'], ['Əliyeva'], ['Arif'], 'f'],
    ['Алиев Ильхам Гейдар оглы', ['Ильхам'], ['Алиев'], ['Гейдар'], 'm'],
    ['Гасанова Малахат Ибрагим кызы', ['Малахат'], ['Гасанова'], ['Ибрагим'], 'f'],
  ])('%s', (full, given, family, patronymic, sex) => {
    expect(texts(parseName({ full }))).toEqual({ given, family, patronymic, sex });
  });
});

describe('parseName: Armenian genitive father’s name', () => {
  it('reads the middle genitive as the patronymic', () => {
    expect(texts(parseName({ full: 'Նիկոլ Վովայի Փաշինյան' }))).toEqual({
      given: ['Նիկոլ'],
      family: ['Փաշինյան'],
      patronymic: ['Վովայի'],
      sex: undefined,
    });
    expect(texts(parseName({ full: 'Nikol Vovayi Pashinyan' })).patronymic).toEqual(['Vovayi']);
    expect(texts(parseName({ full: 'Աբրահամ Հակոբի Մանուկյան' })).patronymic).toEqual(['Հակոբի']);
  });
  it('reads a genitive last as the patronymic after "Family Given" (the official Armenian order)', () => {
    expect(texts(parseName({ full: 'Գևորգյան Հովհաննես Սամվելի' }))).toEqual({
      given: ['Հովհաննես'],
      family: ['Գեւորգյան'],
      patronymic: ['Սամվելի'],
      sex: undefined,
    });
    // A given name that ends in -ի too (Անի) stays the given name.
    expect(texts(parseName({ full: 'Ասատրյան Անի Արամի' }))).toMatchObject({
      given: ['Անի'],
      patronymic: ['Արամի'],
    });
    expect(texts(parseName({ full: 'Petrosyan Armen Hakobi' })).patronymic).toEqual(['Hakobi']);
  });
  it('keys the genitive by the father’s name', () => {
    const p = parseName({ full: 'Nikol Vovayi Pashinyan' });
    expect(p.patronymic[0].keys).toContain('vova');
    expect(parseName({ full: 'Աբրահամ Հակոբի Մանուկյան' }).patronymic[0].keys).toContain('hakob');
  });
});

describe('parseName: gendered family names and sex', () => {
  it('collapses -ova/-ov, -eva/-ev, -skaya/-skiy to one key', () => {
    const key = (full: string) => parseName({ full }).family[0].keys[1];
    expect(key('Мария Иванова')).toBe(key('Иван Иванов'));
    expect(key('Aytən Mustafayeva')).toBe(key('Əli Mustafayev'));
    expect(key('Анна Ковальская')).toBe(key('Пётр Ковальский'));
  });
  it('reads the sex from the surname form', () => {
    expect(parseName({ full: 'Мария Иванова' }).sex).toBe('f');
    expect(parseName({ full: 'Анна Ковальская' }).sex).toBe('f');
    expect(parseName({ full: 'Nikol Pashinyan' }).sex).toBeUndefined();
  });
});

describe('parseName: parts given separately', () => {
  it('takes the fields as they are', () => {
    expect(texts(parseName({ given: 'Никол', family: 'Пашинян', patronymic: 'Воваевич' }))).toEqual({
      given: ['Никол'],
      family: ['Пашинян'],
      patronymic: ['Воваевич'],
      sex: 'm',
    });
  });
  it('moves a patronymic typed into the given-name field', () => {
    expect(texts(parseName({ given: 'Ильхам Гейдарович', family: 'Алиев' })).patronymic).toEqual([
      'Гейдарович',
    ]);
    expect(texts(parseName({ given: 'İlham Heydər oğlu', family: 'Əliyev' }))).toEqual({
      given: ['İlham'],
      family: ['Əliyev'],
      patronymic: ['Heydər'],
      sex: 'm',
    });
  });
  it('does not take a given name ending in -ich for a patronymic', () => {
    expect(texts(parseName({ full: 'Минасян, Мкртич Акопович' }))).toEqual({
      given: ['Мкртич'],
      family: ['Минасян'],
      patronymic: ['Акопович'],
      sex: 'm',
    });
  });
  it('returns nothing for an empty name', () => {
    expect(texts(parseName({}))).toEqual({ given: [], family: [], patronymic: [], sex: undefined });
    expect(texts(parseName({ full: ' ,.- ' }))).toEqual({
      given: [],
      family: [],
      patronymic: [],
      sex: undefined,
    });
  });
});
