import { describe, expect, it } from 'vitest';
import az from './locales/az.json';
import en from './locales/en.json';
import hy from './locales/hy.json';
import ru from './locales/ru.json';

type Catalogue = { [key: string]: string | Catalogue };

const LANGUAGES = ['en', 'ru', 'hy', 'az'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

/** Keys with plural suffixes folded into one: `parties.count_one`, `parties.count_few` → `parties.count`. */
function baseKeys(leaves: Map<string, string>): string[] {
  return [...new Set([...leaves.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

const sources: Record<(typeof LANGUAGES)[number], Catalogue> = { en, ru, hy, az };
const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, flatten(sources[language])]));
const english = catalogues.en;
const pluralBases = [...english.keys()]
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.slice(0, -6));

describe('translation catalogues', () => {
  it.each(LANGUAGES)('%s has the same keys as en.json', (language) => {
    expect(baseKeys(catalogues[language])).toEqual(baseKeys(english));
  });

  it.each(LANGUAGES)('%s has exactly the plural forms its plural rules use', (language) => {
    const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const base of pluralBases) {
      const forms = [...catalogues[language].keys()]
        .filter((key) => key.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(key))
        .map((key) => PLURAL_SUFFIX.exec(key)?.[1])
        .sort();
      expect({ key: base, forms }).toEqual({ key: base, forms: categories });
    }
  });

  it('Russian counts take _one, _few and _many', () => {
    expect(catalogues.ru.get('parties.count_few')).toBe('{{count}} стороны');
    expect(catalogues.ru.get('parties.count_many')).toBe('{{count}} сторон');
  });

  it.each(LANGUAGES)('%s keeps every placeholder of the English text and has no empty string', (language) => {
    for (const [key, text] of catalogues[language]) {
      expect(text.trim(), key).not.toBe('');
      const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
      expect(source, `${language}: ${key} has no English source`).toBeDefined();
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(source ?? ''),
      });
    }
  });
});
