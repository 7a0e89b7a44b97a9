/** Script of one name token. */
export type Script = 'armenian' | 'cyrillic' | 'latin' | 'other';

export interface NameToken {
  /** As written, NFC, original script (punctuation other than inner hyphens stripped). */
  text: string;
  script: Script;
  /**
   * Comparable lowercase ASCII Latin forms. keys[0] is the canonical key: a coarse phonetic skeleton in which
   * the transliteration standards and the Russian conventional renderings collapse (used for blocking and
   * term frequencies). keys[1] is the primary fine key (a normalised Latin transliteration); the rest are
   * fine variants (alternative readings of ambiguous letters).
   */
  keys: string[];
}

export interface ParsedName {
  given: NameToken[];
  family: NameToken[];
  patronymic: NameToken[];
  /** When the patronymic or the surname form says so. */
  sex?: 'm' | 'f';
}

export interface NameInput {
  full?: string;
  given?: string;
  family?: string;
  patronymic?: string;
}

/**
 * From the strongest agreement to none. `partial`: some parts agree and the rest are missing on one side or
 * misspelt past a variant; `partlyDifferent`: one part agrees and each side has another that is plainly a
 * different name (Grigoryan Jivan / Grigoryan Manvel: namesakes, not one person).
 */
export type NameLevel =
  | 'exact'
  | 'transliteration'
  | 'close'
  | 'partial'
  | 'partlyDifferent'
  | 'different'
  | 'missing';

export interface NameComparison {
  level: NameLevel;
  /** 0..1 */
  similarity: number;
  /** True when the best reading pairs one side's given name with the other's family name. */
  swapped: boolean;
  /** Both sides give a father's name and they are one name (in any script or standard). */
  fathersAgree: boolean;
}

/** Role a token plays; it changes which suffix rules apply to its keys. */
export type TokenRole = 'given' | 'family' | 'patronymic';
