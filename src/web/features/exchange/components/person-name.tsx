import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameInScripts } from '../../../../server/exchange/persons.schemas.js';
import { readerScript } from '../../../i18n/languages.js';
import { useDateFormat } from '../../../lib/use-date-format.js';

export interface PersonIdentityView {
  displayName: string;
  names?: NameInScripts;
  birthDate?: string | null;
  listIds?: string[];
}

/** The transliteration of a name into the reader's script, or null when the name is already written in it. */
export function transliterationFor(person: PersonIdentityView, language: string): string | null {
  const reading = person.names?.[readerScript(language)];
  return reading && reading !== person.displayName ? reading : null;
}

/** A birth date as read: a full date in the reader's words, a partial one (`1994-04`, `1994`) as it is. */
export function useBirthDate(): (birthDate: string | null | undefined) => string | null {
  const dates = useDateFormat();
  return (birthDate) => {
    if (!birthDate) return null;
    return /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? dates.date(birthDate) : birthDate;
  };
}

/**
 * How a person reads on every list: the name as written (in its own script), its transliteration into the reader's
 * script, the birth date and the parties' list identifiers, so that namesakes can be told apart.
 */
export function PersonName({
  person,
  link,
}: {
  person: PersonIdentityView;
  link?: (name: string) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const birth = useBirthDate()(person.birthDate);
  const reading = transliterationFor(person, i18n.language);
  return (
    <span className="person-name" data-testid="person-name">
      <span dir="auto" className="person-name-written">
        {link ? link(person.displayName) : person.displayName}
      </span>
      {reading && (
        <span className="person-name-reading muted" data-testid="person-transliteration">
          {' '}
          ({reading})
        </span>
      )}
      {(birth || (person.listIds?.length ?? 0) > 0) && (
        <span className="person-name-details muted small">
          {birth && <span data-testid="person-birth-date">{t('identity.born', { date: birth })}</span>}
          {birth && (person.listIds?.length ?? 0) > 0 && ' · '}
          {(person.listIds?.length ?? 0) > 0 && (
            <span data-testid="person-list-ids">
              {t('identity.listIds', { ids: person.listIds?.join(', ') })}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
