import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AM_HELD,
  AM_MISSING,
  AZ_HELD,
  AZ_MISSING,
  importList,
} from '../../src/store/exchange/reconciliation.test-fixtures.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface Transfer {
  eventId: string;
  fromPartyId: string;
  toPartyId: string;
  state: string;
}

for (const dialect of testDialects()) {
  describe(`remains in exchange events on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    const get = (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(who) });
    const post = (who: SignedIn, url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: as(who), ...(payload ? { payload } : {}) });

    /** Remains of the demo held by `partyId`, not yet identified. */
    const remainsHeldBy = async (who: SignedIn, partyId: string) =>
      (
        (await get(who, '/api/v1/tracing/remains?limit=200')).json().items as {
          id: string;
          heldByPartyId: string;
        }[]
      ).filter((r) => r.heldByPartyId === partyId);

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      // Lists of both sides, reconciled: their matched persons are located with the side holding them.
      const liaisonAm = { userId: am.userId, username: 'liaison-am', partyId: am.partyId! };
      const liaisonAz = { userId: az.userId, username: 'liaison-az', partyId: az.partyId! };
      await importList(t.store, liaisonAm, 'missing', AM_MISSING);
      await importList(t.store, liaisonAm, 'held', AM_HELD);
      await importList(t.store, liaisonAz, 'missing', AZ_MISSING);
      await importList(t.store, liaisonAz, 'held', AZ_HELD);
      const runId = (await post(coordinator, '/api/v1/exchange/reconciliations', {})).json().id;
      for (let i = 0; i < 600; i++) {
        const run = (await get(coordinator, `/api/v1/exchange/reconciliations/${runId}`)).json();
        if (run.status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 90_000);
    afterAll(async () => t?.close());

    it('remains join a planned exchange and change hands only when its outcome is confirmed by all', async () => {
      // A person located with the other side, verified at a visit: the exchange carries them too.
      const persons = (await get(coordinator, '/api/v1/exchange/persons?limit=1000')).json().items as {
        id: string;
        status: string;
        holdingPartyId: string | null;
      }[];
      const person = persons.find((p) => p.status === 'located' && p.holdingPartyId !== null);
      if (!person) throw new Error(`no located person: ${[...new Set(persons.map((p) => p.status))]}`);
      const verified = await post(coordinator, `/api/v1/exchange/persons/${person.id}/status`, {
        event: 'verify',
        reason: 'ICRC visit',
      });
      expect(verified.statusCode, verified.body).toBe(200);
      const planned = await post(coordinator, '/api/v1/exchange/events', {
        date: '2020-12-28',
        place: 'Goris',
        placeKind: 'checkpoint',
        personIds: [person.id],
      });
      expect(planned.statusCode, planned.body).toBe(201);
      const event = planned.json() as { id: string };

      const [first, second] = await remainsHeldBy(az, az.partyId!);
      const url = (id: string) => `/api/v1/tracing/remains/${id}/exchange`;
      expect((await post(az, url(first.id), { exchangeEventId: event.id })).statusCode).toBe(403);
      const put = await post(coordinator, url(first.id), { exchangeEventId: event.id });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json().transfers).toEqual([
        expect.objectContaining({
          eventId: event.id,
          fromPartyId: az.partyId,
          toPartyId: am.partyId,
          state: 'planned',
        }),
      ]);
      // The register filtered by the exchange gives the remains it carries: to the coordinator and to the side
      // that holds them; the side they go to reads them once handed over (the register's access), not before.
      const carriedBy = async (who: SignedIn) => {
        const res = await get(who, `/api/v1/tracing/remains?exchangeEventId=${event.id}`);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().items as { id: string }[]).map((r) => r.id);
      };
      expect(await carriedBy(coordinator)).toEqual([first.id]);
      expect(await carriedBy(az)).toEqual([first.id]);
      expect(await carriedBy(am)).toEqual([]);
      const twice = await post(coordinator, url(first.id), { exchangeEventId: event.id });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().errors[0]).toMatchObject({
        path: 'exchangeEventId',
        message: 'already_in_an_exchange',
      });
      const toItself = await post(coordinator, url(second.id), {
        exchangeEventId: event.id,
        toPartyId: az.partyId,
      });
      expect(toItself.statusCode).toBe(409);
      expect(toItself.json().errors[0]).toMatchObject({ path: 'toPartyId', message: 'same_party' });
      const noEvent = await post(coordinator, url(second.id), { exchangeEventId: 'no-such-exchange' });
      expect(noEvent.statusCode).toBe(400);
      expect(noEvent.json().errors[0].path).toBe('exchangeEventId');

      // Once a side has confirmed the plan, no remains join it (that side confirmed it without them).
      expect((await post(am, `/api/v1/exchange/events/${event.id}/confirm`)).statusCode).toBe(200);
      const late = await post(coordinator, url(second.id), { exchangeEventId: event.id });
      expect(late.statusCode).toBe(409);
      expect(late.json().errors[0].message).toBe('plan_confirmed_in_part');
      expect((await get(coordinator, `/api/v1/tracing/remains/${second.id}`)).json().transfers).toEqual([]);

      expect((await post(az, `/api/v1/exchange/events/${event.id}/confirm`)).statusCode).toBe(200);
      expect((await post(coordinator, `/api/v1/exchange/events/${event.id}/confirm`)).statusCode).toBe(200);
      const carried = await post(coordinator, `/api/v1/exchange/events/${event.id}/outcome`, {
        outcomes: [{ personId: person.id, outcome: 'handed_over' }],
      });
      expect(carried.statusCode, carried.body).toBe(200);
      for (const who of [am, az]) {
        expect((await post(who, `/api/v1/exchange/events/${event.id}/outcome/confirm`)).statusCode).toBe(200);
        // Until the last confirmation, the remains stay with the party that held them.
        expect((await get(coordinator, `/api/v1/tracing/remains/${first.id}`)).json().heldByPartyId).toBe(
          az.partyId,
        );
      }
      const done = await post(coordinator, `/api/v1/exchange/events/${event.id}/outcome/confirm`);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().status).toBe('completed');
      expect(await carriedBy(am)).toEqual([first.id]);
      const handed = (await get(am, `/api/v1/tracing/remains/${first.id}`)).json();
      expect(handed).toMatchObject({
        heldByPartyId: am.partyId,
        repatriatedOn: '2020-12-28',
        exchangeEventId: event.id,
      });
      expect((handed.transfers as Transfer[]).map((tr) => tr.state)).toEqual(['handed_over']);
      // Completed, the exchange takes no more remains.
      const after = await post(coordinator, url(second.id), { exchangeEventId: event.id });
      expect(after.json().errors[0].message).toBe('exchange_not_planned');
    });
  });
}
