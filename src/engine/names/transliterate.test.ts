import { describe, expect, it } from 'vitest';
import { armenianToLatin, cyrillicToLatin, latinVariants } from './transliterate.js';

describe('Armenian script to Latin', () => {
  it.each([
    ['փաշինյան', 'pashinyan'],
    ['հովհաննիսյան', 'hovhannisyan'],
    ['ոսկանյան', 'voskanyan'], // initial ո is vo
    ['երևան', 'yerevan'], // initial ե is ye, և is ev
    ['արություն', 'arutyun'], // ու is u
    ['ղազարյան', 'ghazaryan'],
    ['ջհանգիրյան', 'jhangiryan'],
    ['ծատուրյան', 'tsaturyan'],
    ['յակոբ', 'hakob'], // old orthography: initial յ is h
  ])('%s → %s', (hy, lat) => {
    expect(armenianToLatin(hy)).toBe(lat);
  });
});

describe('Cyrillic to Latin', () => {
  it.each([
    ['щербаков', 'shcherbakov'],
    ['юрий', 'yuriy'],
    ['хачатурян', 'khachaturyan'],
    ['джафаров', 'dzhafarov'],
    ['ҹәфәров', 'jafarov'], // Azerbaijani Cyrillic
    ['һүсејнов', 'huseynov'],
    ['їжак', 'yizhak'], // Ukrainian
    ['гасымов', 'gasymov'], // Russian ы
    ['ҹаббарлы', 'jabbarli'], // Azerbaijani Cyrillic ы is ı
  ])('%s → %s', (cyr, lat) => {
    expect(cyrillicToLatin(cyr)).toBe(lat);
  });
});

describe('Latin spellings to the phonemic form', () => {
  it.each([
    ['pašinjan', 'pashinyan'], // Czech/Croatian š, j = y
    ['paschinjan', 'pashinyan'], // German sch
    ['paszinian', 'pashinian'], // Polish sz
    ['chatschaturjan', 'khachaturyan'], // German ch = kh, tsch = ch
    ['chaczaturian', 'khachaturian'], // Polish
    ['szczerbakow', 'shcherbakov'], // Polish szcz = shch, w = v
    ['ŝerbakov', 'shcherbakov'], // ISO 9
    ['shherbakov', 'shcherbakov'], // GOST 7.79 system B
    ['məmmədov', 'mammadov'], // Azerbaijani ə
    ['cəfərov', 'jafarov'], // Azerbaijani c = dzh
    ['xəlilov', 'khalilov'], // Azerbaijani x = kh
    ['qasımov', 'gasimov'], // Azerbaijani q, ı
    ['djafarov', 'jafarov'], // French dj
    ['demirtchian', 'demirchian'], // French tch
  ])('%s → %s', (input, out) => {
    expect(latinVariants(input)[0]).toBe(out);
  });

  it('gives the other readings of ambiguous letters as variants', () => {
    expect(latinVariants('alexander')).toContain('aleksander');
    expect(latinVariants('muxtar')).toContain('mukhtar');
    expect(latinVariants('bachar')).toContain('bashar'); // French ch
    expect(latinVariants('celal')).toContain('jelal'); // Azerbaijani c without the diacritics
    expect(latinVariants('jerewan')).toContain('yerevan'); // German j
  });
});
