import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client.js';

/** One sentence for an error, in the UI's language; the server's own detail is added for validation errors. */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  switch (error.status) {
    case 0:
      return t('errors.network');
    case 400:
    case 422:
      return t('errors.validation');
    case 401:
      return t('errors.sessionExpired');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return error.problem.detail ? `${t('errors.conflict')} ${error.problem.detail}` : t('errors.conflict');
    default:
      return t('errors.generic');
  }
}

/** A request the server refused as wrong (4xx) fails the same way again; retrying helps only for the rest. */
function isRequestFault(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <span>{describeError(error, t)}</span>
      {onRetry && !isRequestFault(error) && (
        <button type="button" className="button-link" onClick={onRetry}>
          {t('common.buttons.retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({ children }: { children: string }) {
  return (
    <p className="alert alert-success" role="status">
      {children}
    </p>
  );
}
