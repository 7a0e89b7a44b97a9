import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../lib/date-input.js';
import { FieldFrame } from './form-field.js';

interface DateFieldProps {
  label: string;
  name: string;
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Called with `YYYY-MM-DD` once the typed text is a date, with '' when it is emptied. */
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}

/**
 * A date typed day first in the reader's order (14.12.2020; 14/12/2020 in English), with the pattern shown and the
 * text checked as it is typed; unlike the browser's date input, never mm/dd/yyyy.
 */
export function DateField({ label, name, value, onChange, error, required }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => formatDateInput(value, i18n.language));
  const [unreadable, setUnreadable] = useState(false);

  // A value set from outside (a form cleared, another language) shows in the reader's order.
  useEffect(() => {
    setText((current) =>
      parseDateInput(current) === value ? current : formatDateInput(value, i18n.language),
    );
    if (value !== '') setUnreadable(false);
  }, [value, i18n.language]);

  const change = (next: string) => {
    setText(next);
    const read = parseDateInput(next);
    setUnreadable(next.trim() !== '' && read === null);
    if (read !== null) onChange(read);
    else if (next.trim() === '') onChange('');
  };

  const pattern = t('common.date.inputPattern');
  return (
    <FieldFrame
      label={label}
      hint={t('common.date.inputHint', { pattern })}
      error={error ?? (unreadable ? t('common.date.inputInvalid', { pattern }) : undefined)}
    >
      {({ inputId, describedBy }) => (
        <input
          id={inputId}
          name={name}
          type="text"
          inputMode="text"
          autoComplete="off"
          placeholder={pattern}
          value={text}
          required={required}
          onChange={(event) => change(event.target.value)}
          onBlur={() => {
            const read = parseDateInput(text);
            if (read) setText(formatDateInput(read, i18n.language));
          }}
          aria-invalid={error || unreadable ? true : undefined}
          aria-describedby={describedBy}
          data-date-input="true"
        />
      )}
    </FieldFrame>
  );
}
