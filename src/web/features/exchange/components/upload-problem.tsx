import { useTranslation } from 'react-i18next';
import type { ListProblem } from '../../../../server/exchange/lists.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { ApiError } from '../../../lib/api-client.js';
import { useExchangeLabels } from '../lib/labels.js';

/** Why a file or a mapping was refused, in the UI's language, with the row or cell at fault. */
export function UploadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  if (!(error instanceof ApiError)) return <ErrorMessage error={error} />;
  const problem: Partial<ListProblem> = error.problem;
  const where = problem.cell
    ? t('exchange.upload.problem.atCell', { cell: problem.cell })
    : problem.row !== undefined
      ? t('exchange.upload.problem.atRow', { row: problem.row })
      : '';
  const known =
    problem.type === 'urn:parley:problem:file-too-large'
      ? t('exchange.upload.problem.tooLarge')
      : labels.fileProblem(problem.type);
  if (known !== null) {
    return (
      <p className="alert alert-error" role="alert" data-testid="upload-problem">
        {known} {where}
      </p>
    );
  }
  const fieldErrors = Object.entries(error.fieldErrors());
  if (error.status === 400 && fieldErrors.length > 0) {
    return (
      <div className="alert alert-error" role="alert" data-testid="upload-problem">
        <p>{t('exchange.upload.problem.mapping')}</p>
        <ul>
          {fieldErrors.map(([field, message]) => (
            <li key={field}>
              {labels.field(field.replace(/^mapping\./, ''))}: {message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return <ErrorMessage error={error} />;
}
