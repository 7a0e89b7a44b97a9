import type { Dice } from './dice.js';
import { FAKER_NAMES } from './faker-names.js';
import { ARMENIAN_TOWNS, AZERBAIJANI_TOWNS, FRONT_PLACES, type Place, RUSSIAN_TOWNS } from './places.js';
import type { Nation } from './writing.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** One generated person, before any clerk writes them down. */
export interface Person {
  /** The person's number in the population: two rows of one person are a true pair. */
  id: number;
  nation: Nation;
  sex: 'm' | 'f';
  given: string;
  family: string;
  /** The father's given name (Armenian, Azerbaijani), or the patronymic itself (Russian). */
  father: string;
  birth: Day;
  birthPlace: Place;
  serviceman: boolean;
  /** Index into a rank table (0–6, privates most often). */
  rank: number;
  unit: string;
  document: string;
  /** When and where the person was taken or went missing. */
  eventDate: Day;
  eventPlace: Place;
}

const TOWNS: Readonly<Record<Nation, readonly Place[]>> = {
  hy: ARMENIAN_TOWNS,
  az: AZERBAIJANI_TOWNS,
  ru: RUSSIAN_TOWNS,
};
const DOCUMENT_PREFIX: Readonly<Record<Nation, string>> = { hy: 'AN', az: 'AZE', ru: 'RU' };

function namesOf(
  nation: Nation,
  sex: 'm' | 'f',
): { given: readonly string[]; family: readonly string[]; father: readonly string[] } {
  const male = sex === 'm';
  if (nation === 'hy') {
    const hy = FAKER_NAMES.hy_AM;
    return {
      given: male ? hy.first_names_male : hy.first_names_female,
      family: hy.last_names,
      father: hy.first_names_male,
    };
  }
  if (nation === 'az') {
    const az = FAKER_NAMES.az_AZ;
    return {
      given: male ? az.first_names_male : az.first_names_female,
      family: [...(male ? az.last_names_male : az.last_names_female), ...az.last_names_unisex],
      father: az.first_names_male,
    };
  }
  const ru = FAKER_NAMES.ru_RU;
  return {
    given: male ? ru.first_names_male : ru.first_names_female,
    family: male ? ru.last_names_male : ru.last_names_female,
    father: male ? ru.middle_names_male : ru.middle_names_female,
  };
}

/** The people the lists are written from: new people, and namesakes who share an earlier person's name. */
export class Population {
  readonly people: Person[] = [];

  constructor(private readonly dice: Dice) {}

  private day(from: Day, spanDays: number): Day {
    const date = new Date(
      Date.UTC(from.year, from.month - 1, from.day) + this.dice.below(spanDays) * 86_400_000,
    );
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }

  add(nation: Nation): Person {
    const { dice } = this;
    const serviceman = dice.chance(0.8);
    const sex = serviceman || dice.chance(0.6) ? 'm' : 'f';
    const names = namesOf(nation, sex);
    const person: Person = {
      id: this.people.length,
      nation,
      sex,
      given: dice.pick(names.given),
      family: dice.pick(names.family),
      father: dice.pick(names.father),
      birth: serviceman
        ? this.day({ year: 1975, month: 1, day: 1 }, 27 * 365)
        : this.day({ year: 1940, month: 1, day: 1 }, 60 * 365),
      birthPlace: dice.pick(TOWNS[nation]),
      serviceman,
      rank: dice.below(7),
      unit: String(10000 + dice.below(90000)),
      document: `${DOCUMENT_PREFIX[nation]}${String(dice.below(1e8)).padStart(8, '0')}`,
      eventDate: this.day({ year: 2020, month: 9, day: 27 }, 45),
      eventPlace: dice.pick(FRONT_PLACES),
    };
    this.people.push(person);
    return person;
  }

  /** A new person with an earlier person's given and family name: someone else, whom names alone cannot tell apart. */
  addNamesake(of: Person): Person {
    const person = this.add(of.nation);
    Object.assign(person, { sex: of.sex, given: of.given, family: of.family });
    return person;
  }
}
