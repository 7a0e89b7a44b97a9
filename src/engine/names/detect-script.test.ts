import { describe, expect, it } from 'vitest';
import { detectScript } from './detect-script.js';

describe('detectScript', () => {
  it.each([
    ['Փաշինյան', 'armenian'],
    ['Հովհաննիսյան', 'armenian'],
    ['Пашинян', 'cyrillic'],
    ['Шевченко', 'cyrillic'],
    ['Їжакевич', 'cyrillic'], // Ukrainian ї
    ['Әлијев', 'cyrillic'], // Azerbaijani Cyrillic ә, ј
    ['Ҹәфәров', 'cyrillic'], // ҹ
    ['Ғасымов', 'cyrillic'], // ғ
    ['Һүсејнов', 'cyrillic'], // һ, ү
    ['Məmmədov', 'latin'], // Azerbaijani ə
    ['Şəkərli', 'latin'],
    ['Çingiz', 'latin'],
    ['Ağayev', 'latin'],
    ['Qasımov', 'latin'], // dotless ı
    ['Müller', 'latin'], // German
    ['Łukaszewicz', 'latin'], // Polish
    ['François', 'latin'], // French
    ['MƏMMƏDOV', 'latin'], // upper case
    ['محمد', 'other'],
    ['高市早苗', 'other'],
    ['', 'other'],
    ['123', 'other'],
  ])('%s is %s', (token, script) => {
    expect(detectScript(token)).toBe(script);
  });

  it('goes by the majority of letters in a mixed token', () => {
    expect(detectScript('Pashinyаn')).toBe('latin'); // one Cyrillic а
    expect(detectScript('Пашинян-Pa')).toBe('cyrillic');
  });
});
