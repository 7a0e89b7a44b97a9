import { useTranslation } from 'react-i18next';

/** The implementation status as a badge; a status this version does not know is shown by its code. */
export function ProvisionStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    not_started: t('agreement.status_not_started'),
    in_progress: t('agreement.status_in_progress'),
    partially_implemented: t('agreement.status_partially_implemented'),
    implemented: t('agreement.status_implemented'),
    completed: t('agreement.status_completed'),
    ongoing: t('agreement.status_ongoing'),
    delayed: t('agreement.status_delayed'),
    violated: t('agreement.status_violated'),
    disputed: t('agreement.status_disputed'),
    unknown: t('agreement.status_unknown'),
  };
  return <span className={`badge badge-status status-${status.replace(/[^a-z_]/g, '')}`}>{labels[status] ?? status}</span>;
}
