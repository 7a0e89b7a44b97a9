import type { Language } from '../../server/routes/common.schemas.js';

export const LANGUAGES: readonly Language[] = ['en', 'ru', 'hy', 'az'];

/** Development only: shows every string as its `[[key]]`, so untranslated text stands out. */
export const PSEUDO_LANGUAGE = 'pseudo';

export type UiLanguage = Language | typeof PSEUDO_LANGUAGE;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const STORAGE_KEY = 'parley.locale';

/** The language chosen before login (or on this device), else the browser's, else English. */
export function initialLanguage(): UiLanguage {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const preferred of navigator.languages ?? []) {
    const base = preferred.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function readStoredLanguage(): UiLanguage | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
    if (stored === PSEUDO_LANGUAGE && import.meta.env.DEV) return PSEUDO_LANGUAGE;
  } catch {
    // Storage may be disabled (private mode); the browser's language is then used.
  }
  return null;
}

export function storeLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered on this device; a signed-in user's choice is still saved on the server.
  }
}

/** The script a reader of each language reads names in: Latin (en, az), Cyrillic (ru), Armenian (hy). */
export const READER_SCRIPT = {
  en: 'latin',
  az: 'latin',
  ru: 'cyrillic',
  hy: 'armenian',
} as const satisfies Record<Language, 'latin' | 'cyrillic' | 'armenian'>;

/** The reader's script for a UI language (the pseudo-locale reads Latin). */
export function readerScript(language: string): 'latin' | 'cyrillic' | 'armenian' {
  return isLanguage(language) ? READER_SCRIPT[language] : 'latin';
}
