import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseBody } from '../../../server/tracing/tracing.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { openCase } from './api/open-case.js';

const text = (value: FormDataEntryValue | null) => {
  const s = typeof value === 'string' ? value.trim() : '';
  return s === '' ? null : s;
};

/** A liaison opens a case with the family: one column, large fields, works on a phone. */
export function NewCasePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      person: {
        givenName: text(form.get('givenName')),
        familyName: text(form.get('familyName')),
        patronymic: text(form.get('patronymic')),
        fullName: null,
        sex: (text(form.get('sex')) as 'm' | 'f' | null) ?? null,
        birthDate: text(form.get('birthDate')),
        birthPlace: text(form.get('birthPlace')),
        category: (text(form.get('category')) ?? 'unknown') as CaseBody['person']['category'],
        unit: text(form.get('unit')),
        rank: text(form.get('rank')),
      },
      circumstances: {
        lastSeenOn: text(form.get('lastSeenOn')),
        lastSeenPrecision: null,
        lastSeenPlace: text(form.get('lastSeenPlace')),
        lastSeenPlacePrecision: null,
        note: text(form.get('note')),
      },
      enquirer: {
        name: text(form.get('enquirerName')) ?? '',
        relation: text(form.get('relation')) ?? '',
        contact: text(form.get('contact')),
        language: (text(form.get('language')) ?? 'en') as CaseBody['enquirer']['language'],
      },
      sharingLevel: (text(form.get('sharingLevel')) ?? 'intermediary_only') as CaseBody['sharingLevel'],
      expiresOn: null,
    } satisfies CaseBody;
    setBusy(true);
    setError(null);
    try {
      const opened = await openCase(body);
      navigate(`/tracing/cases/${opened.id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const field = (name: string, label: string, type = 'text') => (
    <label className="field" style={{ display: 'block' }}>
      <span>{label}</span>
      <input name={name} type={type} style={{ width: '100%', fontSize: '1rem' }} />
    </label>
  );
  return (
    <div className="page" data-testid="tracing-new-case" style={{ maxWidth: '36rem' }}>
      <h1>{t('tracing.form.title')}</h1>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('tracing.form.person')}</legend>
          {field('familyName', t('tracing.form.familyName'))}
          {field('givenName', t('tracing.form.givenName'))}
          {field('patronymic', t('tracing.form.patronymic'))}
          {field('birthDate', t('tracing.form.birthDate'))}
          {field('birthPlace', t('tracing.form.birthPlace'))}
          <label className="field" style={{ display: 'block' }}>
            <span>{t('tracing.form.sex')}</span>
            <select name="sex" defaultValue="">
              <option value="">—</option>
              <option value="m">{t('tracing.form.male')}</option>
              <option value="f">{t('tracing.form.female')}</option>
            </select>
          </label>
          <label className="field" style={{ display: 'block' }}>
            <span>{t('tracing.form.category')}</span>
            <select name="category" defaultValue="unknown">
              {(['military', 'civilian', 'unknown'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`tracing.category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          {field('unit', t('tracing.form.unit'))}
          {field('rank', t('tracing.form.rank'))}
        </fieldset>
        <fieldset>
          <legend>{t('tracing.form.circumstances')}</legend>
          {field('lastSeenOn', t('tracing.form.lastSeenOn'))}
          {field('lastSeenPlace', t('tracing.form.lastSeenPlace'))}
          {field('note', t('tracing.form.note'))}
        </fieldset>
        <fieldset>
          <legend>{t('tracing.form.enquirer')}</legend>
          {field('enquirerName', t('tracing.form.enquirerName'))}
          {field('relation', t('tracing.form.relation'))}
          {field('contact', t('tracing.form.contact'), 'tel')}
          <label className="field" style={{ display: 'block' }}>
            <span>{t('tracing.form.language')}</span>
            <select name="language" defaultValue={i18n.language.slice(0, 2)}>
              {(['hy', 'az', 'ru', 'en'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`tracing.language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field" style={{ display: 'block' }}>
            <span>{t('tracing.form.sharing')}</span>
            <select name="sharingLevel" defaultValue="intermediary_only">
              {(['intermediary_only', 'observers_counts', 'other_party'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`tracing.sharing.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {error !== null && <ErrorMessage error={error} />}
        <button className="button-primary" type="submit" disabled={busy}>
          {t('tracing.form.submit')}
        </button>
      </form>
    </div>
  );
}
