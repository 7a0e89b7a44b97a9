import { seededRandom } from '../../engine/index.js';
import type {
  CaseInput,
  IdentificationMethod,
  IdentificationStatus,
  RemainsInput,
} from '../tracing/types.js';
import { ARMENIAN_TOWNS, AZERBAIJANI_TOWNS, FAKER_NAMES, FRONT_PLACES } from './synthetic-lists/index.js';

const DEMO_SHARING = ['other_party', 'observers_counts', 'intermediary_only'] as const;

/**
 * The tracing demo of autumn 2020: cases opened by each party's liaison for families (names as each side writes
 * them, the family's language), and remains whose counts follow the ICRC's figures: 200 repatriated by
 * 17 November; by 5 December more than 600, about 500 of them still to be identified and 135 identified by DNA.
 */
export const DEMO_REMAINS_FIGURES = {
  byMid: { date: '2020-11-17', repatriated: 200 },
  byDecember: { date: '2020-12-05', repatriated: 610, identifiedByDna: 135 },
} as const;

/** How a demo case ends: still searched for, closed by the family, or (set by the loader) resolved. */
export type DemoCaseStory = 'open' | 'possible_match' | 'closed' | 'exchanged' | 'dead';

export interface DemoCase {
  partyCode: 'AM' | 'AZ';
  openedOn: string;
  story: DemoCaseStory;
  input: CaseInput;
}

export interface DemoRemains {
  partyCode: 'AM' | 'AZ';
  input: RemainsInput;
  steps: { status: IdentificationStatus; method: IdentificationMethod; on: string }[];
}

const RELATIONS = ['mother', 'father', 'wife', 'brother', 'sister', 'son'] as const;
const RELATION_WORDS: Record<'hy' | 'az' | 'ru', Record<(typeof RELATIONS)[number], string>> = {
  hy: { mother: 'մայր', father: 'հայր', wife: 'կին', brother: 'եղբայր', sister: 'քույր', son: 'որդի' },
  az: { mother: 'ana', father: 'ata', wife: 'həyat yoldaşı', brother: 'qardaş', sister: 'bacı', son: 'oğul' },
  ru: { mother: 'мать', father: 'отец', wife: 'жена', brother: 'брат', sister: 'сестра', son: 'сын' },
};

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Stories of one side's cases in turn, so that every sharing level meets every status. */
const STORIES: readonly DemoCaseStory[] = [
  'open',
  'dead',
  'open',
  'possible_match',
  'closed',
  'dead',
  'open',
];

/**
 * `count` cases opened by one party's liaison. Armenia's families write in Armenian (a few in Russian);
 * Azerbaijan's in Azerbaijani. Every other case is shared with the other party to search its records.
 */
