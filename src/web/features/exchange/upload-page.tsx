import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  ColumnMapping,
  DateOrder,
  ImportMode,
  ImportResult,
  ListKind,
  RowReject,
  Upload,
  UploadPreview,
} from '../../../server/exchange/lists.schemas.js';
import { Notice } from '../../components/error-message.js';
import { SelectField } from '../../components/form-field.js';
import { useSession } from '../../lib/session.js';
import { importUpload, rejectsOf } from './api/import-upload.js';
import { previewUpload } from './api/preview-upload.js';
import { uploadFile } from './api/upload-file.js';
import { ColumnMappingForm } from './components/column-mapping-form.js';
import { ConfirmImportDialog } from './components/confirm-import-dialog.js';
import { DatesAsRead } from './components/dates-as-read.js';
import { EntryTable } from './components/entry-table.js';
import { ImportModeChoice } from './components/import-mode-choice.js';
import { RejectTable } from './components/reject-table.js';
import { UploadProblem } from './components/upload-problem.js';
import { LIST_KINDS, useExchangeLabels } from './lib/labels.js';

const SAMPLE_ROWS_SHOWN = 5;

/**
 * Upload a file, map its columns, preview what will be read and what cannot (each date as read, in the file's date
 * order), see what the import does to the list's current version, choose to add to it or replace it, confirm, and
 * import it whole.
 */
