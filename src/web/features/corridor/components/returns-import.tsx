import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ReturnMapping,
  ReturnsImport,
  ReturnsRejectedProblem,
} from '../../../../server/corridor/returns.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { ApiError } from '../../../lib/api-client.js';
import { useSession } from '../../../lib/session.js';
import { importReturnsFile } from '../api/import-returns.js';

const FIELDS = [
  'date',
  'region',
  'destination',
  'origin',
  'individuals',
  'households',
  'mode',
  'source',
] as const satisfies readonly (keyof ReturnMapping)[];
const REQUIRED = new Set<string>(['date', 'destination', 'individuals']);

type Checked =
  | { kind: 'passed'; result: ReturnsImport }
  | { kind: 'rejected'; rejects: ReturnsRejectedProblem['rejects'] }
  | { kind: 'error'; error: unknown };

/**
 * A returns file (CSV or XLSX) taken in steps, as the exchange's lists are: the file is read and checked, its
 * columns matched to the fields (proposed from the headers and HXL hashtags, changed here), each row at fault shown
 * with its reason, and only then imported, every row or none.
 */
export function ReturnsImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const csrf = state.status === 'signedIn' ? state.session.csrfToken : '';
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ReturnMapping | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [imported, setImported] = useState<ReturnsImport | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (chosen: File, with_: ReturnMapping | null) => {
    setBusy(true);
    setImported(null);
    try {
      const result = await importReturnsFile(chosen, with_, true, csrf);
      setHeaders(result.headers);
      setMapping(result.mapping);
      setChecked({ kind: 'passed', result });
    } catch (error) {
      const problem = error instanceof ApiError ? (error.problem as Partial<ReturnsRejectedProblem>) : {};
      const offered = (problem as { headers?: string[] }).headers;
      if (offered) setHeaders(offered);
      if (problem.mapping) setMapping(problem.mapping);
      else if (!with_ && offered) setMapping({});
      setChecked(
        error instanceof ApiError && error.status === 422 && problem.rejects
          ? { kind: 'rejected', rejects: problem.rejects }
          : { kind: 'error', error },
      );
    } finally {
      setBusy(false);
    }
  };

  const importNow = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || checked?.kind !== 'passed') return;
    setBusy(true);
    try {
      setImported(await importReturnsFile(file, mapping, false, csrf));
      setChecked(null);
      setFile(null);
      setHeaders([]);
      setMapping(null);
      onImported();
    } catch (error) {
      setChecked({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={importNow} data-testid="returns-import">
      <h2>{t('corridor.returnsImport.title')}</h2>
      <label>
        {t('corridor.returnsImport.file')}
        <input
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setChecked(null);
            setMapping(null);
            setHeaders([]);
            if (chosen) void check(chosen, null);
          }}
        />
      </label>
      {busy && <p role="status">{t('common.loading')}</p>}
      {file && headers.length > 0 && mapping && (
        <fieldset className="form-grid" data-testid="returns-mapping">
          <legend>{t('corridor.returnsImport.mapping')}</legend>
          {FIELDS.map((field) => (
            <label key={field}>
              {t(`corridor.returnsImport.field_${field}`)}
              {REQUIRED.has(field) && ' *'}
              <select
                name={`mapping.${field}`}
                value={mapping[field] ?? ''}
                onChange={(event) => {
                  const next = { ...mapping, [field]: event.target.value || undefined };
                  setMapping(next);
                  setChecked(null);
                }}
              >
                <option value="">{t('corridor.returnsImport.notInFile')}</option>
                {headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <div className="form-actions form-wide">
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void check(file, mapping)}
              data-testid="returns-check"
            >
              {t('corridor.returnsImport.check')}
            </button>
          </div>
        </fieldset>
      )}
      {checked?.kind === 'rejected' && (
        <div className="alert alert-error" role="alert" data-testid="returns-rejects">
          <p>{t('corridor.returnsImport.rejected', { count: checked.rejects.length })}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('corridor.returnsImport.row')}</th>
                  <th scope="col">{t('corridor.returnsImport.column')}</th>
                  <th scope="col">{t('corridor.returnsImport.value')}</th>
                  <th scope="col">{t('corridor.returnsImport.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {checked.rejects.slice(0, 200).map((reject) => (
                  <tr key={`${reject.row}-${reject.field}`} data-testid="returns-reject">
                    <td>{reject.row}</td>
                    <td>{t(`corridor.returnsImport.field_${reject.field}`)}</td>
                    <td>{reject.value}</td>
                    <td>
                      {t(`corridor.returnsImport.reason_${reject.reason}`, { defaultValue: reject.reason })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {checked?.kind === 'error' && <ErrorMessage error={checked.error} />}
      {checked?.kind === 'passed' && (
        <p className="alert alert-info" data-testid="returns-ready">
          {t('corridor.returnsImport.ready', {
            rows: checked.result.accepted,
            individuals: checked.result.individuals.toLocaleString(),
          })}
        </p>
      )}
      {imported && (
        <p className="alert alert-success" role="status" data-testid="returns-imported">
          {t('corridor.returnsImport.done', { rows: imported.accepted })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || checked?.kind !== 'passed'}>
          {t('corridor.returnsImport.import')}
        </button>
      </div>
    </form>
  );
}
