import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const API = '/api/v1/exchange';

interface Person {
  id: string;
  displayName: string;
  ownPartyId: string;
  holdingPartyId: string | null;
  status: string;
}

/**
 * Issue 8 point 1: a liaison never sees what an unshared reconciliation made, nor the other party's spelling of a
 * name, unless the coordinator shares it. The demo flow is walked state by state, and after each state change
 * every exchange route a liaison may read is walked again.
 */
for (const dialect of testDialects()) {
  describe(`what a liaison sees at each state of the demo flow on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    /** Names as Azerbaijan's lists write them and Armenia's lists and past exchange do not. */
    let azSpellings: string[];
    let pastExchangeIds: Set<string>;

    const get = async (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(who) });
    const post = async (who: SignedIn, url: string, payload: unknown = {}) =>
      t.app.inject({ method: 'POST', url, headers: as(who), payload: payload as object });
    const items = async <T>(who: SignedIn, url: string): Promise<T[]> => {
      const res = await get(who, url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return (res.json() as { items: T[] }).items;
    };

    /** Every exchange route the liaison may read, walked through its links; answers every body it got. */
    async function walk(who: SignedIn): Promise<{ persons: Person[]; bodies: string[] }> {
      const bodies: string[] = [];
      const read = async (url: string) => {
        const res = await get(who, url);
        expect([200, 404], `${url}: ${res.body}`).toContain(res.statusCode);
        if (res.statusCode === 200) bodies.push(res.body);
        return res;
      };
      const persons = (await read(`${API}/persons?limit=1000`)).json().items as Person[];
      for (const person of persons) await read(`${API}/persons/${person.id}`);
      for (const event of (await read(`${API}/events`)).json().items as { id: string }[]) {
        await read(`${API}/events/${event.id}`);
      }
      for (const run of (await read(`${API}/reconciliations`)).json().items as { id: string }[]) {
        await read(`${API}/reconciliations/${run.id}`);
      }
      for (const list of (await read(`${API}/lists`)).json().items as { id: string }[]) {
        for (const version of (await read(`${API}/lists/${list.id}/versions`)).json().items as {
          number: number;
        }[]) {
          await read(`${API}/lists/${list.id}/versions/${version.number}/entries?limit=500`);
        }
      }
      return { persons, bodies };
    }

    /** Nothing a run made, and no Azerbaijani spelling, reaches liaison AM. */
    async function expectNothingUnshared(): Promise<Person[]> {
      const { persons, bodies } = await walk(am);
      const leaked = azSpellings.filter((name) => bodies.some((body) => body.includes(JSON.stringify(name))));
      expect(leaked).toEqual([]);
      expect(bodies.some((body) => body.includes('"matched"'))).toBe(false);
      return persons;
    }

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      const spellings = async (partyId: string | null) => {
        const names: string[] = [];
        for (const list of await items<{ id: string; partyId: string }>(coordinator, `${API}/lists`)) {
          if (list.partyId !== partyId) continue;
          const page = await get(coordinator, `${API}/lists/${list.id}/versions/1/entries?limit=500`);
          names.push(...(page.json().items as { displayName: string }[]).map((e) => e.displayName));
        }
        return names;
      };
      const past = await items<Person>(coordinator, `${API}/persons?limit=1000`);
      pastExchangeIds = new Set(past.map((p) => p.id));
      const amNames = new Set([...(await spellings(am.partyId)), ...past.map((p) => p.displayName)]);
      azSpellings = (await spellings(az.partyId)).filter((name) => !amNames.has(name));
      expect(azSpellings.length).toBeGreaterThan(100);
    }, 60_000);
    afterAll(async () => t?.close());

    it('walks the flow: started, done, one person put in an exchange, shared, confirmed, carried out, outcome confirmed', async () => {
      // Loaded: only the past exchange's persons (no run made them).
      const loaded = await expectNothingUnshared();
      expect(loaded.every((p) => pastExchangeIds.has(p.id))).toBe(true);
      expect(loaded).toHaveLength(56);

      // Run started.
      const started = await post(coordinator, `${API}/reconciliations`);
      expect(started.statusCode, started.body).toBe(202);
      const runId = started.json().id as string;
      expect((await expectNothingUnshared()).map((p) => p.id).sort()).toEqual(loaded.map((p) => p.id).sort());

      // Run done, not shared: the run's persons (claims, holdings, matches) stay with the coordinator.
      for (let i = 0; i < 600; i++) {
        if ((await get(coordinator, `${API}/reconciliations/${runId}`)).json().status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const all = await items<Person>(coordinator, `${API}/persons?limit=1000`);
      expect(all.length).toBeGreaterThan(300);
      expect((await expectNothingUnshared()).map((p) => p.id).sort()).toEqual(loaded.map((p) => p.id).sort());

      // One located person of Armenia, verified and put in an exchange: shared with the parties of that exchange,
      // and with no one else's run results.
      const chosen = all.find(
        (p) => p.ownPartyId === am.partyId && p.holdingPartyId === az.partyId && p.status === 'located',
      );
      if (!chosen) throw new Error('no located person of Armenia');
      const verified = await post(coordinator, `${API}/persons/${chosen.id}/status`, {
        event: 'verify',
        reason: 'seen at a visit',
      });
      expect(verified.statusCode, verified.body).toBe(200);
      const planned = await post(coordinator, `${API}/events`, {
        date: '2021-01-09',
        place: 'Goris–Lachin checkpoint',
        placeKind: 'checkpoint',
        personIds: [chosen.id],
      });
      expect(planned.statusCode, planned.body).toBe(201);
      const withEvent = (await walk(am)).persons;
      expect(withEvent.map((p) => p.id).sort()).toEqual([...loaded.map((p) => p.id), chosen.id].sort());

      // Shared: now the run's persons of Armenia's side, and those Armenia holds, with the match's history.
      expect((await post(coordinator, `${API}/reconciliations/${runId}/share`)).statusCode).toBe(200);
      const shared = (await walk(am)).persons;
      expect(shared.length).toBeGreaterThan(withEvent.length);
      expect(shared.every((p) => p.ownPartyId === am.partyId || p.holdingPartyId === am.partyId)).toBe(true);
      const visibleToAm = new Set(shared.map((p) => p.id));
      expect(
        all
          .filter((p) => p.ownPartyId === am.partyId || p.holdingPartyId === am.partyId)
          .every((p) => visibleToAm.has(p.id)),
      ).toBe(true);

      // Confirmed by both liaisons and the coordinator; carried out on the day; its outcome confirmed by all.
      const eventId = planned.json().id as string;
      for (const who of [am, az])
        expect((await post(who, `${API}/events/${eventId}/confirm`)).statusCode).toBe(200);
      expect((await walk(am)).persons.length).toBe(shared.length);
      const confirmed = await post(coordinator, `${API}/events/${eventId}/confirm`);
      expect(confirmed.json().status).toBe('confirmed');
      const carried = await post(coordinator, `${API}/events/${eventId}/outcome`, {
        outcomes: [{ personId: chosen.id, outcome: 'handed_over' }],
      });
      expect(carried.json().status, carried.body).toBe('carried_out');
      const carriedOut = await walk(am);
      expect(carriedOut.persons.length).toBe(shared.length);
      expect(carriedOut.persons.find((p) => p.id === chosen.id)?.status).toBe('included');
      for (const who of [am, az])
        expect((await post(who, `${API}/events/${eventId}/outcome/confirm`)).statusCode).toBe(200);
      const done = await post(coordinator, `${API}/events/${eventId}/outcome/confirm`);
      expect(done.json().complete).toBe(true);
      const after = await walk(am);
      expect(after.persons.length).toBe(shared.length);
      expect(after.persons.find((p) => p.id === chosen.id)?.status).toBe('handed_over');
      // Never the other party's raw lists, whatever the state.
      const lists = await items<{ partyId: string }>(am, `${API}/lists`);
      expect(lists.every((l) => l.partyId === am.partyId)).toBe(true);
    }, 180_000);
  });
}
