import { useTranslation } from 'react-i18next';
import type { ProvisionStatus as Status } from '../../../../server/routes/agreements.schemas.js';

/** The implementation status as a badge; a status this version does not know is shown by its code. */
export function ProvisionStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  const labels: Record<Status, string> = {
    not_assessed: t('agreement.status_not_assessed'),
    not_started: t('agreement.status_not_started'),
    in_progress: t('agreement.status_in_progress'),
    implemented: t('agreement.status_implemented'),
    disputed: t('agreement.status_disputed'),
  };
  return <span className={`badge status-${status}`}>{labels[status] ?? status}</span>;
}
