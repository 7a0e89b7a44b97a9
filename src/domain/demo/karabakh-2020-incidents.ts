import type { IncidentEvent, IncidentObservation } from '../incidents/types.js';

/**
 * The demo's incidents: the clash near Hin Tagher and Khtsaberd (Hadrut district) on 11–12 December 2020 as each
 * side reported it and as the monitor found it, and a later report still awaiting review. Figures are the demo's,
 * after what each side said in public at the time; they are not an established account.
 */
export interface DemoAccount extends IncidentObservation {
  /** The party whose claim this is; null for the monitor's finding. */
  partyCode: 'AM' | 'AZ' | null;
  actorCodes: ('AM' | 'AZ')[];
  sources: string[];
  recordedAt: string;
}

export interface DemoIncident {
  /** The first account is the report. */
  accounts: DemoAccount[];
  /** Review steps after the report, with when they were taken. */
  review: { event: IncidentEvent; at: string; note: string }[];
}

const HADRUT = { placeId: 'hadrut', latitude: null, longitude: null, precision: 'near' as const };

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    accounts: [
      {
        partyCode: 'AZ',
        actorCodes: ['AM'],
        kind: 'shots',
        shotType: 'small_arms',
        occurredAt: '2020-12-11T06:00:00Z',
        timePrecision: 'hour',
        place: HADRUT,
        casualties: { military_killed: 4, military_wounded: 2 },
        description:
          'An armed group that stayed behind after 10 November attacked positions near Hin Tagher.',
        sources: ['Ministry of Defence of Azerbaijan, 12 December 2020'],
        recordedAt: '2020-12-12T09:00:00Z',
      },
      {
        partyCode: 'AM',
        actorCodes: ['AZ'],
        kind: 'shots',
        shotType: 'small_arms',
        occurredAt: '2020-12-11T06:00:00Z',
        timePrecision: 'day',
        place: HADRUT,
        casualties: { military_wounded: 6 },
        description: 'Azerbaijani forces advanced on Hin Tagher and Khtsaberd in breach of the ceasefire.',
        sources: ['Ministry of Defence of Armenia, 12 December 2020'],
        recordedAt: '2020-12-12T11:30:00Z',
      },
      {
        partyCode: null,
        actorCodes: ['AM', 'AZ'],
        kind: 'shots',
        shotType: 'small_arms',
        occurredAt: '2020-12-11T06:00:00Z',
        timePrecision: 'day',
        place: HADRUT,
        observedBy: 'reported_by_others',
        casualties: { military_killed: 4, military_wounded: 8 },
        description:
          'Exchange of fire near Hin Tagher and Khtsaberd on 11–12 December; who opened fire is disputed. ' +
          'The peacekeeping contingent deployed posts to the two villages on 13 December.',
        sources: [
          'Both sides\u2019 statements of 12 December 2020',
          'Peacekeeping contingent, 13 December 2020',
        ],
        recordedAt: '2020-12-14T10:00:00Z',
      },
    ],
    review: [
      { event: 'start_review', at: '2020-12-12T12:00:00Z', note: '' },
      { event: 'find_disputed', at: '2020-12-14T10:05:00Z', note: 'Claims differ on who fired first.' },
      { event: 'publish', at: '2020-12-15T09:00:00Z', note: '' },
    ],
  },
  {
    accounts: [
      {
        partyCode: 'AM',
        actorCodes: ['AZ'],
        kind: 'shots',
        shotType: 'undetermined',
        occurredAt: '2021-01-28T22:00:00Z',
        timePrecision: 'hour',
        place: { placeId: 'martuni', latitude: null, longitude: null, precision: 'near' },
        observedBy: 'heard',
        casualties: {},
        description: 'Shots heard at night from the direction of the line of contact.',
        sources: ['Local administration'],
        recordedAt: '2021-01-29T08:00:00Z',
      },
    ],
    review: [],
  },
];
