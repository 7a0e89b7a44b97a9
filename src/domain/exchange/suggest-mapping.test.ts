import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from './suggest-mapping.js';

describe('suggested column mapping', () => {
  it('reads Russian, Armenian and Azerbaijani headers', () => {
    expect(suggestMapping(['№', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения'])).toEqual({
      source_id: '№',
      family_name: 'Фамилия',
      given_name: 'Имя',
      fathers_name: 'Отчество',
      birth_date: 'Дата рождения',
    });
    expect(suggestMapping(['Ազգանուն', 'Անուն', 'Զորամաս'])).toMatchObject({
      family_name: 'Ազգանուն',
      given_name: 'Անուն',
      unit: 'Զորամաս',
    });
    expect(suggestMapping(['Soyadı', 'Adı', 'Ata adı', 'Doğum tarixi'])).toMatchObject({
      family_name: 'Soyadı',
      given_name: 'Adı',
      fathers_name: 'Ata adı',
      birth_date: 'Doğum tarixi',
    });
  });

  it('prefers the mapping remembered from the last upload while its columns exist', () => {
    const mapping = suggestMapping(['Col A', 'Col B', 'Surname'], {
      family_name: 'Col A',
      given_name: 'Gone',
    });
    expect(mapping.family_name).toBe('Col A');
    expect(mapping.given_name).toBeUndefined();
  });

  it('never maps one column to two fields', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 12 }), (headers) => {
        const columns = Object.values(suggestMapping(headers));
        expect(new Set(columns).size).toBe(columns.length);
      }),
    );
  });
});
