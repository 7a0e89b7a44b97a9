import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledRow } from './acled-row.js';
import { availableIncidentEvents, isPublished, nextIncidentStatus } from './incident-status.js';
import { observationProblems, reviewQueue } from './observation-rules.js';
import {
  INCIDENT_EVENTS,
  INCIDENT_STATUSES,
  type IncidentObservation,
  type MonitorFinding,
} from './types.js';

const nearHadrut: IncidentObservation = {
  kind: 'shots',
  occurredAt: '2020-12-11T14:30:00Z',
  timePrecision: 'hour',
  place: { placeId: 'hadrut', latitude: 39.52, longitude: 47.03, precision: 'near' },
  shotType: 'small_arms',
  count: 40,
  observedBy: 'heard',
  direction: 'SW',
  distanceKm: 3,
  casualties: { military_wounded: 2 },
  description: 'Bursts of small-arms fire heard south-west of the post',
};
const now = new Date('2021-01-20T00:00:00Z');

describe('incident review', () => {
  it('goes from reported through review to a finding and then to publication', () => {
    let status: (typeof INCIDENT_STATUSES)[number] = 'reported';
    for (const event of ['start_review', 'find_disputed', 'publish'] as const) {
      const change = nextIncidentStatus(status, event);
      expect(change.ok).toBe(true);
      if (change.ok) status = change.to;
    }
    expect(isPublished(status)).toBe(true);
  });

  it('refuses to publish what has not been reviewed', () => {
    expect(nextIncidentStatus('reported', 'publish')).toEqual({
      ok: false,
      from: 'reported',
      reason: 'not_allowed',
      allowedFrom: ['verified', 'not_verified', 'disputed'],
    });
    expect(nextIncidentStatus('under_review', 'publish').ok).toBe(false);
  });

  it('offers exactly the events that the status machine accepts, and nothing after publication', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INCIDENT_STATUSES),
        fc.constantFrom(...INCIDENT_EVENTS),
        (status, event) => {
          expect(nextIncidentStatus(status, event).ok).toBe(availableIncidentEvents(status).includes(event));
        },
      ),
    );
    expect(availableIncidentEvents('published')).toEqual([]);
  });

  it('orders the review queue by the age of the report and leaves out what has a finding', () => {
    const queue = reviewQueue([
      { id: 'c', status: 'under_review' as const, reportedAt: '2020-12-12T08:00:00Z' },
      { id: 'a', status: 'verified' as const, reportedAt: '2020-12-01T08:00:00Z' },
      { id: 'b', status: 'reported' as const, reportedAt: '2020-12-11T16:00:00Z' },
    ]);
    expect(queue.map((incident) => incident.id)).toEqual(['b', 'c']);
  });
});

describe('an observation', () => {
  it('is accepted when complete and plausible', () => {
    expect(observationProblems(nearHadrut, now)).toEqual([]);
  });

  it('names each wrong field: a future time, coordinates off the globe, details of another kind, bad counts', () => {
    const wrong: IncidentObservation = {
      ...nearHadrut,
      occurredAt: '2021-02-01T00:00:00Z',
      place: { placeId: null, latitude: 95, longitude: 200, precision: 'exact' },
      explosionType: 'mortar',
      count: 2.5,
      distanceKm: -1,
      casualties: { civilian_killed: -1 },
    };
    expect(observationProblems(wrong, now).map((problem) => `${problem.field}:${problem.reason}`)).toEqual([
      'occurredAt:in_the_future',
      'place.latitude:out_of_range',
      'place.longitude:out_of_range',
      'explosionType:not_for_this_kind',
      'count:not_a_count',
      'distanceKm:out_of_range',
      'casualties.civilian_killed:not_a_count',
    ]);
  });

  it('takes a weapon and calibre for explosions and shots only, and a calibre some weapon has', () => {
    expect(observationProblems({ ...nearHadrut, weapon: 'PK machine gun', calibreMm: 7.62 }, now)).toEqual(
      [],
    );
    const mortar = {
      ...nearHadrut,
      kind: 'explosion' as const,
      shotType: undefined,
      explosionType: 'mortar' as const,
    };
    expect(observationProblems({ ...mortar, calibreMm: 82 }, now)).toEqual([]);
    expect(observationProblems({ ...mortar, calibreMm: 0.5 }, now)).toEqual([
      { field: 'calibreMm', reason: 'out_of_range' },
    ]);
    expect(observationProblems({ ...mortar, calibreMm: 12_000 }, now)).toEqual([
      { field: 'calibreMm', reason: 'out_of_range' },
    ]);
    const drone = { ...nearHadrut, kind: 'drone' as const, shotType: undefined };
    expect(observationProblems({ ...drone, weapon: 'Orlan-10', calibreMm: 122 }, now)).toEqual([
      { field: 'weapon', reason: 'not_for_this_kind' },
      { field: 'calibreMm', reason: 'not_for_this_kind' },
    ]);
  });

  it('needs a place: a gazetteer entry or both coordinates', () => {
    const nowhere = {
      ...nearHadrut,
      place: { placeId: null, latitude: null, longitude: null, precision: 'district' as const },
    };
    expect(observationProblems(nowhere, now)).toEqual([{ field: 'place', reason: 'no_place' }]);
    const half = {
      ...nearHadrut,
      place: { placeId: null, latitude: 39.5, longitude: null, precision: 'exact' as const },
    };
    expect(observationProblems(half, now)).toEqual([{ field: 'place.longitude', reason: 'out_of_range' }]);
  });

  it('accepts any coordinates on the globe and refuses any off it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (latitude, longitude) => {
        const problems = observationProblems(
          { ...nearHadrut, place: { placeId: null, latitude, longitude, precision: 'exact' } },
          now,
        );
        const onGlobe = Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
        expect(problems.length === 0).toBe(onGlobe);
      }),
    );
  });
});

describe('ACLED-style export', () => {
  it('writes a finding in ACLED columns with its precision codes and fatalities', () => {
    const finding: MonitorFinding = {
      ...nearHadrut,
      kind: 'explosion',
      shotType: undefined,
      explosionType: 'mine_or_ied',
      timePrecision: 'week',
      casualties: { military_killed: 1, civilian_killed: 2, military_wounded: 4 },
      actorPartyIds: ['AM', 'AZ'],
      sources: ['Monitor patrol', 'Party report'],
    };
    const row = acledRow(finding, {
      eventId: 'PARLEY-12',
      actorNames: ['Armenia', 'Azerbaijan'],
      admin1: 'Khojavend',
      location: 'Hadrut',
      latitude: 39.52,
      longitude: 47.03,
    });
    expect(Object.keys(row)).toEqual([...ACLED_COLUMNS]);
    expect(row).toMatchObject({
      event_date: '2020-12-11',
      year: 2020,
      time_precision: 2,
      geo_precision: 2,
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Remote explosive/landmine/IED',
      fatalities: 3,
      source: 'Monitor patrol; Party report',
    });
  });
});
