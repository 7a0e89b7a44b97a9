import type { ChartConfiguration } from 'chart.js';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../server/dashboard/dashboard.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { getParties } from '../../lib/get-parties.js';
import { formatDecimal, formatPercentNumber } from '../../lib/number-format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { Localised } from '../agreement/components/localised.js';
import { INCIDENT_STATUS_KEYS } from '../incidents/labels.js';
import { getDashboard } from '../provisions/api.js';
import { DEADLINE_STATE_KEYS, LEVEL_KEYS, partyName } from '../provisions/labels.js';
import { ChartFigure } from './chart-figure.js';

async function load(signal: AbortSignal) {
  const [board, parties] = await Promise.all([getDashboard(signal), getParties(signal)]);
  return { board, parties };
}

const STATUS_COLOURS: Record<string, string> = {
  reported: '#b45309',
  under_review: '#1d4ed8',
  verified: '#15803d',
  not_verified: '#6b7280',
  disputed: '#b91c1c',
  published: '#0f766e',
};

/** The first page after login, for every role: what each may see of every module, charts with their tables. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const query = useApiQuery(load, []);

  // Marks for the first render: from the page's navigation start (the mark's own time) and from the dashboard's
  // mount (the measure), printed by the end-to-end test.
  useEffect(() => {
    performance.mark('parley:dashboard-mounted');
  }, []);
  useEffect(() => {
    if (query.status !== 'success') return;
    performance.mark('parley:dashboard-rendered');
    performance.measure(
      'parley:dashboard-first-render',
      'parley:dashboard-mounted',
      'parley:dashboard-rendered',
    );
  }, [query.status]);

  // The charts are built once per board and language.
  const loaded = query.status === 'success' ? query.data.board : null;
  const charts = useMemo(
    () =>
      loaded
        ? chartConfigs(loaded, {
            share: t('dashboard.share'),
            cumulative: t('dashboard.returnsCumulative'),
            movements: t('dashboard.movementsCount'),
            people: t('dashboard.movementsPeople'),
            status: (status) => t(INCIDENT_STATUS_KEYS[status]),
            date: dates.date,
            number: (value) => formatDecimal(value, i18n.language, 0),
            percent: (value) => `${formatDecimal(value, i18n.language, 0)}%`,
          })
        : null,
    [loaded, t, dates.date, i18n.language],
  );
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { board, parties } = query.data;
  const implementation = board.implementation;
  const percent = (share: number) => `${formatPercentNumber(share, i18n.language, 0)}%`;

  return (
    <div className="page dashboard" data-testid="dashboard">
      <header className="page-header">
        <p className="eyebrow">{t('dashboard.eyebrow')}</p>
        <h1>{t('dashboard.title')}</h1>
        <p className="muted">{t('dashboard.asOf', { date: dates.date(board.asOf) })}</p>
      </header>

      {implementation && charts && (
        <section className="dashboard-grid" aria-label={t('dashboard.provisionsHeading')}>
          <div className="card">
            <h2>{t('dashboard.provisionsHeading')}</h2>
            <p className="big-number" data-testid="rollup">
              {t('dashboard.rollUp', { share: percent(implementation.share) })}
            </p>
            <table className="table" data-testid="provision-status">
              <thead>
                <tr>
                  <th scope="col">{t('provisions.point')}</th>
                  <th scope="col">{t('provisions.levelHeading')}</th>
                  <th scope="col">{t('provisions.evidenceHeading')}</th>
                </tr>
              </thead>
              <tbody>
                {implementation.provisions.map((p) => (
                  <tr key={p.provisionId}>
                    <td>
                      <Link to={`/provisions/${p.provisionId}`}>
                        {t('provisions.pointNumber', { number: p.number })}
                      </Link>
                    </td>
                    <td>
                      <span className={`badge level-${p.level}`}>
                        {p.level} · {t(LEVEL_KEYS[p.level])}
                      </span>
                    </td>
                    <td>{p.evidenceCount + p.actionItems.done}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ChartFigure
            id="rollup"
            title={t('dashboard.rollUpChart')}
            config={charts.rollUp}
            table={
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.date')}</th>
                    <th scope="col">{t('dashboard.share')}</th>
                  </tr>
                </thead>
                <tbody>
                  {implementation.series.map((point) => (
                    <tr key={point.date}>
                      <td>{dates.date(point.date)}</td>
                      <td>{percent(point.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </section>
      )}

      <section className="dashboard-grid">
        <div className="card" data-testid="overdue">
          <h2>{t('dashboard.overdueHeading')}</h2>
          {implementation && implementation.overdue.length > 0 ? (
            <ul>
              {implementation.overdue.map((d) => (
                <li key={d.id}>
                  <Link to={`/provisions/${d.provisionId}`}>
                    {t('provisions.pointNumber', { number: d.provisionNumber })}
                  </Link>
                  {': '}
                  <Localised text={d.description} />{' '}
                  <span className="badge status-disputed">
                    {t(DEADLINE_STATE_KEYS[d.state])} ·{' '}
                    {t('provisions.daysOverdue', { count: d.daysOverdue })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('dashboard.noOverdue')}</p>
          )}
        </div>
        <div className="card" data-testid="exchanged">
          <h2>{t('dashboard.exchangedHeading')}</h2>
          {board.exchanged.toParty.length === 0 ? (
            <p className="muted">{t('dashboard.noneVisible')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('dashboard.exchangedHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.toParty')}</th>
                  <th scope="col">{t('dashboard.persons')}</th>
                </tr>
              </thead>
              <tbody>
                {board.exchanged.toParty.map((row) => (
                  <tr key={row.partyId}>
                    <td>{partyName(parties, row.partyId, i18n.language)}</td>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>

      {charts && (
        <section className="dashboard-grid">
          <ChartFigure
            id="incidents"
            title={t('dashboard.incidentsChart')}
            config={charts.incidents}
            table={
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.week')}</th>
                    <th scope="col">{t('incidents.statusHeading')}</th>
                    <th scope="col">{t('dashboard.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.incidentsByWeek.map((row) => (
                    <tr key={`${row.week}-${row.status}`}>
                      <td>{dates.date(row.week)}</td>
                      <td>{t(INCIDENT_STATUS_KEYS[row.status])}</td>
                      <td>{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          {board.returns.length > 0 && (
            <ChartFigure
              id="returns"
              title={t('dashboard.returnsChart')}
              config={charts.returns}
              table={
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.date')}</th>
                      <th scope="col">{t('dashboard.returnsDay')}</th>
                      <th scope="col">{t('dashboard.returnsCumulative')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.returns.map((row) => (
                      <tr key={row.date}>
                        <td>{dates.date(row.date)}</td>
                        <td>{row.individuals}</td>
                        <td>{row.cumulative}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
            />
          )}
        </section>
      )}

      {board.tracing && (
        <section className="dashboard-grid" aria-label={t('dashboard.tracingHeading')}>
          <div className="card" data-testid="tracing">
            <h2>{t('dashboard.tracingHeading')}</h2>
            <dl className="figures">
              <div>
                <dt>{t('dashboard.tracingOpen')}</dt>
                <dd className="big-number" data-testid="tracing-open">
                  {formatDecimal(board.tracing.openCases, i18n.language, 0)}
                </dd>
              </div>
              <div>
                <dt>{t('dashboard.tracingFound')}</dt>
                <dd className="big-number" data-testid="tracing-found">
                  {formatDecimal(board.tracing.found, i18n.language, 0)}
                </dd>
                <dd className="muted">
                  {t('dashboard.tracingFoundSplit', {
                    alive: board.tracing.locatedAlive,
                    dead: board.tracing.locatedDead,
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('dashboard.tracingIdentified')}</dt>
                <dd className="big-number" data-testid="tracing-identified">
                  {formatDecimal(board.tracing.remainsIdentified, i18n.language, 0)}
                </dd>
                <dd className="muted">
                  {t('dashboard.tracingRemains', {
                    repatriated: board.tracing.remainsRepatriated,
                    awaiting: board.tracing.remainsAwaitingIdentification,
                  })}
                </dd>
              </div>
            </dl>
            <Link to="/tracing/counts">{t('dashboard.tracingAll')}</Link>
          </div>
        </section>
      )}

      <section className="dashboard-grid">
        <div className="card" data-testid="movements">
          <h2>{t('dashboard.movementsHeading')}</h2>
          <p className="big-number" data-testid="movements-this-week">
            {t('dashboard.movementsThisWeek', { count: board.movementWeeks.thisWeek.movements })}
          </p>
          <p className="muted">
            {t('dashboard.movementsWeekOf', { date: dates.date(board.movementWeeks.thisWeek.week) })} ·{' '}
            {t('dashboard.movementsCarried', {
              people: formatDecimal(board.movementWeeks.thisWeek.people, i18n.language, 0),
              vehicles: formatDecimal(board.movementWeeks.thisWeek.vehicles, i18n.language, 0),
            })}
          </p>
          {board.movements.length > 0 && (
            <p className="muted">
              {t('dashboard.movementsTotal', { count: board.movements.reduce((sum, m) => sum + m.count, 0) })}
            </p>
          )}
        </div>
        {charts && board.movementWeeks.byWeek.length > 0 && (
          <ChartFigure
            id="movements"
            title={t('dashboard.movementsChart')}
            config={charts.movements}
            table={
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.week')}</th>
                    <th scope="col">{t('dashboard.movementsCount')}</th>
                    <th scope="col">{t('dashboard.movementsPeople')}</th>
                    <th scope="col">{t('dashboard.movementsVehicles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.movementWeeks.byWeek.map((row) => (
                    <tr key={row.week}>
                      <td>{dates.date(row.week)}</td>
                      <td>{row.movements}</td>
                      <td>{row.people}</td>
                      <td>{row.vehicles}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        )}
      </section>

      <section className="dashboard-grid">
        <div className="card" data-testid="meetings">
          <h2>{t('dashboard.meetingsHeading')}</h2>
          {board.nextMeetings.length === 0 && <p className="muted">{t('dashboard.noNextMeeting')}</p>}
          <ul>
            {[...board.nextMeetings, ...board.latestMeetings].map((m) => (
              <li key={m.id}>
                <time dateTime={m.startsAt}>{dates.date(m.startsAt.slice(0, 10))}</time> ·{' '}
                <Localised text={m.title} /> · {m.placeName}
              </li>
            ))}
          </ul>
          <Link to="/meetings">{t('dashboard.allMeetings')}</Link>
        </div>
      </section>
    </div>
  );
}

interface ChartLabels {
  share: string;
  cumulative: string;
  movements: string;
  people: string;
  status: (status: keyof typeof INCIDENT_STATUS_KEYS) => string;
  /** A calendar day in the reader's language (the axes' labels). */
  date: (isoDate: string) => string;
  /** A whole number in the reader's locale (the axes' ticks). */
  number: (value: number) => string;
  percent: (value: number) => string;
}

