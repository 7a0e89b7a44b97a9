// An independent generator of the two parties' detainee lists, written from issue 10's description of
// real lists (not from the engine's rules nor from bench/detainee-lists.ts): most people born within a
// few years of each other, placeholder dates (01.01.YYYY), each side's own names for places, a
// patronymic on one side only, names in capitals with doubled or dropped letters, document numbers
// rare on the Azerbaijani side's list, duplicates, namesakes, typos, partial dates, all four scripts.
//
// The Armenian side's list (left) holds its own missing and the Azerbaijanis it holds; the Azerbaijani
// side's list (right) holds its own missing and the Armenians it holds. The same person on both lists is
// a true pair.
import { seededRandom } from '../../src/engine/index.js';
import {
  ARMENIAN_FAMILY,
  ARMENIAN_GIVEN_FEMALE,
  ARMENIAN_GIVEN_MALE,
  AZERBAIJANI_FAMILY,
  AZERBAIJANI_GIVEN_FEMALE,
  AZERBAIJANI_GIVEN_MALE,
  type GeneratedPlace,
  PLACES,
} from './people.js';
import {
  armenianToAzerbaijani,
  armenianToEnglish,
  armenianToRussian,
  azerbaijaniToEnglish,
  azerbaijaniToRussian,
  doubledOrDropped,
  inCapitals,
  russianToArmenian,
  russianToAzerbaijani,
  russianToEnglish,
  typo,
} from './writing.js';

/** Seeds for developing the engine against these lists; the held-out seed is run only for closing figures. */
export const DEVELOPMENT_SEEDS = [1, 2];
export const HELD_OUT_SEED = 20_201_110;

export type ListRow = {
  id: string;
  full_name: string;
  sex: string;
  birth_date: string;
  birth_place: string;
  document_number: string;
  unit: string;
};

export interface IndependentLists {
  left: ListRow[];
  right: ListRow[];
  /** `leftId\u0000rightId` of every pair of rows that are the same person. */
  truePairs: Set<string>;
  /** Whose person each row is: a side's list holds its own missing and the other nation's persons it holds. */
  nationOf: Map<string, Nation>;
  /**
   * The most correct one-to-one links there can be: for each person on both lists, the fewer of their
   * copies (a person written twice on one side and once on the other can be linked once).
   */
  findableLinks: number;
}

export type Nation = 'armenian' | 'azerbaijani';
type Side = 'armenian' | 'azerbaijani';