export function UploadPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const { state } = useSession();
  const csrfToken = state.status === 'signedIn' ? state.session.csrfToken : '';
  const [kind, setKind] = useState<ListKind>('missing');
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<UploadPreview | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder>('dmy');
  const [mode, setMode] = useState<ImportMode | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [refusedRows, setRefusedRows] = useState<RowReject[] | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A new key empties the file input, which React does not control.
  const [fileFormKey, setFileFormKey] = useState(0);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setUpload(null);
    setPreview(null);
    setMode(null);
    setConfirming(false);
    setDateOrder('dmy');
    setRefusedRows(null);
    setImported(null);
    setFile(null);
    setError(null);
    setFileFormKey((key) => key + 1);
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => {
      const uploaded = await uploadFile(file, csrfToken);
      setUpload(uploaded);
      setMapping(uploaded.suggestedMapping);
      setPreview(null);
      setRefusedRows(null);
    });
  };

  const showPreview = (order: DateOrder = dateOrder) => {
    if (!upload) return;
    void run(async () => {
      setMode(null);
      setPreview(await previewUpload(upload.uploadId, kind, mapping, order));
    });
  };

  const changeDateOrder = (order: DateOrder) => {
    setDateOrder(order);
    showPreview(order);
  };

  // Over a list with a version, nothing is imported before the liaison has chosen and confirmed what it does.
  const askImport = () => {
    if (preview?.current) setConfirming(true);
    else runImport();
  };

  const runImport = () => {
    if (!upload) return;
    setConfirming(false);
    void run(async () => {
      try {
        setImported(
          await importUpload(upload.uploadId, {
            kind,
            mapping,
            dateOrder,
            ...(preview?.current && mode ? { mode, basedOn: preview.current.version } : {}),
          }),
        );
      } catch (failure) {
        const rejects = rejectsOf(failure);
        if (!rejects) throw failure;
        setRefusedRows(rejects);
      }
    });
  };

  if (imported) {
    return (
      <div className="page" data-testid="upload-done">
        <h1>{t('exchange.upload.title')}</h1>
        <Notice>
          {t('exchange.upload.imported', {
            count: imported.version.entryCount,
            version: imported.version.number,
            kind: labels.kind(imported.list.kind),
          })}
        </Notice>
        <p className="form-actions">
          <Link to={`/exchange/lists/${encodeURIComponent(imported.list.id)}`}>
            {t('exchange.upload.openList')}
          </Link>
          <button type="button" className="button-secondary" onClick={startOver}>
            {t('exchange.upload.another')}
          </button>
        </p>
      </div>
    );
  }

  const rejects = refusedRows ?? preview?.rejects ?? [];
  return (
    <div className="page" data-testid="upload-page">
      <header className="page-header">
        <h1>{t('exchange.upload.title')}</h1>
        <p className="muted">{t('exchange.upload.intro')}</p>
      </header>
      {error !== null && <UploadProblem error={error} />}

      <form
        key={fileFormKey}
        className="card form"
        onSubmit={send}
        aria-label={t('exchange.upload.stepFile')}
      >
        <h2>{t('exchange.upload.stepFile')}</h2>
        <div className="form-grid">
          <SelectField
            label={t('exchange.upload.kind')}
            name="kind"
            value={kind}
            options={LIST_KINDS.map((value) => ({ value, label: labels.kind(value) }))}
            onChange={(value) => {
              setKind(value);
              setPreview(null);
              setMode(null);
            }}
            hint={kind === 'held' ? t('exchange.upload.kindHeldHint') : t('exchange.upload.kindMissingHint')}
          />
          <div className="field">
            <label htmlFor="exchange-file">{t('exchange.upload.file')}</label>
            <input
              id="exchange-file"
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              aria-describedby="exchange-file-hint"
            />
            <p className="field-hint" id="exchange-file-hint">
              {t('exchange.upload.fileHint')}
            </p>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy || !file}>
            {t('exchange.upload.send')}
          </button>
        </div>
      </form>

      {upload && (
        <section className="card" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading">{t('exchange.upload.stepMapping', { fileName: upload.fileName })}</h2>
          <p className="muted">{t('exchange.upload.mappingHint')}</p>
          {upload.formulaCells.length > 0 && (
            <p className="alert alert-info" data-testid="formula-cells">
              {t('exchange.upload.formulaCells', {
                count: upload.formulaCells.length,
                cells: upload.formulaCells.slice(0, 10).join(', '),
              })}
            </p>
          )}
          <div className="table-wrap">
            <table data-testid="sample-rows">
              <caption>{t('exchange.upload.sampleCaption', { count: upload.totalRows })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.upload.row')}</th>
                  {upload.headers.map((header) => (
                    <th scope="col" key={header}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {upload.sampleRows.slice(0, SAMPLE_ROWS_SHOWN).map((sample) => (
                  <tr key={sample.row}>
                    <td data-label={t('exchange.upload.row')}>{sample.row}</td>
                    {upload.headers.map((header, column) => (
                      <td key={header} data-label={header} className="as-written">
                        {sample.values[column] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ColumnMappingForm
            headers={upload.headers}
            mapping={mapping}
            onChange={(next) => {
              setMapping(next);
              setPreview(null);
              setRefusedRows(null);
            }}
          />
          <div className="form-actions">
            <button type="button" className="button-primary" onClick={() => showPreview()} disabled={busy}>
              {t('exchange.upload.preview')}
            </button>
          </div>
        </section>
      )}

      {upload && preview && (
        <section className="card" aria-labelledby="preview-heading" data-testid="upload-preview">
          <h2 id="preview-heading">{t('exchange.upload.stepPreview')}</h2>
          <p data-testid="preview-summary">
            {t('exchange.upload.acceptedOf', { count: preview.total, accepted: preview.accepted })}
          </p>
          <DatesAsRead
            dateOrder={dateOrder}
            onDateOrder={changeDateOrder}
            dates={preview.dates}
            ambiguous={preview.ambiguousDates}
            disabled={busy}
          />
          {preview.rows.length > 0 && (
            <EntryTable
              caption={t('exchange.upload.asRead', { count: preview.rows.length })}
              rows={preview.rows.map((entry) => ({
                key: String(entry.row),
                row: entry.row,
                fields: entry.fields,
              }))}
            />
          )}
          {rejects.length > 0 ? (
            <>
              <p className="alert alert-error" role="alert">
                {t('exchange.upload.fixFile')}
              </p>
              <RejectTable rejects={rejects} />
              <div className="form-actions">
                <button type="button" className="button-secondary" onClick={startOver}>
                  {t('exchange.upload.chooseAnother')}
                </button>
              </div>
            </>
          ) : (
            <>
              {preview.current && preview.effects && (
                <ImportModeChoice
                  current={preview.current}
                  effects={preview.effects}
                  mode={mode}
                  onMode={setMode}
                />
              )}
              <div className="form-actions">
                <button
                  type="button"
                  className="button-primary"
                  onClick={askImport}
                  disabled={busy || (preview.current !== null && mode === null)}
                  data-testid="import"
                >
                  {t('exchange.upload.import', { count: preview.accepted })}
                </button>
                {preview.current && mode === null && (
                  <span className="muted" data-testid="choose-mode">
                    {t('exchangeImport.chooseMode')}
                  </span>
                )}
              </div>
              {confirming && mode && preview.current && preview.effects && (
                <ConfirmImportDialog
                  mode={mode}
                  effect={preview.effects[mode]}
                  version={preview.current.version + 1}
                  onConfirm={runImport}
                  onCancel={() => setConfirming(false)}
                />
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
