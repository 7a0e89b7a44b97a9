import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../components/chart-canvas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getReturnsSeries, returnsHxlUrl } from './api/corridor-api.js';
import { ReturnsImportForm } from './components/returns-import.js';
import { useCorridorLabels } from './lib/labels.js';

/** Returns of displaced people: each day's count and the total so far, as a chart and a table; HXL export. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const { user } = useCurrentUser();
  const series = useApiQuery((signal) => getReturnsSeries({}, signal), []);
  const number = (n: number) => n.toLocaleString(labels.language);
  const chart = useMemo((): ChartConfiguration | null => {
    if (series.status !== 'success') return null;
    const days = series.data.days;
    return {
      type: 'bar',
      data: {
        labels: days.map((d) => dates.date(d.date)),
        datasets: [
          {
            type: 'bar',
            label: t('corridor.returns.daily'),
            data: days.map((d) => d.individuals),
            backgroundColor: '#1f5f99',
            yAxisID: 'daily',
          },
          {
            type: 'line',
            label: t('corridor.returns.cumulative'),
            data: days.map((d) => d.cumulativeIndividuals),
            borderColor: '#1f6b3a',
            pointRadius: 0,
            yAxisID: 'total',
          },
        ],
      },
      options: {
        scales: {
          daily: {
            type: 'linear',
            position: 'left',
            title: { display: true, text: t('corridor.returns.daily') },
          },
          total: {
            type: 'linear',
            position: 'right',
            grid: { drawOnChartArea: false },
            title: { display: true, text: t('corridor.returns.cumulative') },
          },
        },
      },
    } as ChartConfiguration;
  }, [series, t, dates]);
  return (
    <div className="page" data-testid="corridor-returns">
      <header className="page-header">
        <h1>{t('corridor.returns.title')}</h1>
        <a className="button-secondary button-as-link" href={returnsHxlUrl()} download>
          {t('corridor.returns.hxl')}
        </a>
      </header>
      {user.role === 'coordinator' && <ReturnsImportForm onImported={series.reload} />}
      {series.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {series.status === 'error' && <ErrorMessage error={series.error} onRetry={series.reload} />}
      {series.status === 'success' && chart && (
        <>
          <section className="card">
            <ChartCanvas config={chart} label={t('corridor.returns.title')} testId="returns-chart" />
          </section>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('corridor.returns.date')}</th>
                  <th scope="col">{t('corridor.returns.daily')}</th>
                  <th scope="col">{t('corridor.returns.households')}</th>
                  <th scope="col">{t('corridor.returns.cumulative')}</th>
                </tr>
              </thead>
              <tbody>
                {[...series.data.days].reverse().map((d) => (
                  <tr key={d.date} data-testid="returns-day">
                    <td>{dates.date(d.date)}</td>
                    <td>{number(d.individuals)}</td>
                    <td>{number(d.households)}</td>
                    <td>{number(d.cumulativeIndividuals)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
