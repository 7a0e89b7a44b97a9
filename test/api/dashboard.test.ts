import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface Dashboard {
  implementation: { share: number; overdue: { dueOn: string }[] } | null;
  exchanged: { events: number; toParty: { partyId: string; count: number }[] };
  incidentsByWeek: { week: string; status: string; count: number }[];
  latestMeetings: { startsAt: string }[];
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
  });
}
