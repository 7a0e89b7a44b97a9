import { describe, expect, it } from 'vitest';
import { caseDisplayName, caseInputProblems, remainsInputProblems } from './case-input.js';
import { caseSeenBy } from './sharing.js';
import type { CaseInput, TracingCase } from './types.js';

const input: CaseInput = {
  person: {
    givenName: null,
    familyName: null,
    patronymic: null,
    fullName: 'Մամեդով Ալի',
    sex: 'm',
    birthDate: '1999',
    birthPlace: null,
    category: 'civilian',
    unit: null,
    rank: null,
  },
  circumstances: {
    lastSeenOn: '2020-10',
    lastSeenPrecision: 'month',
    lastSeenPlace: null,
    lastSeenPlacePrecision: null,
    note: 'by the river',
  },
  enquirer: { name: 'Leyla', relation: 'sister', contact: 'x', language: 'az' },
  sharingLevel: 'other_party',
  expiresOn: null,
};

describe('a case as entered', () => {
  it('needs at least one name, in any script, and reads partial dates', () => {
    expect(caseInputProblems(input, '2020-12-01')).toEqual([]);
    const nameless = { ...input, person: { ...input.person, fullName: '  ' } };
    expect(caseInputProblems(nameless, '2020-12-01')).toEqual([
      { field: 'person.fullName', reason: 'name_required' },
    ]);
    const givenOnly = { ...nameless, person: { ...nameless.person, givenName: 'Ալի' } };
    expect(caseInputProblems(givenOnly, '2020-12-01')).toEqual([]);
  });

  it('names each date it cannot read, or that lies after today', () => {
    const bad = {
      ...input,
      person: { ...input.person, birthDate: '1999-02-30' },
      circumstances: { ...input.circumstances, lastSeenOn: '2021-01-01' },
      expiresOn: 'soon',
    };
    expect(caseInputProblems(bad, '2020-12-01')).toEqual([
      { field: 'person.birthDate', reason: 'unreadable_date' },
      { field: 'circumstances.lastSeenOn', reason: 'date_in_future' },
      { field: 'expiresOn', reason: 'unreadable_date' },
    ]);
    expect(
      caseInputProblems({ ...input, person: { ...input.person, birthDate: '12.04.1999' } }, '2020-12-01'),
    ).toEqual([{ field: 'person.birthDate', reason: 'unreadable_date' }]);
  });

  it('lists a case by its full name as written, else by its parts', () => {
    expect(caseDisplayName(input.person)).toBe('Մամեդով Ալի');
    expect(
      caseDisplayName({ ...input.person, fullName: null, familyName: 'Mammadov', givenName: 'Ali' }),
    ).toBe('Mammadov Ali');
  });

  it('asks remains for real days and coordinates as a pair', () => {
    const remains = {
      reference: 'R-1',
      recoveredOn: '2020-11-31',
      recoveredPlace: 'x',
      latitude: 39.5,
      longitude: null,
      placePrecision: 'point' as const,
      recoveredBy: 'team',
      foundWithDocuments: null,
      foundWithTokens: null,
      clothingNotes: null,
      sex: null,
      documentName: null,
      repatriatedOn: null,
    };
    expect(remainsInputProblems(remains, '2020-12-01')).toEqual([
      { field: 'recoveredOn', reason: 'unreadable_date' },
      { field: 'longitude', reason: 'coordinates_incomplete' },
    ]);
  });
});

describe('a case as the other party sees it', () => {
  const tracingCase: TracingCase = {
    ...input,
    id: 'c',
    reference: 'TR-AZ-00001',
    openedByPartyId: 'AZ',
    openedBy: 'liaison',
    status: 'open',
    aliveState: null,
    closeReason: null,
    mergedIntoCaseId: null,
    pfifRecordId: 'az.parley.example/TR-AZ-00001',
    pfifSourceDate: null,
    createdAt: '',
    updatedAt: '',
  };

  it('never carries the enquirer, their contact or the notes', () => {
    const seen = caseSeenBy({ userId: 'u', role: 'liaison', partyId: 'AM' }, tracingCase);
    expect(seen?.visibility).toBe('search_fields');
    expect(seen?.enquirer).toBeNull();
    expect(seen?.circumstances.note).toBeNull();
    expect(seen?.person.fullName).toBe('Մամեդով Ալի');
    expect(caseSeenBy({ userId: 'u', role: 'liaison', partyId: 'AZ' }, tracingCase)?.enquirer?.name).toBe(
      'Leyla',
    );
    expect(
      caseSeenBy(
        { userId: 'u', role: 'liaison', partyId: 'AM' },
        { ...tracingCase, sharingLevel: 'intermediary_only' },
      ),
    ).toBeNull();
  });
});
