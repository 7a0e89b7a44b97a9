import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, PSEUDO_LANGUAGE, type UiLanguage } from '../i18n/languages.js';
import { useSession } from '../lib/session.js';
import { describeError } from './error-message.js';

const AUTONYM_KEYS = {
  en: 'common.language.en',
  ru: 'common.language.ru',
  hy: 'common.language.hy',
  az: 'common.language.az',
  pseudo: 'common.language.pseudo',
} as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const [error, setError] = useState<unknown>(null);
  const choices: UiLanguage[] = import.meta.env.DEV ? [...LANGUAGES, PSEUDO_LANGUAGE] : [...LANGUAGES];
  return (
    <div className="language-switch">
      <label>
        <span className="visually-hidden">{t('common.language.label')}</span>
        <select
          name="language"
          value={i18n.language}
          onChange={(event) => {
            setError(null);
            changeLanguage(event.target.value as UiLanguage).catch(setError);
          }}
        >
          {choices.map((language) => (
            <option
              key={language}
              value={language}
              lang={language === PSEUDO_LANGUAGE ? undefined : language}
            >
              {t(AUTONYM_KEYS[language])}
            </option>
          ))}
        </select>
      </label>
      {error !== null && (
        <span className="field-error" role="alert">
          {describeError(error, t)}
        </span>
      )}
    </div>
  );
}
