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
});
