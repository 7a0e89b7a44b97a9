import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface Dashboard {
  implementation: { share: number; overdue: { dueOn: string }[] } | null;
  exchanged: { events: number; toParty: { partyId: string; count: number }[] };
  incidentsByWeek: { week: string; status: string; count: number }[];
  latestMeetings: { startsAt: string }[];
  movementWeeks: {
    thisWeek: { week: string; movements: number; people: number; vehicles: number };
    byWeek: { week: string; movements: number; people: number }[];
  };
  tracing: {
    openCases: number;
    found: number;
    locatedAlive: number;
    locatedDead: number;
    remainsRepatriated: number;
    remainsIdentified: number;
  } | null;
}

/** Monday of the week of a day, as the dashboard counts weeks (UTC). */
function monday(day: Date): string {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

for (const dialect of testDialects()) {
  describe(`the dashboard on ${dialect}`, () => {
    let t: TestApp;
    const board = async (who: SignedIn): Promise<Dashboard> => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: as(who) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('shows every role the status of the nine points, and each only the exchanges and incidents it may see', async () => {
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const am = await signIn(t.app, account(t, 'liaison', 'AM'));
      const observer = await signIn(t.app, account(t, 'observer'));
      const fieldOfficer = await signIn(t.app, account(t, 'field_officer'));
      for (const who of [coordinator, am, observer, fieldOfficer]) {
        const b = await board(who);
        expect(b.implementation?.share).toBeCloseTo(19 / 27);
        expect(b.implementation?.overdue.map((d) => d.dueOn)).toEqual(['2021-03-01']);
        expect(b.latestMeetings.map((m) => m.startsAt.slice(0, 10))).toEqual([
          '2021-01-30',
          '2021-01-11',
          '2020-12-14',
        ]);
      }
      const exchanged = (await board(observer)).exchanged;
      expect(exchanged.events).toBe(1);
      expect(exchanged.toParty.map((p) => p.count).sort((a, b) => a - b)).toEqual([12, 44]);
      expect((await board(am)).exchanged.toParty.find((p) => p.partyId === am.partyId)?.count).toBe(44);
      expect((await board(fieldOfficer)).exchanged).toEqual({ events: 0, toParty: [] });
      // Observers count published incidents only; Armenia's liaison also the report near Martuni it made.
      expect((await board(observer)).incidentsByWeek).toEqual([
        { week: '2020-12-07', status: 'published', count: 1 },
      ]);
      expect((await board(am)).incidentsByWeek).toEqual([
        { week: '2020-12-07', status: 'published', count: 1 },
        { week: '2021-01-25', status: 'reported', count: 1 },
      ]);
    });

    it('shows tracing as the tracing module counts it, to every role that reads tracing counts', async () => {
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const am = await signIn(t.app, account(t, 'liaison', 'AM'));
      const observer = await signIn(t.app, account(t, 'observer'));
      const fieldOfficer = await signIn(t.app, account(t, 'field_officer'));
      // Each reader's dashboard gives the figures the tracing module counts for that reader (observers are not
      // counted the cases a family kept to the intermediary).
      const countsFor = async (who: typeof coordinator) => {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/tracing/counts', headers: as(who) });
        expect(res.statusCode, res.body).toBe(200);
        const counts = res.json() as {
          cases: Record<string, number>;
          remains: { repatriated: number; identified: number };
        };
        return {
          openCases: counts.cases.open + counts.cases.possible_match,
          found: counts.cases.located_alive + counts.cases.located_dead,
          locatedAlive: counts.cases.located_alive,
          locatedDead: counts.cases.located_dead,
          remainsRepatriated: counts.remains.repatriated,
          remainsIdentified: counts.remains.identified,
        };
      };
      for (const who of [coordinator, am, observer]) {
        const expected = await countsFor(who);
        // The demo has cases open and found, and remains identified: the figures are not all nought.
        expect(expected.openCases).toBeGreaterThan(0);
        expect(expected.found).toBeGreaterThan(0);
        expect(expected.remainsIdentified).toBeGreaterThan(0);
        expect((await board(who)).tracing).toMatchObject(expected);
      }
      // Field officers read no tracing counts, on the dashboard as on the counts route.
      expect((await board(fieldOfficer)).tracing).toBeNull();
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/tracing/counts', headers: as(fieldOfficer) }))
          .statusCode,
      ).toBe(403);
    });

    it("counts movements by week, this week's apart; a liaison counts only those its party was notified of", async () => {
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const am = await signIn(t.app, account(t, 'liaison', 'AM'));
      const observer = await signIn(t.app, account(t, 'observer'));
      const before = await board(observer);
      // The demo's convoys: six from 14 November 2020 to 8 January 2021, the mission of 20 January, convoy 7.
      expect(before.movementWeeks.byWeek.find((w) => w.week === '2020-11-09')).toEqual({
        week: '2020-11-09',
        movements: 1,
        people: 310,
        vehicles: 9,
      });
      expect(before.movementWeeks.byWeek.reduce((sum, w) => sum + w.movements, 0)).toBe(8);
      const now = new Date();
      const thisWeek = monday(now);
      expect(before.movementWeeks.thisWeek).toEqual({ week: thisWeek, movements: 0, people: 0, vehicles: 0 });

      const planned = await t.app.inject({
        method: 'POST',
        url: '/api/v1/corridor/movements',
        headers: as(coordinator),
        payload: {
          kind: 'convoy',
          reference: 'Convoy this week',
          fromPlaceId: 'goris',
          toPlaceId: 'stepanakert',
          windowStart: `${thisWeek}T06:00:00Z`,
          windowEnd: `${thisWeek}T16:00:00Z`,
          vehicles: 5,
          people: 120,
          cargoSummary: 'Flour',
          escort: '',
        },
      });
      expect(planned.statusCode, planned.body).toBe(201);
      for (const who of [coordinator, observer])
        expect((await board(who)).movementWeeks.thisWeek).toEqual({
          week: thisWeek,
          movements: 1,
          people: 120,
          vehicles: 5,
        });
      // Planned, not yet notified: Armenia's liaison does not see it, on the dashboard either.
      expect((await board(am)).movementWeeks.thisWeek.movements).toBe(0);
    });
  });
}