/** A value axis whose ticks are whole numbers written in the reader's locale. */
const countAxis = (labels: ChartLabels, extra: object = {}) => ({
  beginAtZero: true,
  ticks: { precision: 0, callback: (value: number | string) => labels.number(Number(value)) },
  ...extra,
});

function chartConfigs(board: Dashboard, labels: ChartLabels) {
  const series = board.implementation?.series ?? [];
  const rollUp: ChartConfiguration = {
    type: 'line',
    data: {
      labels: series.map((p) => labels.date(p.date)),
      datasets: [
        {
          label: labels.share,
          data: series.map((p) => Math.round(p.share * 1000) / 10),
          stepped: true,
          borderColor: '#1d4ed8',
          backgroundColor: 'rgba(29, 78, 216, 0.15)',
          fill: true,
        },
      ],
    },
    options: {
      scales: {
        y: { min: 0, max: 100, ticks: { callback: (value) => labels.percent(Number(value)) } },
      },
      plugins: { legend: { display: false } },
    },
  };
  const weeks = [...new Set(board.incidentsByWeek.map((r) => r.week))].sort();
  const statuses = [...new Set(board.incidentsByWeek.map((r) => r.status))];
  const incidents: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: weeks.map(labels.date),
      datasets: statuses.map((status) => ({
        label: labels.status(status),
        data: weeks.map(
          (w) => board.incidentsByWeek.find((r) => r.week === w && r.status === status)?.count ?? 0,
        ),
        backgroundColor: STATUS_COLOURS[status] ?? '#6b7280',
      })),
    },
    options: { scales: { x: { stacked: true }, y: countAxis(labels, { stacked: true }) } },
  };
  const returns: ChartConfiguration = {
    type: 'line',
    data: {
      labels: board.returns.map((r) => labels.date(r.date)),
      datasets: [
        {
          label: labels.cumulative,
          data: board.returns.map((r) => r.cumulative),
          borderColor: '#0f766e',
        },
      ],
    },
    options: { scales: { y: countAxis(labels) } },
  };
  const byWeek = board.movementWeeks.byWeek;
  const movements: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: byWeek.map((w) => labels.date(w.week)),
      datasets: [
        {
          label: labels.movements,
          data: byWeek.map((w) => w.movements),
          backgroundColor: '#0f766e',
          yAxisID: 'y',
        },
        {
          label: labels.people,
          data: byWeek.map((w) => w.people),
          backgroundColor: 'rgba(29, 78, 216, 0.45)',
          yAxisID: 'people',
        },
      ],
    },
    options: {
      scales: {
        y: countAxis(labels, { position: 'left' }),
        people: countAxis(labels, { position: 'right', grid: { drawOnChartArea: false } }),
      },
    },
  };
  return { rollUp, incidents, returns, movements };
}
