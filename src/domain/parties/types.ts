export const PARTY_KINDS = ['party', 'intermediary', 'observer'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const UI_LANGUAGES = ['en', 'ru', 'hy', 'az'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A party's name in every UI language; a language without a translation falls back to English. */
export type PartyNames = Record<UiLanguage, string>;

export interface Party {
  id: string;
  code: string;
  kind: PartyKind;
  names: PartyNames;
  active: boolean;
}

export interface NewParty {
  code: string;
  kind: PartyKind;
  names: { en: string } & Partial<PartyNames>;
}

export interface PartyPatch {
  code?: string;
  kind?: PartyKind;
  names?: Partial<PartyNames>;
  active?: boolean;
}

export function completeNames(names: { en: string } & Partial<PartyNames>): PartyNames {
  return {
    en: names.en,
    ru: names.ru || names.en,
    hy: names.hy || names.en,
    az: names.az || names.en,
  };
}
