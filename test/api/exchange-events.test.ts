import { extractText, getDocumentProxy } from 'unpdf';
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

interface Person {
  id: string;
  displayName: string;
  ownPartyId: string;
  holdingPartyId: string | null;
  status: string;
}

const X = '/api/v1/exchange';

for (const dialect of testDialects()) {
  describe(`persons, plan and exchange events on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let runId: string;
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${X}${url}`, headers: as(who) });
    const post = (who: SignedIn, url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url: `${X}${url}`, headers: as(who), ...(payload ? { payload } : {}) });
    const persons = async (who: SignedIn): Promise<Person[]> =>
      (await get(who, '/persons?limit=1000')).json().items;
    const personNamed = async (name: string) =>
      (await persons(coordinator)).find((p) => p.displayName === name)!;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      const liaisonAm = { userId: am.userId, username: 'liaison-am', partyId: am.partyId! };
      const liaisonAz = { userId: az.userId, username: 'liaison-az', partyId: az.partyId! };
      await importList(t.store, liaisonAm, 'missing', AM_MISSING);
      await importList(t.store, liaisonAm, 'held', AM_HELD);
      await importList(t.store, liaisonAz, 'missing', AZ_MISSING);
      await importList(t.store, liaisonAz, 'held', AZ_HELD);
      const started = await post(coordinator, '/reconciliations', {});
      runId = started.json().id;
      for (let i = 0; i < 600; i++) {
        if ((await get(coordinator, `/reconciliations/${runId}`)).json().status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 90_000);
    afterAll(async () => t?.close());

    it("the demo's past exchange of 14 December 2020: 44 to Armenia, 12 to Azerbaijan, confirmed by all", async () => {
      const observer = await signIn(t.app, account(t, 'observer'));
      const events = (await get(observer, '/events')).json().items as {
        date: string;
        complete: boolean;
        persons: Person[];
        confirmations: unknown[];
      }[];
      const past = events.find((e) => e.date === '2020-12-14');
      expect(past?.complete).toBe(true);
      expect(past?.confirmations).toHaveLength(3);
      const toAm = past!.persons.filter((p) => p.ownPartyId === am.partyId);
      const toAz = past!.persons.filter((p) => p.ownPartyId === az.partyId);
      expect([toAm.length, toAz.length]).toEqual([44, 12]);
      expect(past!.persons.every((p) => p.status === 'handed_over')).toBe(true);
      expect(toAm.every((p) => /\p{Script=Armenian}/u.test(p.displayName))).toBe(true);
      // A liaison sees its own people handed over, and those its party handed back.
      const seenByAm = await persons(am);
      expect(seenByAm.filter((p) => toAm.some((q) => q.id === p.id))).toHaveLength(44);
      expect(seenByAm.filter((p) => toAz.some((q) => q.id === p.id))).toHaveLength(12);
    });

    it('a reconciliation lists every claimed and held person, and locates the matched ones with their holder', async () => {
      const all = await persons(coordinator);
      const aram = all.find((p) => p.displayName === 'Պետրոսյան Արամ');
      expect(aram).toMatchObject({ ownPartyId: am.partyId, holdingPartyId: az.partyId, status: 'located' });
      expect(all.find((p) => p.displayName === 'Հակոբյան Տիգրան')).toMatchObject({
        ownPartyId: am.partyId,
        holdingPartyId: null,
        status: 'listed',
      });
      // Held by Azerbaijan, claimed by no one: a person of Armenia located there.
      expect(all.find((p) => p.displayName === 'Grigoryan Armen')).toMatchObject({
        ownPartyId: am.partyId,
        holdingPartyId: az.partyId,
        status: 'located',
      });
      // One person per claim: the held entry of a matched claim is not a second person.
      expect(all.find((p) => p.displayName === 'Petrosyan Aram')).toBeUndefined();
      const history = (await get(coordinator, `/persons/${aram!.id}`)).json().history;
      expect(history.map((h: { to: string }) => h.to)).toEqual(['listed', 'located']);
      expect(history[1]).toMatchObject({ from: 'listed', event: 'locate', by: 'coordinator' });
    });

    it('a liaison sees its own people and those its party holds, and nothing a run made until it is shared', async () => {
      const before = await persons(am);
      expect(before.every((p) => p.ownPartyId === am.partyId || p.holdingPartyId === am.partyId)).toBe(true);
      // Before sharing: only the persons no run made (the past exchange), not even its own claims as matched.
      expect(before.find((p) => p.displayName === 'Grigoryan Armen')).toBeUndefined();
      expect(before.find((p) => p.displayName === 'Պետրոսյան Արամ')).toBeUndefined();
      expect(before).toHaveLength(56);
      const theirs = (await persons(coordinator)).find((p) => p.displayName === 'Əliyev Orxan')!;
      expect((await get(am, `/persons/${theirs.id}`)).statusCode).toBe(404);
      expect((await post(coordinator, `/reconciliations/${runId}/share`)).statusCode).toBe(200);
      const after = await persons(am);
      expect(after.find((p) => p.displayName === 'Grigoryan Armen')).toBeDefined();
      expect(after.find((p) => p.displayName === 'Պետրոսյան Արամ')).toBeDefined();
      expect(after.every((p) => p.ownPartyId === am.partyId || p.holdingPartyId === am.partyId)).toBe(true);
    });

    it('status moves only along allowed edges, each with who, when and why', async () => {
      const tigran = await personNamed('Հակոբյան Տիգրան');
      const refused = await post(coordinator, `/persons/${tigran.id}/status`, {
        event: 'verify',
        reason: 'visit',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors[0].message).toContain('located');
      const noReason = await post(coordinator, `/persons/${tigran.id}/status`, {
        event: 'release',
        reason: '',
      });
      expect(noReason.statusCode).toBe(400);
      const liaison = await post(am, `/persons/${tigran.id}/status`, { event: 'release', reason: 'x' });
      expect(liaison.statusCode).toBe(403);

      const aram = await personNamed('Պետրոսյան Արամ');
      const verified = await post(coordinator, `/persons/${aram.id}/status`, {
        event: 'verify',
        reason: 'ICRC visit on 2 December',
      });
      expect(verified.statusCode, verified.body).toBe(200);
      expect(verified.json().status).toBe('verified');
      const detail = (await get(coordinator, `/persons/${aram.id}`)).json();
      expect(detail.history.at(-1)).toMatchObject({
        from: 'located',
        to: 'verified',
        event: 'verify',
        reason: { key: 'note', params: { text: 'ICRC visit on 2 December' } },
        by: 'coordinator',
      });
      expect(detail.availableEvents).toEqual(expect.arrayContaining(['include', 'release', 'unlocate']));
    });

    it('the all-for-all plan sends every verified person home, and lists who is unresolved', async () => {
      const elvin = await personNamed('Məmmədov Elvin');
      expect(
        (await post(coordinator, `/persons/${elvin.id}/status`, { event: 'verify', reason: 'visit' }))
          .statusCode,
      ).toBe(200);
      const plan = (await get(coordinator, '/plan')).json();
      const toAm = plan.directions.find((d: { toPartyId: string }) => d.toPartyId === am.partyId);
      const toAz = plan.directions.find((d: { toPartyId: string }) => d.toPartyId === az.partyId);
      expect(toAm.persons.map((p: Person) => p.displayName)).toEqual(['Պետրոսյան Արամ']);
      expect(toAz).toMatchObject({ fromPartyId: am.partyId, count: 1 });
      expect(plan.unresolved.map((p: Person) => p.displayName)).toContain('Հակոբյան Տիգրան');
      expect((await get(am, '/plan')).statusCode).toBe(403);
    });

    it('an exchange is complete on the last confirmation, which hands every person over; the manifest is a PDF', async () => {
      const aram = await personNamed('Պետրոսյան Արամ');
      const elvin = await personNamed('Məmmədov Elvin');
      const tigran = await personNamed('Հակոբյան Տիգրան');
      const notVerified = await post(coordinator, '/events', {
        date: '2020-12-14',
        place: 'Goris',
        placeKind: 'checkpoint',
        personIds: [tigran.id],
      });
      expect(notVerified.statusCode).toBe(409);

      const created = await post(coordinator, '/events', {
        date: '2020-12-14',
        place: 'Goris',
        placeKind: 'checkpoint',
        personIds: [aram.id, elvin.id],
      });
      expect(created.statusCode, created.body).toBe(201);
      const event = created.json();
      expect(event.complete).toBe(false);
      expect(event.persons).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: aram.id,
            fromPartyId: az.partyId,
            toPartyId: am.partyId,
            status: 'included',
          }),
          expect.objectContaining({
            id: elvin.id,
            fromPartyId: am.partyId,
            toPartyId: az.partyId,
            status: 'included',
          }),
        ]),
      );

      const byAm = await post(am, `/events/${event.id}/confirm`);
      expect(byAm.statusCode, byAm.body).toBe(200);
      expect(byAm.json().complete).toBe(false);
      expect((await post(am, `/events/${event.id}/confirm`)).statusCode).toBe(409);
      expect((await post(az, `/events/${event.id}/confirm`)).json().complete).toBe(false);
      const observer = await signIn(t.app, account(t, 'observer'));
      expect((await get(observer, `/events/${event.id}`)).statusCode).toBe(200);
      expect((await post(observer, `/events/${event.id}/confirm`)).statusCode).toBe(403);
      expect((await persons(coordinator)).find((p) => p.id === aram.id)?.status).toBe('included');

      const last = await post(coordinator, `/events/${event.id}/confirm`);
      expect(last.statusCode).toBe(200);
      expect(last.json().complete).toBe(true);
      expect(
        last.json().confirmations.map((c: { kind: string; partyId: string | null }) => c.partyId),
      ).toEqual([am.partyId, az.partyId, null]);
      for (const id of [aram.id, elvin.id]) {
        const person = (await get(coordinator, `/persons/${id}`)).json();
        expect(person.status).toBe('handed_over');
        expect(person.history.at(-1)).toMatchObject({
          event: 'hand_over',
          by: 'coordinator',
          exchangeEventId: event.id,
        });
      }
      expect((await post(az, `/events/${event.id}/confirm`)).statusCode).toBe(409);

      const manifest = await get(observer, `/events/${event.id}/manifest.pdf?lang=hy`);
      expect(manifest.statusCode).toBe(200);
      expect(manifest.headers['content-type']).toBe('application/pdf');
      const pdf = await getDocumentProxy(new Uint8Array(manifest.rawPayload));
      const { text } = await extractText(pdf, { mergePages: true });
      expect(text).toContain('Փոխանակման ցուցակ');
      expect(text).toContain('Պետրոսյան Արամ');
      expect(text).toContain('Məmmədov Elvin');
    });

    it('the last two confirmations at the same moment: the exchange completes once, every person handed over', async () => {
      const grigoryan = await personNamed('Grigoryan Armen');
      expect(
        (await post(coordinator, `/persons/${grigoryan.id}/status`, { event: 'verify', reason: 'visit' }))
          .statusCode,
      ).toBe(200);
      const event = (
        await post(coordinator, '/events', {
          date: '2020-12-30',
          place: 'Hadrut',
          placeKind: 'airfield',
          personIds: [grigoryan.id],
        })
      ).json();
      expect((await post(am, `/events/${event.id}/confirm`)).statusCode).toBe(200);
      const answers = await Promise.all([
        post(az, `/events/${event.id}/confirm`),
        post(coordinator, `/events/${event.id}/confirm`),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
      expect(answers.filter((a) => a.json().complete)).toHaveLength(1);
      const person = (await get(coordinator, `/persons/${grigoryan.id}`)).json();
      expect(person.status).toBe('handed_over');
      expect(person.history.filter((h: { event: string }) => h.event === 'hand_over')).toHaveLength(1);
    });
  });
}
