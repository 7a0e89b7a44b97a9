import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SideDiscrepancy } from '../../../server/exchange/report.schemas.js';
import { DateField } from '../../components/date-field.js';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { ApiError } from '../../lib/api-client.js';
import { useCurrentUser } from '../../lib/session.js';
import { todayIso } from '../../lib/today.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import {
  discrepancyReportFileUrl,
  getDiscrepancyReport,
  getDiscrepancyReportSection,
} from './api/get-discrepancy-report.js';
import { publishReport } from './api/publish-report.js';
import { type LoadSection, PersonGroup } from './components/run-results.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function Side({ side, more }: { side: SideDiscrepancy; more: LoadSection }) {
  const { t } = useTranslation();
  const partyName = usePartyNames();
  const party = partyName(side.partyId);
  const other = partyName(side.otherPartyId);
  return (
    <section className="card report-side" data-testid="report-side">
      <h2>{t('exchange.report.side', { party, other })}</h2>
      <PersonGroup
        label={t('exchange.report.claimedMissing', { party })}
        group={side.claimedMissing}
        more={(offset) => more('claimedMissing', offset)}
        testId="claimed"
      />
      <PersonGroup
        label={t('exchange.report.locatedInOtherList', { other })}
        group={side.locatedInOtherList}
        more={(offset) => more('locatedInOtherList', offset)}
        testId="located"
      />
      <PersonGroup
        label={t('exchange.report.awaitingReview')}
        group={side.awaitingReview}
        more={(offset) => more('awaitingReview', offset)}
        testId="awaiting-review"
      />
      <PersonGroup
        label={t('exchange.report.heldButNotClaimed', { other })}
        group={side.heldButNotClaimed}
        more={(offset) => more('heldButNotClaimed', offset)}
        testId="held-not-claimed"
      />
      <PersonGroup
        label={t('exchange.report.claimedButNotLocated')}
        group={side.claimedButNotLocated}
        more={(offset) => more('claimedButNotLocated', offset)}
        testId="not-located"
      />
    </section>
  );
}

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { user } = useCurrentUser();
  const dates = useDateFormat();
  const [asOf, setAsOf] = useState('');
  const report = useApiQuery((signal) => getDiscrepancyReport(asOf || null, signal), [asOf]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const isCoordinator = user.role === 'coordinator';

  const publish = async () => {
    if (!report.data) return;
    setError(null);
    try {
      const published = await publishReport(asOf || todayIso());
      setNotice(t('exchange.report.published', { date: dates.date(published.asOf.slice(0, 10)) }));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className="page" data-testid="discrepancy-report">
      <header className="page-header">
        <h1>{t('exchange.report.title')}</h1>
        <p className="muted">
          {isCoordinator ? t('exchange.report.intro') : t('exchange.report.introPublished')}
        </p>
      </header>
      {notice && <Notice>{notice}</Notice>}
      {error !== null && <ErrorMessage error={error} />}
      {isCoordinator && (
        <div className="form-grid">
          <DateField label={t('exchange.report.asOf')} name="asOf" value={asOf} onChange={setAsOf} />
        </div>
      )}
      {report.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {report.status === 'error' &&
        (report.error instanceof ApiError && report.error.status === 404 && !isCoordinator ? (
          <p className="muted" data-testid="report-not-published">
            {t('exchange.report.notPublished')}
          </p>
        ) : (
          <ErrorMessage error={report.error} onRetry={report.reload} />
        ))}
      {report.status === 'success' && (
        <>
          <p data-testid="report-as-of">
            {t('exchange.report.asOfText', {
              date: ISO_DATE.test(report.data.asOf)
                ? dates.date(report.data.asOf)
                : dates.dateTime(report.data.asOf),
            })}
          </p>
          <div className="form-actions">
            <a
              className="button-secondary button-as-link"
              href={discrepancyReportFileUrl('xlsx', asOf || null, i18n.language)}
              download
            >
              {t('exchange.report.downloadXlsx')}
            </a>
            <a
              className="button-secondary button-as-link"
              href={discrepancyReportFileUrl('pdf', asOf || null, i18n.language)}
              download
            >
              {t('exchange.report.downloadPdf')}
            </a>
            {isCoordinator && (
              <button type="button" className="button-primary" onClick={publish}>
                {t('exchange.report.publish')}
              </button>
            )}
          </div>
          {report.data.sides.map((side) => (
            <Side
              key={side.partyId}
              side={side}
              more={(section, offset) =>
                getDiscrepancyReportSection(asOf || null, side.partyId, section, offset)
              }
            />
          ))}
        </>
      )}
    </div>
  );
}
