import { describe, expect, it } from 'vitest';
import { nameInScripts, readerScript, transliterateName } from './script-display.js';

describe('a name in the reader’s script', () => {
  it.each([
    // Armenian → Latin (engine values) and → Cyrillic (Russian practice: յան is ян, initial ո is во)
    ['Արամ Պետրոսյան', 'Aram Petrosyan', 'Арам Петросян', 'Արամ Պետրոսյան'],
    ['Ոսկանյան Երվանդ', 'Voskanyan Yervand', 'Восканян Ерванд', 'Ոսկանյան Երվանդ'],
    // Russian → Latin (iuliia Wikipedia: ий at the end is y) and → Armenian (ю is յու, я is յա)
    ['Сергей Арутюнян', 'Sergey Arutyunyan', 'Сергей Арутюнян', 'Սերգեյ Արուտյունյան'],
    ['Юрий Щербаков', 'Yury Shcherbakov', 'Юрий Щербаков', 'Յուրի Շչերբակով'],
    // Azerbaijani Latin → Cyrillic and Armenian (ü is ю / յու, c is дж / ջ, q is г / ղ, initial r is ռ)
    [
      'Şükürov Kamil Hacı oğlu',
      'Şükürov Kamil Hacı oğlu',
      'Шюкюров Камил Гаджы оглу',
      'Շյուկյուրով Կամիլ Հաջը օղլու',
    ],
    ['Əliyev Rəşid', 'Əliyev Rəşid', 'Алиев Рашид', 'Ալիեվ Ռաշիդ'],
    // English-style Latin → Cyrillic and Armenian (digraphs sh, kh, ts; ya is я / յա)
    ['Aram Petrosyan', 'Aram Petrosyan', 'Арам Петросян', 'Արամ Պետրոսյան'],
    ['Khachatryan-Tsaturyan', 'Khachatryan-Tsaturyan', 'Хачатрян-Цатурян', 'Խաչատրյան-Ցատուրյան'],
  ])('%s', (written, latin, cyrillic, armenian) => {
    expect(nameInScripts(written)).toEqual({ latin, cyrillic, armenian });
  });

  it('reads Azerbaijani Cyrillic as Azerbaijani, keeps capitals and punctuation', () => {
    expect(transliterateName('ҺҮСЕЈНОВ Ҹавид', 'latin')).toBe('HÜSEYNOV Cavid');
    expect(transliterateName("Ellen O'Brien", 'cyrillic')).toBe("Эллен О'Бриен");
    expect(transliterateName('Petrosyan A. (1994)', 'armenian')).toBe('Պետրոսյան Ա. (1994)');
  });

  it('in Azerbaijani Latin an English digraph is two letters (s+h is not ш)', () => {
    expect(transliterateName('İsmayıl Məşhədi', 'cyrillic')).toBe('Исмайыл Машгади');
    expect(transliterateName('Ismail Mashadi', 'cyrillic')).toBe('Исмаил Машади');
  });

  it('leaves a word in a script it does not know as written', () => {
    expect(transliterateName('Γιώργος Петров', 'latin')).toBe('Γιώργος Petrov');
  });

  it('gives each UI language its script', () => {
    expect(['en', 'az', 'ru', 'hy', 'ru-RU', 'fr'].map(readerScript)).toEqual([
      'latin',
      'latin',
      'cyrillic',
      'armenian',
      'cyrillic',
      'latin',
    ]);
  });
});
