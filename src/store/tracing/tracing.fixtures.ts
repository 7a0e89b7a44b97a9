import type { CaseInput, RemainsInput } from '../../domain/tracing/types.js';

/** A case as a family of Armenia might give it (names in Armenian script), shared as the test needs. */
export function caseInput(
  overrides: Partial<CaseInput['person']> = {},
  extra: Partial<CaseInput> = {},
): CaseInput {
  return {
    person: {
      givenName: 'Արամ',
      familyName: 'Պետրոսյան',
      patronymic: 'Վարդանի',
      fullName: null,
      sex: 'm',
      birthDate: '2001-04-12',
      birthPlace: 'Գորիս',
      category: 'military',
      unit: '1st battalion',
      rank: 'private',
      ...overrides,
    },
    circumstances: {
      lastSeenOn: '2020-10-20',
      lastSeenPrecision: 'day',
      lastSeenPlace: 'Hadrut',
      lastSeenPlacePrecision: 'settlement',
      note: 'Called his mother on the 19th',
    },
    enquirer: { name: 'Անահիտ Պետրոսյան', relation: 'mother', contact: '+374 00 000000', language: 'hy' },
    sharingLevel: 'other_party',
    expiresOn: null,
    ...extra,
  };
}

export function remainsInput(reference: string, extra: Partial<RemainsInput> = {}): RemainsInput {
  return {
    reference,
    recoveredOn: '2020-11-20',
    recoveredPlace: 'Hadrut district',
    latitude: 39.52,
    longitude: 46.99,
    placePrecision: 'point',
    recoveredBy: 'Search team 3',
    foundWithDocuments: null,
    foundWithTokens: 'identity tag',
    clothingNotes: 'uniform',
    sex: 'm',
    documentName: null,
    repatriatedOn: null,
    ...extra,
  };
}
