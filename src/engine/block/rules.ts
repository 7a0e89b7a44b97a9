import type { ComparableRecord } from '../compare/comparable-record.js';
import { unitDigits } from '../compare/comparisons.js';

/** Further keys of a record in a block too large: records sharing one stay together. */
export type Refinement = (record: ComparableRecord, key: string) => string[];

/** Records that share any key of a rule become a candidate pair. */
export interface BlockingRule {
  id: string;
  keys(record: ComparableRecord): string[];
  /**
   * A block with more pairs than this is split by `refine`, each further key in turn, until its parts are small
   * enough (a record without the further key stays in every part). Nobody is dropped: a part still too large after
   * the last further key is kept whole.
   */
  maxPairsPerBlock?: number;
  refine?: readonly Refinement[];
  /** For rare values only: a block over the cap is no evidence, and is skipped rather than split. */
  rareValuesOnly?: boolean;
}

function namePairs(record: ComparableRecord): string[] {
  const keys = [...record.nameKeys].sort();
  const result: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) result.push(`${keys[i]}|${keys[j]}`);
  }
  return result;
}

const birthYear: Refinement = (record) => {
  const year = record.record.birthDate?.year;
  return year === undefined ? [] : [String(year)];
};

/** The month and day of birth in either order: a day and month written the wrong way round still meet. */
const birthDayAndMonth: Refinement = (record) => {
  const date = record.record.birthDate;
  if (date?.month === undefined || date.day === undefined) return [];
  const [low, high] = date.month < date.day ? [date.month, date.day] : [date.day, date.month];
  return [`${low}-${high}`];
};

/** The place of birth (its canonical reading, whatever the script). */
const birthPlace: Refinement = (record) => (record.birthPlace ? [record.birthPlace.canonical] : []);

/** The unit's number (or its text when it has no digits). */
const unit: Refinement = (record) => {
  if (!record.unit) return [];
  return [unitDigits(record.unit) || record.unit];
};

/** The document number. */
const documentNumber = (record: ComparableRecord): string[] =>
  record.documentNumber ? [record.documentNumber] : [];

/** The father's name (patronymic) as a name part. */
const fathersName: Refinement = (record) =>
  record.record.name.patronymic.flatMap((token) => (token.keys[0] ? [token.keys[0]] : []));

/** The first letter of each name part other than the one the block shares. */
const otherNameInitials: Refinement = (record, key) => {
  const shared = key.split('|')[0];
  return record.nameKeys.filter((nameKey) => nameKey !== shared).map((nameKey) => nameKey.charAt(0));
};

/** The first two letters of each name part. */
const namePrefixes: Refinement = (record) => record.nameKeys.map((nameKey) => nameKey.slice(0, 2));

/** Two name parts in common, whatever their order (given/family swaps meet). */
export const namePairRule: BlockingRule = {
  id: 'namePair',
  keys: namePairs,
  maxPairsPerBlock: 1_000,
  refine: [birthDayAndMonth, birthYear, birthPlace, unit, fathersName, documentNumber],
};

/** One name part and the birth year in common: catches a typo in the other part. */
export const nameAndBirthYearRule: BlockingRule = {
  id: 'nameAndBirthYear',
  maxPairsPerBlock: 1_000,
  keys: (record) => {
    const year = record.record.birthDate?.year;
    return year === undefined ? [] : record.nameKeys.map((key) => `${key}|${year}`);
  },
  refine: [otherNameInitials, birthDayAndMonth, birthPlace, unit, fathersName, documentNumber],
};

export const documentNumberRule: BlockingRule = {
  id: 'documentNumber',
  keys: documentNumber,
  refine: [namePrefixes],
};

/** The full birth date and a name initial: catches names spelled apart beyond their first letter. */
export const birthDateAndInitialRule: BlockingRule = {
  id: 'birthDateAndInitial',
  maxPairsPerBlock: 1_000,
  keys: (record) => {
    const date = record.record.birthDate;
    if (date?.year === undefined || date.month === undefined || date.day === undefined) return [];
    const initials = new Set(record.nameKeys.map((key) => key.charAt(0)));
    return [...initials].map((initial) => `${date.year}-${date.month}-${date.day}|${initial}`);
  },
  refine: [namePrefixes],
};

/** One rare name part in common: for lists with little besides names. Common parts are no evidence here. */
export const rareNameRule: BlockingRule = {
  id: 'rareName',
  keys: (record) => record.nameKeys,
  maxPairsPerBlock: 100,
  rareValuesOnly: true,
};

export const DEFAULT_BLOCKING_RULES: readonly BlockingRule[] = [
  namePairRule,
  nameAndBirthYearRule,
  documentNumberRule,
  birthDateAndInitialRule,
  rareNameRule,
];
