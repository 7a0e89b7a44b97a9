import { type Dice, seededDice } from './dice.js';
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

interface NamePool {
  given: readonly string[];
  family: readonly string[];
  /** The father's given names, or the patronymics themselves for Russians. */
  father: readonly string[];
}

const { hy_AM: hy, az_AZ: az, ru_RU: ru } = FAKER_NAMES;
/** The names each nation's men and women are drawn from. */
const NAME_POOLS: Readonly<Record<Nation, Readonly<Record<'m' | 'f', NamePool>>>> = {
  hy: {
    m: { given: hy.first_names_male, family: hy.last_names, father: hy.first_names_male },
    f: { given: hy.first_names_female, family: hy.last_names, father: hy.first_names_male },
  },
  az: {
    m: {
      given: az.first_names_male,
      family: [...az.last_names_male, ...az.last_names_unisex],
      father: az.first_names_male,
    },
    f: {
      given: az.first_names_female,
      family: [...az.last_names_female, ...az.last_names_unisex],
      father: az.first_names_male,
    },
  },
  ru: {
    m: { given: ru.first_names_male, family: ru.last_names_male, father: ru.middle_names_male },
    f: { given: ru.first_names_female, family: ru.last_names_female, father: ru.middle_names_female },
  },
};

/** How names and birth years are spread over the people. */
export interface PopulationOptions {
  /**
   * As in real lists: a few surnames and given names carried by many (Zipf's law over each nation's names, so the
   * commonest Azerbaijani surname is about one man in six), and most servicemen conscripts of the last few years.
   * Otherwise every name and year is as likely as any other.
   */
  skewed?: boolean;
}

/** Weights 1/rank over names in an order of their own (a fixed shuffle, not the alphabet's). */
class SkewedNames {
  private readonly cumulative = new Map<readonly string[], { names: string[]; upTo: Float64Array }>();

  pick(dice: Dice, names: readonly string[]): string {
    let table = this.cumulative.get(names);
    if (!table) {
      const order = seededDice(names.length).shuffle([...names]);
      const upTo = new Float64Array(order.length);
      let sum = 0;
      for (let rank = 0; rank < order.length; rank++) {
        sum += 1 / (rank + 1);
        upTo[rank] = sum;
      }
      table = { names: order, upTo };
      this.cumulative.set(names, table);
    }
    const target = dice.random() * table.upTo[table.upTo.length - 1];
    let low = 0;
    let high = table.upTo.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (table.upTo[middle] > target) high = middle;
      else low = middle + 1;
    }
    return table.names[low];
  }
}

/** The people the lists are written from: new people, and namesakes who share an earlier person's name. */
export class Population {
  readonly people: Person[] = [];
  private readonly skewed: SkewedNames | undefined;

  constructor(
    private readonly dice: Dice,
    options: PopulationOptions = {},
  ) {
    this.skewed = options.skewed ? new SkewedNames() : undefined;
  }

  private name(names: readonly string[]): string {
    return this.skewed ? this.skewed.pick(this.dice, names) : this.dice.pick(names);
  }

  private serviceBirth(): Day {
    // Conscripts (18 to 21 in the autumn of 2020) are most servicemen in real lists.
    if (this.skewed && this.dice.chance(0.6)) return this.day({ year: 1999, month: 1, day: 1 }, 4 * 365);
    return this.day({ year: 1975, month: 1, day: 1 }, 27 * 365);
  }

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
    const names = NAME_POOLS[nation][sex];
    const person: Person = {
      id: this.people.length,
      nation,
      sex,
      given: this.name(names.given),
      family: this.name(names.family),
      father: this.name(names.father),
      birth: serviceman ? this.serviceBirth() : this.day({ year: 1940, month: 1, day: 1 }, 60 * 365),
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
