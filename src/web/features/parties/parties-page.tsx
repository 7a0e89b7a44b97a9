import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../server/routes/parties.schemas.js';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { usePartyKindLabel } from '../../components/role-label.js';
import { getParties } from '../../lib/get-parties.js';
import { pickLocalised } from '../../lib/localised-text.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { createParty } from './api/create-party.js';
import { updateParty } from './api/update-party.js';
import { PartyForm } from './components/party-form.js';

export function PartiesPage() {
  const { t, i18n } = useTranslation();
  const kindLabel = usePartyKindLabel();
  const parties = useApiQuery((signal) => getParties(signal), []);
  const [editing, setEditing] = useState<Party | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [rowError, setRowError] = useState<unknown>(null);

  const toggleActive = async (party: Party) => {
    if (party.active && !window.confirm(t('parties.confirmDeactivate', { code: party.code }))) return;
    setRowError(null);
    try {
      const saved = await updateParty(party.id, { active: !party.active });
      setNotice(
        saved.active
          ? t('parties.activated', { code: saved.code })
          : t('parties.deactivated', { code: saved.code }),
      );
      parties.reload();
    } catch (error) {
      setRowError(error);
    }
  };

  return (
    <div className="page">
      <header className="page-header page-header-row">
        <h1>{t('parties.title')}</h1>
        {!creating && (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setCreating(true);
              setEditing(null);
              setNotice(null);
            }}
          >
            {t('parties.form.createHeading')}
          </button>
        )}
      </header>
      {notice && <Notice>{notice}</Notice>}
      {rowError !== null && <ErrorMessage error={rowError} />}
      {creating && (
        <PartyForm
          heading={t('parties.form.createHeading')}
          submitLabel={t('common.buttons.create')}
          onCancel={() => setCreating(false)}
          onSubmit={async (values) => {
            const created = await createParty(values);
            setCreating(false);
            setNotice(t('parties.created', { code: created.code }));
            parties.reload();
          }}
        />
      )}
      {editing && (
        <PartyForm
          key={editing.id}
          heading={t('parties.form.editHeading', { code: editing.code })}
          initial={editing}
          submitLabel={t('common.buttons.save')}
          onCancel={() => setEditing(null)}
          onSubmit={async (values) => {
            const saved = await updateParty(editing.id, values);
            setEditing(null);
            setNotice(t('parties.saved', { code: saved.code }));
            parties.reload();
          }}
        />
      )}
      {parties.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {parties.status === 'error' && <ErrorMessage error={parties.error} onRetry={parties.reload} />}
      {parties.status === 'success' &&
        (parties.data.length === 0 ? (
          <p className="muted">{t('parties.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('parties.count', { count: parties.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('parties.columns.code')}</th>
                  <th scope="col">{t('parties.columns.name')}</th>
                  <th scope="col">{t('parties.columns.kind')}</th>
                  <th scope="col">{t('parties.columns.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {parties.data.map((party) => (
                  <tr key={party.id} className={party.active ? undefined : 'row-inactive'}>
                    <td data-label={t('parties.columns.code')}>
                      <code>{party.code}</code>
                    </td>
                    <td data-label={t('parties.columns.name')}>
                      {pickLocalised(party.names, i18n.language).value}
                    </td>
                    <td data-label={t('parties.columns.kind')}>{kindLabel(party.kind)}</td>
                    <td data-label={t('parties.columns.status')}>
                      {party.active ? t('common.active') : t('common.inactive')}
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => {
                          setEditing(party);
                          setCreating(false);
                          setNotice(null);
                        }}
                      >
                        {t('common.buttons.edit')}
                      </button>
                      <button type="button" className="button-link" onClick={() => toggleActive(party)}>
                        {party.active ? t('common.buttons.deactivate') : t('common.buttons.activate')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