interface Person {
  nation: Nation;
  sex: 'm' | 'f';
  given: string;
  family: string;
  father: string;
  year: number;
  month: number;
  day: number;
  /** The day and month are unknown to the lists (both write a placeholder or the year only). */
  dayUnknown: boolean;
  place: GeneratedPlace;
  document: string;
  unit: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface GenerateOptions {
  /** People behind the lists; each list gets roughly 70 % of them, plus duplicates. */
  people: number;
  seed: number;
}

export function generateIndependentLists({ people: count, seed }: GenerateOptions): IndependentLists {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const units = Array.from({ length: 60 }, () => 10000 + Math.floor(random() * 90000));

  const newPerson = (): Person => {
    const nation: Nation = chance(0.6) ? 'armenian' : 'azerbaijani';
    const sex = chance(0.95) ? 'm' : 'f';
    const armenian = nation === 'armenian';
    const given = armenian
      ? pick(sex === 'm' ? ARMENIAN_GIVEN_MALE : ARMENIAN_GIVEN_FEMALE)
      : pick(sex === 'm' ? AZERBAIJANI_GIVEN_MALE : AZERBAIJANI_GIVEN_FEMALE);
    // Conscripts born within three years of each other; the rest reservists and volunteers.
    const year = chance(0.7) ? 2000 + Math.floor(random() * 3) : 1970 + Math.floor(random() * 30);
    return {
      nation,
      sex,
      given,
      family: pick(armenian ? ARMENIAN_FAMILY : AZERBAIJANI_FAMILY),
      father: pick(armenian ? ARMENIAN_GIVEN_MALE : AZERBAIJANI_GIVEN_MALE),
      year,
      month: 1 + Math.floor(random() * 12),
      day: 1 + Math.floor(random() * 28),
      dayUnknown: chance(0.12),
      place: pick(PLACES),
      document: armenian
        ? `AN${String(Math.floor(random() * 1e7)).padStart(7, '0')}`
        : `AA${String(Math.floor(random() * 1e7)).padStart(7, '0')}`,
      unit: pick(units),
    };
  };

  type Script = 'armenian' | 'azerbaijani' | 'russian' | 'english';

  /** The script a side writes a person's name in. */
  const scriptFor = (side: Side, nation: Nation): Script => {
    const roll = random();
    if (side === 'armenian') {
      if (nation === 'armenian') return roll < 0.45 ? 'armenian' : roll < 0.8 ? 'russian' : 'english';
      return roll < 0.5 ? 'russian' : roll < 0.75 ? 'armenian' : 'english';
    }
    if (nation === 'azerbaijani') return roll < 0.8 ? 'azerbaijani' : roll < 0.95 ? 'russian' : 'english';
    return roll < 0.7 ? 'azerbaijani' : roll < 0.9 ? 'russian' : 'english';
  };

  /** One word of a name (given, family or the father's given name) in a script. */
  const writeWord = (word: string, nation: Nation, script: Script): string => {
    if (nation === 'armenian') {
      if (script === 'armenian') return word;
      if (script === 'russian') return armenianToRussian(word, random);
      if (script === 'english') return armenianToEnglish(word, random);
      return chance(0.5)
        ? armenianToAzerbaijani(word, random)
        : russianToAzerbaijani(armenianToRussian(word, random));
    }
    if (script === 'azerbaijani') return word;
    const russian = azerbaijaniToRussian(word, random);
    if (script === 'russian') return russian;
    if (script === 'english') return chance(0.7) ? azerbaijaniToEnglish(word) : russianToEnglish(russian);
    return russianToArmenian(russian);
  };

  const feminine = (family: string, script: Script, nation: Nation): string => {
    if (nation !== 'azerbaijani') return family;
    if (script === 'armenian') return family;
    return `${family}a`;
  };

  /** The father's name as the side writes it in that script, or nothing. */
  const patronymic = (person: Person, side: Side, script: Script): string => {
    const p = side === 'armenian' ? 0.6 : 0.25;
    if (!chance(p)) return '';
    const father = writeWord(person.father, person.nation, script);
    const son = person.sex === 'm';
    if (script === 'armenian') return person.nation === 'armenian' ? `${father}ի` : `${father}ի`;
    if (script === 'russian') {
      if (person.nation === 'azerbaijani' && chance(0.5)) return `${father} ${son ? 'оглы' : 'кызы'}`;
      const stem = father.replace(/[йь]$/u, '');
      const soft = /[йь]$/u.test(father);
      return `${stem}${son ? (soft ? 'евич' : 'ович') : soft ? 'евна' : 'овна'}`;
    }
    if (script === 'azerbaijani') {
      if (person.nation === 'armenian' && chance(0.5)) return `${father}${son ? 'oviç' : 'ovna'}`;
      return `${father} ${son ? 'oğlu' : 'qızı'}`;
    }
    return son ? `${father}ovich` : `${father}ovna`;
  };

  const placeName = (place: GeneratedPlace, side: Side, script: Script): string => {
    if (side === 'armenian') {
      if (script === 'armenian') return place.armenian;
      if (script === 'english') return place.englishArm;
      return place.russianArm;
    }
    if (script === 'russian') return place.russianAz;
    if (script === 'english') return azerbaijaniToEnglish(place.azerbaijani);
    return place.azerbaijani;
  };

  const birthDate = (person: Person, side: Side): string => {
    let { year, month, day } = person;
    const placeholder = side === 'armenian' ? 0.06 : 0.18;
    if (person.dayUnknown || chance(placeholder)) {
      const roll = random();
      if (roll < 0.55) return `01.01.${year}`;
      if (roll < 0.9) return String(year);
      return '';
    }
    const roll = random();
    if (roll < 0.04) return '';
    if (roll < 0.07) return `${year}-${pad(month)}`;
    if (roll < 0.1) year += chance(0.5) ? 1 : -1;
    else if (roll < 0.12 && day <= 12) [day, month] = [month, day];
    else if (roll < 0.15) day = Math.max(1, Math.min(28, day + (chance(0.5) ? 10 : -10)));
    return side === 'armenian' && chance(0.5)
      ? `${year}-${pad(month)}-${pad(day)}`
      : `${pad(day)}.${pad(month)}.${year}`;
  };

  const unit = (person: Person, side: Side): string => {
    if (!chance(side === 'armenian' ? 0.55 : 0.3)) return '';
    if (side === 'armenian') return chance(0.5) ? `в/ч ${person.unit}` : String(person.unit);
    return chance(0.5) ? `${person.unit} saylı hərbi hissə` : `N ${person.unit}`;
  };

  const render = (person: Person, side: Side, id: string): ListRow => {
    const script = scriptFor(side, person.nation);
    const capitals = side === 'azerbaijani' ? chance(0.6) : chance(0.15);
    const slip = (word: string) => {
      let out = word;
      if (chance(0.06)) out = typo(out, random);
      if (capitals && chance(0.12)) out = doubledOrDropped(out, random);
      return out;
    };
    const given = slip(writeWord(person.given, person.nation, script));
    let family = slip(writeWord(person.family, person.nation, script));
    if (person.sex === 'f') family = feminine(family, script, person.nation);
    const father = patronymic(person, side, script);
    const surnameFirst = script === 'english' ? chance(0.4) : chance(0.85);
    const words = surnameFirst ? [family, given, father] : [given, father, family];
    let full = words.filter(Boolean).join(' ');
    if (capitals) full = inCapitals(full, script === 'azerbaijani');
    const document =
      person.nation === side
        ? chance(side === 'armenian' ? 0.4 : 0.05)
          ? person.document
          : ''
        : chance(0.03)
          ? person.document
          : '';
    return {
      id,
      full_name: full,
      sex: chance(side === 'armenian' ? 0.6 : 0.8)
        ? side === 'armenian'
          ? person.sex === 'm'
            ? 'м'
            : 'ж'
          : person.sex === 'm'
            ? 'kişi'
            : 'qadın'
        : '',
      birth_date: birthDate(person, side),
      birth_place: chance(side === 'armenian' ? 0.6 : 0.5) ? placeName(person.place, side, script) : '',
      document_number: document,
      unit: unit(person, side),
    };
  };

  const population: Person[] = [];
  for (let i = 0; i < count; i++) {
    // Namesakes: another person with an earlier one's given and family name.
    if (population.length > 0 && chance(0.04)) {
      const twin = pick(population);
      population.push({
        ...newPerson(),
        nation: twin.nation,
        sex: twin.sex,
        given: twin.given,
        family: twin.family,
      });
    } else population.push(newPerson());
  }

  const left: ListRow[] = [];
  const right: ListRow[] = [];
  const nationOf = new Map<string, Nation>();
  const leftIdsOf = new Map<number, string[]>();
  const rightIdsOf = new Map<number, string[]>();
  const place = (list: ListRow[], ids: Map<number, string[]>, side: Side, prefix: string, index: number) => {
    const copies = chance(0.03) ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const id = `${prefix}${list.length + 1}`;
      list.push(render(population[index], side, id));
      nationOf.set(id, population[index].nation);
      ids.set(index, [...(ids.get(index) ?? []), id]);
    }
  };
  population.forEach((_person, index) => {
    if (chance(0.7)) place(left, leftIdsOf, 'armenian', 'A', index);
    if (chance(0.7)) place(right, rightIdsOf, 'azerbaijani', 'B', index);
  });
  // Each list in its own order, as a clerk would type it (not aligned with the other list).
  const shuffle = (rows: ListRow[]) => {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
  };
  shuffle(left);
  shuffle(right);
  const truePairs = new Set<string>();
  let findableLinks = 0;
  for (const [index, leftIds] of leftIdsOf) {
    findableLinks += Math.min(leftIds.length, rightIdsOf.get(index)?.length ?? 0);
    for (const leftId of leftIds)
      for (const rightId of rightIdsOf.get(index) ?? []) truePairs.add(`${leftId}\u0000${rightId}`);
  }
  return { left, right, truePairs, findableLinks, nationOf };
}
