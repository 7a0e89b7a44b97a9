import { describe, expect, it } from 'vitest';
import { cleanText, exactForm, fixHomoglyphs, foldCase, splitTokens } from './normalize.js';

describe('normalisation', () => {
  it('folds the Azerbaijani dotted and dotless i', () => {
    expect(foldCase('İLHAM')).toBe('ilham');
    expect(foldCase('QASIMOV ƏLİ')).toBe('qasımov əli'); // Azerbaijani token: I is ı
    expect(foldCase('IVANOV')).toBe('ivanov'); // elsewhere I is i
    expect(foldCase('MƏMMƏDOV')).toBe('məmmədov');
  });

  it('fixes Latin/Cyrillic look-alikes typed by mistake', () => {
    expect(fixHomoglyphs('Pashinyаn')).toBe('Pashinyan'); // Cyrillic а
    expect(fixHomoglyphs('Пaшинян')).toBe('Пашинян'); // Latin a
    expect(exactForm('Pashinyаn')).toBe(exactForm('PASHINYAN'));
  });

  it('unifies hyphens, drops apostrophes and stray punctuation', () => {
    expect(cleanText('Ter–Petrosyan')).toBe('Ter-Petrosyan');
    expect(cleanText("P'ashinyan")).toBe('Pashinyan');
    expect(cleanText('Pʻashinyan')).toBe('Pashinyan');
    expect(cleanText('Алиев,  Ильхам (1961)')).toBe('Алиев, Ильхам 1961');
    expect(cleanText('N.  Pashinyan')).toBe('N Pashinyan');
  });

  it('splits tokens, keeps inner hyphens and parts run-together names', () => {
    expect(splitTokens(cleanText('Ter-Petrosyan, Levon'))).toEqual(['Ter-Petrosyan', 'Levon']);
    expect(splitTokens('SergeiLavrov')).toEqual(['Sergei', 'Lavrov']);
    expect(splitTokens('McDonald')).toEqual(['McDonald']);
    expect(splitTokens(' - Levon - ')).toEqual(['Levon']);
  });
});
