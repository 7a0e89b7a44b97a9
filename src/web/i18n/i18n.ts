import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../server/routes/common.schemas.js';
import { initialLanguage, PSEUDO_LANGUAGE } from './languages.js';
import { type Catalogue, pseudoCatalogue } from './pseudo-locale.js';

/**
 * Each language's catalogue is its own download, fetched when the language is first used (at start, the reader's
 * language and English, the fallback): the first page does not wait for the three catalogues it does not show.
 */
const CATALOGUES: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./locales/en.json'),
  ru: () => import('./locales/ru.json'),
  hy: () => import('./locales/hy.json'),
  az: () => import('./locales/az.json'),
};

async function catalogue(language: string): Promise<Catalogue> {
  if (language === PSEUDO_LANGUAGE && import.meta.env.DEV)
    return pseudoCatalogue((await CATALOGUES.en()).default);
  const load = CATALOGUES[language as Language];
  if (!load) throw new Error(`no catalogue for language "${language}"`);
  return (await load()).default;
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next
    .use(resourcesToBackend(catalogue))
    .use(initReactI18next)
    .init({
      lng: initialLanguage(),
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language === PSEUDO_LANGUAGE ? 'en' : language;
  });
  return i18next;
}