export function demoCases(partyCode: 'AM' | 'AZ', count: number, seed: number): DemoCase[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const cases: DemoCase[] = [];
  for (let i = 0; i < count; i++) {
    const russian = partyCode === 'AM' && i % 5 === 4;
    const language = partyCode === 'AZ' ? 'az' : russian ? 'ru' : 'hy';
    const names =
      partyCode === 'AZ'
        ? { given: FAKER_NAMES.az_AZ.first_names_male, family: FAKER_NAMES.az_AZ.last_names_male }
        : russian
          ? { given: FAKER_NAMES.ru_RU.first_names_male, family: FAKER_NAMES.ru_RU.last_names_male }
          : { given: FAKER_NAMES.hy_AM.first_names_male, family: FAKER_NAMES.hy_AM.last_names };
    const fathers = names.given;
    const given = pick(names.given);
    const family = pick(names.family);
    const relation = pick(RELATIONS);
    const script = language === 'ru' ? 'ru' : language;
    const military = random() < 0.8;
    const lastSeenOn = addDays('2020-09-27', Math.floor(random() * 44));
    const year = 1975 + Math.floor(random() * 27);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const towns = partyCode === 'AM' ? ARMENIAN_TOWNS : AZERBAIJANI_TOWNS;
    cases.push({
      partyCode,
      openedOn: addDays('2020-11-12', Math.floor(random() * 20)),
      story: STORIES[i % STORIES.length],
      input: {
        person: {
          givenName: given,
          familyName: family,
          patronymic: pick(fathers),
          fullName: null,
          sex: 'm',
          birthDate:
            i % 6 === 3
              ? String(year)
              : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          birthPlace: pick(towns)[script],
          category: military ? 'military' : 'civilian',
          unit: military ? `${1 + Math.floor(random() * 9)}` : null,
          rank: military ? pick(['private', 'sergeant', 'lieutenant']) : null,
        },
        circumstances: {
          lastSeenOn,
          lastSeenPrecision: 'day',
          lastSeenPlace: pick(FRONT_PLACES)[script],
          lastSeenPlacePrecision: 'settlement',
          note: null,
        },
        enquirer: {
          name: `${pick(names.given)} ${family}`,
          relation: RELATION_WORDS[script][relation],
          contact: partyCode === 'AM' ? `+374 ${10 + i} 00 00 ${10 + i}` : `+994 ${50 + i} 000 00 ${10 + i}`,
          language,
        },
        // Families chose each level: shared with the other party, counted for observers, kept to the intermediary.
        sharingLevel: DEMO_SHARING[i % DEMO_SHARING.length],
        expiresOn: null,
      },
    });
  }
  return cases;
}

/**
 * The remains of the demo: 610 sets, 560 recovered by Armenia's search teams in the areas it left and 50 by
 * Azerbaijan's; 200 repatriated by 17 November, the rest by 5 December; 135 identified by DNA by then, a few more
 * presumed from documents found with them.
 */
export function demoRemains(seed: number): DemoRemains[] {
  const random = seededRandom(seed);
  const all: DemoRemains[] = [];
  const total = DEMO_REMAINS_FIGURES.byDecember.repatriated;
  for (let i = 0; i < total; i++) {
    const partyCode = i % 12 === 11 ? 'AZ' : 'AM';
    const early = i < DEMO_REMAINS_FIGURES.byMid.repatriated;
    const repatriatedOn = early ? addDays('2020-11-12', i % 6) : addDays('2020-11-18', i % 18);
    const recoveredOn = addDays(repatriatedOn, -(1 + Math.floor(random() * 4)));
    const place = FRONT_PLACES[i % FRONT_PLACES.length];
    const steps: DemoRemains['steps'] = [];
    // The first 135 to come back were the first identified by DNA, over the fortnight to 5 December.
    if (i < DEMO_REMAINS_FIGURES.byDecember.identifiedByDna)
      steps.push({ status: 'confirmed', method: 'dna', on: addDays('2020-11-22', i % 14) });
    else if (i % 40 === 7)
      steps.push({ status: 'presumptive', method: 'documents', on: addDays(repatriatedOn, 1) });
    all.push({
      partyCode,
      input: {
        reference: `${partyCode}-PM-${String(i + 1).padStart(4, '0')}`,
        recoveredOn,
        recoveredPlace: partyCode === 'AM' ? place.hy : place.az,
        latitude: 39.3 + random() * 0.6,
        longitude: 46.4 + random() * 0.8,
        placePrecision: i % 3 === 0 ? 'point' : 'settlement',
        recoveredBy: partyCode === 'AM' ? 'Search team with the ICRC' : 'ANAMA search team',
        foundWithDocuments: i % 9 === 0 ? 'military ID (damaged)' : null,
        foundWithTokens: i % 4 === 0 ? 'identity tag' : null,
        clothingNotes: i % 2 === 0 ? 'uniform, boots' : 'civilian clothing',
        sex: 'm',
        documentName: null,
        repatriatedOn,
      },
      steps,
    });
  }
  return all;
}
