import { describe, expect, it } from 'vitest';
import { personIdentity } from './person-identity.js';

describe('personIdentity', () => {
  it('gives the name in the three scripts, the first readable birth date and every list identifier once', () => {
    const identity = personIdentity('Արամ Պետրոսյան', [
      { full_name: 'Արամ Պետրոսյան', birth_date: '02.04.1994', source_id: 'AM-0042' },
      { full_name: 'Aram Petrosyan', birth_date: '1994', source_id: 'AZ-17' },
      { full_name: 'Aram Petrosyan', source_id: 'AM-0042' },
    ]);
    expect(identity).toEqual({
      names: { latin: 'Aram Petrosyan', cyrillic: 'Арам Петросян', armenian: 'Արամ Պետրոսյան' },
      birthDate: '1994-04-02',
      listIds: ['AM-0042', 'AZ-17'],
    });
  });

  it('keeps a partial birth date partial and an unreadable one out', () => {
    expect(personIdentity('X', [{ birth_date: 'unknown' }, { birth_date: '1990-05' }]).birthDate).toBe(
      '1990-05',
    );
    expect(personIdentity('X', [{ birth_date: 'unknown' }]).birthDate).toBeNull();
    expect(personIdentity('X', []).listIds).toEqual([]);
  });

  it('refers to an entry without a list number by its party, list and row', () => {
    const identity = personIdentity('Əliyev Rəşid', [
      { fields: { birth_date: '1980' }, place: { partyCode: 'AZ', kind: 'missing', row: 12 } },
      { fields: { source_id: 'AM-H-7' }, place: { partyCode: 'AM', kind: 'held', row: 3 } },
    ]);
    expect(identity.listIds).toEqual(['AZ-M-12', 'AM-H-7']);
  });
});
