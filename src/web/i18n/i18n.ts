import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, PSEUDO_LANGUAGE } from './languages.js';
import az from './locales/az.json';
import en from './locales/en.json';
import hy from './locales/hy.json';
import ru from './locales/ru.json';
import { pseudoCatalogue } from './pseudo-locale.js';

const resources = {
  en: { translation: en },
  ru: { translation: ru },
  hy: { translation: hy },
  az: { translation: az },
  ...(import.meta.env.DEV ? { [PSEUDO_LANGUAGE]: { translation: pseudoCatalogue(en) } } : {}),
};

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
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
