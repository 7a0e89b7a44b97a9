import type { ComparableRecord } from '../compare/comparable-record.js';

/** Records that share any key of a rule become a candidate pair. */
export interface BlockingRule {
  id: string;
  keys(record: ComparableRecord): string[];
  /** A block with more pairs than this is too common to be evidence and is skipped for this rule. */
  maxPairsPerBlock?: number;
}

function namePairs(record: ComparableRecord): string[] {
  const keys = [...record.nameKeys].sort();
  const result: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) result.push(`${keys[i]}|${keys[j]}`);
  }
  return result;
}

/** Two name parts in common, whatever their order (given/family swaps meet). */
export const namePairRule: BlockingRule = { id: 'namePair', keys: namePairs };

/** One name part and the birth year in common: catches a typo in the other part. */
export const nameAndBirthYearRule: BlockingRule = {
  id: 'nameAndBirthYear',
  maxPairsPerBlock: 1_000,
  keys: (record) => {
    const year = record.record.birthDate?.year;
    return year === undefined ? [] : record.nameKeys.map((key) => `${key}|${year}`);
  },
};

export const documentNumberRule: BlockingRule = {
  id: 'documentNumber',
  keys: (record) => (record.documentNumber ? [record.documentNumber] : []),
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
};

/** One rare name part in common: for lists with little besides names. Common parts are skipped. */
export const rareNameRule: BlockingRule = {
  id: 'rareName',
  keys: (record) => record.nameKeys,
  maxPairsPerBlock: 100,
};

export const DEFAULT_BLOCKING_RULES: readonly BlockingRule[] = [
  namePairRule,
  nameAndBirthYearRule,
  documentNumberRule,
  birthDateAndInitialRule,
  rareNameRule,
];
