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
    const patch = (who: SignedIn, url: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `${X}${url}`, headers: as(who), payload });
    const history = async (id: string) =>
      (await get(coordinator, `/persons/${id}`)).json().history as {
        event: string | null;
        to: string;
        reason: { key: string; params: Record<string, string> };
        exchangeEventId: string | null;
      }[];
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
        status: string;
        complete: boolean;
        persons: (Person & { outcome: { outcome: string } | null })[];
        confirmations: { at: string }[];
        carriedOut: { at: string } | null;
        outcomeConfirmations: { at: string }[];
        steps: string[];
      }[];
      const past = events.find((e) => e.date === '2020-12-14');
      // Planned and confirmed on the 12th, carried out on the 14th, its outcome confirmed by all that day.
      expect(past).toMatchObject({ status: 'completed', complete: true, steps: [] });
      expect(past?.confirmations.map((c) => c.at.slice(0, 10))).toEqual([
        '2020-12-12',
        '2020-12-12',
        '2020-12-12',
      ]);
      expect(past?.carriedOut?.at.slice(0, 10)).toBe('2020-12-14');
      expect(past?.outcomeConfirmations.map((c) => c.at.slice(0, 10))).toEqual([
        '2020-12-14',
        '2020-12-14',
        '2020-12-14',
      ]);
      expect(past!.persons.every((p) => p.outcome?.outcome === 'handed_over')).toBe(true);
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

    it('an exchange is planned, confirmed by all, carried out person by person and its outcome confirmed: only then are persons handed over', async () => {
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
      expect(event).toMatchObject({
        status: 'planned',
        complete: false,
        steps: ['confirm', 'edit', 'cancel'],
      });
      expect(event.persons).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: aram.id,
            fromPartyId: az.partyId,
            toPartyId: am.partyId,
            status: 'included',
            outcome: null,
          }),
          expect.objectContaining({
            id: elvin.id,
            fromPartyId: am.partyId,
            toPartyId: az.partyId,
            status: 'included',
          }),
        ]),
      );
      expect((await get(am, `/events/${event.id}`)).json().steps).toEqual(['confirm']);
      const outcome = {
        outcomes: [
          { personId: aram.id, outcome: 'handed_over' },
          { personId: elvin.id, outcome: 'not_handed_over', reason: 'health', note: 'In hospital in Baku' },
        ],
      };
      // Nothing is carried out before the plan is confirmed by all.
      const early = await post(coordinator, `/events/${event.id}/outcome`, outcome);
      expect(early.statusCode).toBe(409);
      expect(early.json().errors[0]).toMatchObject({ path: 'status', message: 'planned' });

      const byAm = await post(am, `/events/${event.id}/confirm`);
      expect(byAm.statusCode, byAm.body).toBe(200);
      expect(byAm.json()).toMatchObject({ status: 'planned', steps: [] });
      expect((await post(am, `/events/${event.id}/confirm`)).statusCode).toBe(409);
      expect((await post(az, `/events/${event.id}/confirm`)).json().status).toBe('planned');
      const observer = await signIn(t.app, account(t, 'observer'));
      expect((await get(observer, `/events/${event.id}`)).json().steps).toEqual([]);
      expect((await post(observer, `/events/${event.id}/confirm`)).statusCode).toBe(403);

      const last = await post(coordinator, `/events/${event.id}/confirm`);
      expect(last.statusCode).toBe(200);
      expect(last.json()).toMatchObject({ status: 'confirmed', complete: false });
      expect(
        last.json().confirmations.map((c: { kind: string; partyId: string | null }) => c.partyId),
      ).toEqual([am.partyId, az.partyId, null]);
      // Confirming the plan hands nobody over.
      for (const id of [aram.id, elvin.id]) {
        expect((await get(coordinator, `/persons/${id}`)).json().status).toBe('included');
      }

      // The outcome names every person once, with a reason for whoever was not handed over.
      const noReason = await post(coordinator, `/events/${event.id}/outcome`, {
        outcomes: [outcome.outcomes[0], { personId: elvin.id, outcome: 'not_handed_over' }],
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors).toEqual([expect.objectContaining({ path: 'outcomes.1.reason' })]);
      const leftOut = await post(coordinator, `/events/${event.id}/outcome`, {
        outcomes: [outcome.outcomes[0]],
      });
      expect(leftOut.statusCode).toBe(400);
      expect(leftOut.json().errors[0]).toMatchObject({
        path: 'outcomes',
        message: expect.stringContaining(elvin.id),
      });
      const badReason = await post(coordinator, `/events/${event.id}/outcome`, {
        outcomes: [outcome.outcomes[0], { ...outcome.outcomes[1], reason: 'bored' }],
      });
      expect(badReason.statusCode).toBe(400);
      expect(badReason.json().errors[0].path).toBe('outcomes.1.reason');
      expect((await post(am, `/events/${event.id}/outcome`, outcome)).statusCode).toBe(403);

      const carried = await post(coordinator, `/events/${event.id}/outcome`, outcome);
      expect(carried.statusCode, carried.body).toBe(200);
      expect(carried.json()).toMatchObject({
        status: 'carried_out',
        carriedOut: { by: 'coordinator' },
        steps: ['record_outcome', 'confirm_outcome'],
      });
      const elvinOutcome = carried.json().persons.find((p: { id: string }) => p.id === elvin.id).outcome;
      expect(elvinOutcome).toEqual({
        outcome: 'not_handed_over',
        reason: 'health',
        note: 'In hospital in Baku',
      });
      // Carried out: no edit, no cancel; the persons' statuses wait for the outcome's confirmations.
      expect((await patch(coordinator, `/events/${event.id}`, { place: 'Lachin' })).statusCode).toBe(409);
      expect((await post(coordinator, `/events/${event.id}/cancel`, { reason: 'late' })).statusCode).toBe(
        409,
      );
      expect((await post(am, `/events/${event.id}/outcome/confirm`)).json().status).toBe('carried_out');
      expect((await post(am, `/events/${event.id}/outcome/confirm`)).statusCode).toBe(409);
      expect((await post(observer, `/events/${event.id}/outcome/confirm`)).statusCode).toBe(403);
      expect((await post(az, `/events/${event.id}/outcome/confirm`)).json().status).toBe('carried_out');
      expect((await get(coordinator, `/persons/${aram.id}`)).json().status).toBe('included');

      const done = await post(coordinator, `/events/${event.id}/outcome/confirm`);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ status: 'completed', complete: true, steps: [] });
      expect(done.json().outcomeConfirmations).toHaveLength(3);
      const aramNow = (await get(coordinator, `/persons/${aram.id}`)).json();
      expect(aramNow.status).toBe('handed_over');
      expect(aramNow.history.at(-1)).toMatchObject({
        event: 'hand_over',
        by: 'coordinator',
        exchangeEventId: event.id,
        reason: { key: 'handedOverAtExchange', params: { date: '2020-12-14', place: 'Goris' } },
      });
      // Not handed over: back to verified, the reason in the history.
      const elvinNow = (await get(coordinator, `/persons/${elvin.id}`)).json();
      expect(elvinNow.status).toBe('verified');
      expect(elvinNow.history.at(-1)).toMatchObject({
        from: 'included',
        to: 'verified',
        event: 'exclude',
        exchangeEventId: event.id,
        reason: {
          key: 'notHandedOver',
          params: { date: '2020-12-14', reason: 'health', note: 'In hospital in Baku' },
        },
      });
      expect((await post(az, `/events/${event.id}/outcome/confirm`)).statusCode).toBe(409);
      expect((await post(coordinator, `/events/${event.id}/outcome`, outcome)).statusCode).toBe(409);

      const manifest = await get(observer, `/events/${event.id}/manifest.pdf?lang=hy`);
      expect(manifest.statusCode).toBe(200);
      expect(manifest.headers['content-type']).toBe('application/pdf');
      const pdf = await getDocumentProxy(new Uint8Array(manifest.rawPayload));
      const { text } = await extractText(pdf, { mergePages: true });
      expect(text).toContain('Փոխանակման ցուցակ');
      expect(text).toContain('Պետրոսյան Արամ');
      expect(text).toContain('Məmmədov Elvin');
    });

    it('until carried out, an exchange is edited (its confirmations start over) or cancelled with a reason, and nothing on the day before', async () => {
      // Not handed over in the exchange before, Elvin can go in another one.
      const elvin = await personNamed('Məmmədov Elvin');
      const grigoryan = await personNamed('Grigoryan Armen');
      const tigran = await personNamed('Հակոբյան Տիգրան');
      expect(
        (await post(coordinator, `/persons/${grigoryan.id}/status`, { event: 'verify', reason: 'visit' }))
          .statusCode,
      ).toBe(200);
      const event = (
        await post(coordinator, '/events', {
          date: '2099-01-10',
          place: 'Hadrut',
          placeKind: 'airfield',
          personIds: [elvin.id],
        })
      ).json();
      for (const who of [am, az, coordinator]) {
        expect((await post(who, `/events/${event.id}/confirm`)).statusCode).toBe(200);
      }
      const tooEarly = await post(coordinator, `/events/${event.id}/outcome`, {
        outcomes: [{ personId: elvin.id, outcome: 'handed_over' }],
      });
      expect(tooEarly.statusCode).toBe(409);
      expect(tooEarly.json().errors[0]).toMatchObject({ path: 'date', message: 'before_the_day' });

      expect((await patch(am, `/events/${event.id}`, { place: 'Lachin' })).statusCode).toBe(403);
      expect((await patch(coordinator, `/events/${event.id}`, {})).statusCode).toBe(400);
      const refused = await patch(coordinator, `/events/${event.id}`, { personIds: [elvin.id, tigran.id] });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors[0]).toMatchObject({ path: 'personIds', message: tigran.id });
      expect((await get(coordinator, `/events/${event.id}`)).json()).toMatchObject({
        status: 'confirmed',
        persons: [expect.objectContaining({ id: elvin.id })],
      });

      const edited = await patch(coordinator, `/events/${event.id}`, {
        date: '2099-01-11',
        personIds: [elvin.id, grigoryan.id],
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({
        status: 'planned',
        date: '2099-01-11',
        place: 'Hadrut',
        confirmations: [],
      });
      expect(
        edited
          .json()
          .persons.map((p: Person) => [p.id, p.status])
          .sort(),
      ).toEqual(
        [
          [elvin.id, 'included'],
          [grigoryan.id, 'included'],
        ].sort(),
      );
      expect((await get(am, `/events/${event.id}`)).json().steps).toEqual(['confirm']);
      const unchanged = await patch(coordinator, `/events/${event.id}`, { place: 'Hadrut' });
      expect(unchanged.json().status).toBe('planned');

      const narrowed = await patch(coordinator, `/events/${event.id}`, { personIds: [elvin.id] });
      expect(narrowed.json().persons).toHaveLength(1);
      expect((await personNamed('Grigoryan Armen')).status).toBe('verified');
      expect((await history(grigoryan.id)).at(-1)).toMatchObject({
        event: 'exclude',
        reason: { key: 'removedFromExchange', params: { date: '2099-01-11' } },
      });

      expect((await post(az, `/events/${event.id}/cancel`, { reason: 'x' })).statusCode).toBe(403);
      expect((await post(coordinator, `/events/${event.id}/cancel`, { reason: ' ' })).statusCode).toBe(400);
      const cancelled = await post(coordinator, `/events/${event.id}/cancel`, {
        reason: 'The road is closed',
      });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json()).toMatchObject({
        status: 'cancelled',
        cancelled: { by: 'coordinator', reason: 'The road is closed' },
        steps: [],
      });
      expect((await personNamed('Məmmədov Elvin')).status).toBe('verified');
      expect((await history(elvin.id)).at(-1)).toMatchObject({
        event: 'exclude',
        exchangeEventId: event.id,
        reason: { key: 'exchangeCancelled', params: { date: '2099-01-11', note: 'The road is closed' } },
      });
      expect((await post(am, `/events/${event.id}/confirm`)).statusCode).toBe(409);
      expect((await patch(coordinator, `/events/${event.id}`, { place: 'Lachin' })).statusCode).toBe(409);
      expect((await post(coordinator, `/events/${event.id}/cancel`, { reason: 'again' })).statusCode).toBe(
        409,
      );
    });

    it('the last two confirmations of an outcome at the same moment: completed once, every person handed over once', async () => {
      const grigoryan = await personNamed('Grigoryan Armen');
      const event = (
        await post(coordinator, '/events', {
          date: '2020-12-30',
          place: 'Hadrut',
          placeKind: 'airfield',
          personIds: [grigoryan.id],
        })
      ).json();
      for (const who of [am, az, coordinator]) {
        expect((await post(who, `/events/${event.id}/confirm`)).statusCode).toBe(200);
      }
      const carried = await post(coordinator, `/events/${event.id}/outcome`, {
        outcomes: [{ personId: grigoryan.id, outcome: 'handed_over' }],
      });
      expect(carried.statusCode, carried.body).toBe(200);
      expect((await post(am, `/events/${event.id}/outcome/confirm`)).statusCode).toBe(200);
      const answers = await Promise.all([
        post(az, `/events/${event.id}/outcome/confirm`),
        post(coordinator, `/events/${event.id}/outcome/confirm`),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
      expect(answers.filter((a) => a.json().status === 'completed')).toHaveLength(1);
      const person = (await get(coordinator, `/persons/${grigoryan.id}`)).json();
      expect(person.status).toBe('handed_over');
      expect(person.history.filter((h: { event: string }) => h.event === 'hand_over')).toHaveLength(1);
    });

    it('verifies every confirmed or matched pair of a run at once with one reason; the plan says what it waits for', async () => {
      const before = (await get(coordinator, '/plan')).json();
      expect(before.runId).toBe(runId);
      const waits = (plan: { waitingFor: { key: string; count: number }[] }) =>
        Object.fromEntries(plan.waitingFor.map((w) => [w.key, w.count]));
      const located = (await persons(coordinator)).filter((p) => p.status === 'located');
      expect(waits(before).matchesToVerify).toBeGreaterThan(0);
      expect(waits(before).matchesToVerify + (waits(before).personsToVerify ?? 0)).toBe(located.length);
      expect(waits(before).runNotShared).toBeUndefined();

      const url = `/reconciliations/${runId}/verify-matches`;
      expect((await post(am, url, { reason: 'x' })).statusCode).toBe(403);
      expect((await post(coordinator, url, { reason: '' })).statusCode).toBe(400);
      expect(
        (await post(coordinator, '/reconciliations/no-such-run/verify-matches', { reason: 'x' })).statusCode,
      ).toBe(404);
      const verified = await post(coordinator, url, { reason: 'Both lists agree, seen at the visit' });
      expect(verified.statusCode, verified.body).toBe(200);
      const { personIds } = verified.json();
      expect(verified.json().verified).toBe(waits(before).matchesToVerify);
      const after = await persons(coordinator);
      for (const id of personIds) {
        const person = after.find((p) => p.id === id)!;
        // A match: the claim of one side joined to the holding of the other.
        expect(person).toMatchObject({ status: 'verified', holdingPartyId: expect.any(String) });
        expect(person.holdingPartyId).not.toBe(person.ownPartyId);
        expect((await history(id)).at(-1)).toMatchObject({
          event: 'verify',
          reason: { key: 'note', params: { text: 'Both lists agree, seen at the visit' } },
        });
      }
      // Located persons without a match (a holding no one claimed) are left to be verified one by one.
      for (const person of located.filter((p) => !personIds.includes(p.id))) {
        expect(after.find((p) => p.id === person.id)?.status).toBe('located');
      }
      const plan = (await get(coordinator, '/plan')).json();
      expect(waits(plan).matchesToVerify).toBeUndefined();
      const going = plan.directions.flatMap((d: { persons: Person[] }) => d.persons.map((p) => p.id));
      expect(going).toEqual(expect.arrayContaining(personIds));
      expect((await post(coordinator, url, { reason: 'again' })).json().verified).toBe(0);
    });
  });
}
