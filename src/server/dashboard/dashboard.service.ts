import { movementFigures, tracingFigures } from '../../domain/dashboard/dashboard-figures.js';
import { weekOf } from '../../domain/incidents/incident-parties.js';
import { upcoming } from '../../domain/meetings/action-items.js';
import { remainsCountsAsOf } from '../../domain/tracing/remains-counts.js';
import { countedLevelsFor, TRACING_COUNT_READERS } from '../../domain/tracing/sharing.js';
import type { PartyScope, Repositories, Store } from '../../store/index.js';
import { meetingViews } from '../meetings/meeting-view.js';
import { agreementImplementation } from '../provisions/provision-status.service.js';
import type { Dashboard } from './dashboard.schemas.js';

/** Tracing as of today, from the tracing module's repositories: the counts its counts route gives the reader. */
async function tracingToday(repos: Repositories, scope: PartyScope, today: string) {
  if (!TRACING_COUNT_READERS.includes(scope.role)) return null;
  const [cases, remains] = await Promise.all([
    repos.tracingCases.countsByStatus(today, undefined, countedLevelsFor(scope)),
    repos.tracingRemains.forCounts(),
  ]);
  return tracingFigures(cases, remainsCountsAsOf(remains, today));
}

/**
 * The first page after login, for every role: each figure read through the repositories with the reader's scope,
 * so a role sees on the dashboard only what it may see elsewhere.
 */
export async function dashboard(store: Store, scope: PartyScope, now: Date): Promise<Dashboard> {
  const { repos } = store;
  const today = now.toISOString().slice(0, 10);
  const [agreements, events, occurrences, returns, movements, meetings, tracing] = await Promise.all([
    repos.agreements.list(scope),
    repos.exchangeEvents.list(scope),
    repos.incidents.occurrences(scope, '2000-01-01'),
    repos.returnCounts.dailyTotals(scope, today),
    repos.corridorMovements.list(scope, { limit: 5000 }),
    repos.meetings.list(),
    tracingToday(repos, scope, today),
  ]);
  const implementation = agreements[0]
    ? await agreementImplementation(store, scope, agreements[0].id, today)
    : null;

  const toParty = new Map<string, number>();
  const completed = events.filter((e) => e.complete);
  // Only those handed over on the day count: a person not handed over stays with the holding party.
  for (const event of completed)
    for (const person of event.persons)
      if (person.outcome?.outcome === 'handed_over')
        toParty.set(person.toPartyId, (toParty.get(person.toPartyId) ?? 0) + 1);

  const byWeek = new Map<string, number>();
  for (const o of occurrences) {
    const key = `${weekOf(o.occurredAt)}|${o.status}`;
    byWeek.set(key, (byWeek.get(key) ?? 0) + 1);
  }

  let cumulative = 0;
  const byStatus = new Map<string, number>();
  for (const m of movements) byStatus.set(m.status, (byStatus.get(m.status) ?? 0) + 1);

  const next = upcoming(meetings, now.toISOString(), 5);
  const latest = meetings
    .filter((m) => m.startsAt < now.toISOString())
    .slice(-3)
    .reverse();
  // One read of the action items and their history for both lists.
  const shown = await meetingViews(repos, scope, [...next, ...latest], today);
  return {
    asOf: today,
    implementation,
    exchanged: {
      events: completed.length,
      toParty: [...toParty]
        .map(([partyId, count]) => ({ partyId, count }))
        .sort((a, b) => a.partyId.localeCompare(b.partyId)),
    },
    incidentsByWeek: [...byWeek]
      .map(([key, count]) => {
        const [week, status] = key.split('|');
        return { week, status: status as Dashboard['incidentsByWeek'][number]['status'], count };
      })
      .sort((a, b) => a.week.localeCompare(b.week) || a.status.localeCompare(b.status)),
    returns: returns.map((r) => {
      cumulative += r.individuals;
      return { date: r.date, individuals: r.individuals, cumulative };
    }),
    movements: [...byStatus]
      .map(([status, count]) => ({ status: status as Dashboard['movements'][number]['status'], count }))
      .sort((a, b) => a.status.localeCompare(b.status)),
    movementWeeks: movementFigures(movements, today),
    tracing,
    nextMeetings: shown.slice(0, next.length),
    latestMeetings: shown.slice(next.length),
  };
}
