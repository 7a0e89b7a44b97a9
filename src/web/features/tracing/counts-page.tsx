import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../components/chart-canvas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getCounts } from './api/get-counts.js';

/** Remains repatriated, awaiting identification and identified, and cases by status, over time. */
export function CountsPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const counts = useApiQuery((signal) => getCounts(signal), []);
  const chart = useMemo((): ChartConfiguration | null => {
    if (counts.status !== 'success') return null;
    const series = counts.data.series;
    const line = (label: string, data: number[], color: string) => ({
      label,
      data,
      borderColor: color,
      pointRadius: 0,
    });
    return {
      type: 'line',
      data: {
        labels: series.map((p) => dates.date(p.date)),
        datasets: [
          line(
            t('tracing.counts.repatriated'),
            series.map((p) => p.remains.repatriated),
            '#1f5f99',
          ),
          line(
            t('tracing.counts.awaiting'),
            series.map((p) => p.remains.awaitingIdentification),
            '#b5651d',
          ),
          line(
            t('tracing.counts.identified'),
            series.map((p) => p.remains.identified),
            '#1f6b3a',
          ),
        ],
      },
    };
  }, [counts, t, dates]);
  return (
    <div className="page" data-testid="tracing-counts">
      <h1>{t('tracing.counts.title')}</h1>
      {counts.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {counts.status === 'error' && <ErrorMessage error={counts.error} onRetry={counts.reload} />}
      {counts.status === 'success' && chart && (
        <>
          <section className="card">
            <ChartCanvas config={chart} label={t('tracing.counts.title')} testId="tracing-chart" />
          </section>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('tracing.counts.date')}</th>
                  <th scope="col">{t('tracing.counts.repatriated')}</th>
                  <th scope="col">{t('tracing.counts.awaiting')}</th>
                  <th scope="col">{t('tracing.counts.identified')}</th>
                  <th scope="col">{t('tracing.counts.byDna')}</th>
                  <th scope="col">{t('tracing.status.open')}</th>
                  <th scope="col">{t('tracing.status.located_alive')}</th>
                  <th scope="col">{t('tracing.status.located_dead')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.data.series.map((p) => (
                  <tr key={p.date}>
                    <td>{dates.date(p.date)}</td>
                    <td>{p.remains.repatriated}</td>
                    <td>{p.remains.awaitingIdentification}</td>
                    <td>{p.remains.identified}</td>
                    <td>{p.remains.identifiedBy.dna}</td>
                    <td>{p.cases.open}</td>
                    <td>{p.cases.located_alive}</td>
                    <td>{p.cases.located_dead}</td>
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
