import type { Language, LocalisedText } from '../../server/routes/common.schemas.js';

/** The text in `language` when it exists, else English; `fallback` tells the page to say so. */
export function pickLocalised(text: LocalisedText, language: string): { value: string; fallback: boolean } {
  const translated = text[language as Language];
  if (typeof translated === 'string' && translated.trim() !== '')
    return { value: translated, fallback: false };
  return { value: text.en, fallback: language !== 'en' };
}
