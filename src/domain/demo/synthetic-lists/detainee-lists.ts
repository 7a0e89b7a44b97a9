import { dateText, fathersName, typo } from './clerk.js';
import { type Dice, seededDice } from './dice.js';
import { type Person, Population, type PopulationOptions } from './population.js';
import { type Nation, type Script, writeName } from './writing.js';

/** One row of a generated list, in the engine's recognised columns. */
export interface GeneratedRow {
  id: string;
  full_name: string;
  sex: string;
  birth_date: string;
  birth_place: string;
  document_number: string;
  unit: string;
  /** The generated person behind the row: equal on both sides means a true link. */
  person: number;
}

export interface GeneratedLists {
  left: GeneratedRow[];
  right: GeneratedRow[];
  /** Pairs (left id, right id) of the same person, joined by `\u0000`; with duplicates a person may have several. */
  truePairs: Set<string>;
}

/** The key of a true pair in `truePairs`. */
export const pairKey = (leftId: string, rightId: string): string => `${leftId}\u0000${rightId}`;

function rowOf(dice: Dice, person: Person, id: string, script: Script): GeneratedRow {
  let given = writeName(person.given, person.nation, script);
  let family = writeName(person.family, person.nation, script);
  if (dice.chance(0.08)) given = typo(dice, given);
  if (dice.chance(0.08)) family = typo(dice, family);
  const withFather = person.nation === 'az' ? dice.chance(0.4) : person.nation === 'ru' && dice.chance(0.6);
  const father = withFather ? fathersName(person, script, true) : '';
  const full = (dice.chance(0.5) ? [family, given, father] : [given, father, family])
    .filter(Boolean)
    .join(' ');
  return {
    id,
    full_name: full,
    birth_date: dateText(dice, person.birth, dice.chance(0.5) ? 'iso' : 'dmy', true),
    sex: dice.chance(0.7) ? person.sex : '',
    birth_place: dice.chance(0.6) ? person.birthPlace[script] : '',
    document_number: dice.chance(0.5)
      ? dice.chance(0.03)
        ? typo(dice, person.document)
        : person.document
      : '',
    unit: dice.chance(0.3) ? person.unit : '',
    person: person.id,
  };
}

/**
 * Two detainee lists of `size` rows each, as two parties would type them: Armenian, Azerbaijani and Russian people
 * in Armenian script, Azerbaijani Latin, Russian Cyrillic or English, with typos, partial and wrong dates, exonyms,
 * duplicates and namesakes (`skewed`: common names and birth years as in real lists). The left list writes people in their own script or in English; the right one, 70% of
 * them the left's people, in Russian Cyrillic or English, 2% of them twice.
 */
export function generateDetaineeLists(
  size: number,
  seed = 1,
  options: PopulationOptions = {},
): GeneratedLists {
  const dice = seededDice(seed);
  const population = new Population(dice, options);
  const nextPerson = (): Person => {
    const roll = dice.random();
    const nation: Nation = roll < 0.45 ? 'hy' : roll < 0.9 ? 'az' : 'ru';
    const { people } = population;
    return people.length > 0 && dice.chance(0.05)
      ? population.addNamesake(dice.pick(people))
      : population.add(nation);
  };
  const left: GeneratedRow[] = [];
  const right: GeneratedRow[] = [];
  const truePairs = new Set<string>();
  const leftIdOf = new Map<number, string>();
  while (left.length < size) {
    const person = nextPerson();
    const id = `L${left.length + 1}`;
    left.push(rowOf(dice, person, id, dice.chance(0.6) ? person.nation : 'en'));
    leftIdOf.set(person.id, id);
  }
  let shared = 0;
  while (right.length < size) {
    const { people } = population;
    const person = dice.chance(0.7) && shared < people.length ? people[shared++] : nextPerson();
    const copies = dice.chance(0.02) ? 2 : 1;
    for (let c = 0; c < copies && right.length < size; c++) {
      const id = `R${right.length + 1}`;
      const script: Script =
        person.nation === 'ru' ? (dice.chance(0.7) ? 'ru' : 'en') : dice.chance(0.5) ? 'ru' : 'en';
      right.push(rowOf(dice, person, id, script));
      const leftId = leftIdOf.get(person.id);
      if (leftId) truePairs.add(pairKey(leftId, id));
    }
  }
  return { left, right, truePairs };
}
