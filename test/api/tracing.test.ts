import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { as, type SignedIn, signInEveryRole, startTestApp, type TestApp } from './api-harness.js';

const V = '/api/v1/tracing';

const armenianCase = (overrides: Record<string, unknown> = {}) => ({
  person: {
    givenName: 'Տիգրան',
    familyName: 'Մկրտչյան',
    patronymic: 'Սամվելի',
    birthDate: '1998-06-02',
    category: 'military',
    ...overrides,
  },
  circumstances: { lastSeenOn: '2020-10-28', lastSeenPrecision: 'day', lastSeenPlace: 'Հադրութ' },
  enquirer: { name: 'Սոնա Մկրտչյան', relation: 'մայր', contact: '+374 91 000000', language: 'hy' },
  sharingLevel: 'other_party',
});

for (const dialect of testDialects()) {
  describe(`tracing on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    let fieldOfficer: SignedIn;
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${V}${url}`, headers: as(who) });
    const send = (who: SignedIn, method: 'POST' | 'PUT', url: string, payload: object) =>
      t.app.inject({ method, url: `${V}${url}`, headers: as(who), payload });
    /** The engine searches for each new case in the background: wait for it before stepping the case. */
    const matched = async (id: string) => {
      for (let i = 0; i < 600; i++) {
        const detail = (await get(coordinator, `/cases/${id}`)).json();
        if (detail.matching.state === 'done') return detail;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('matching did not finish');
    };
    const caseCount = async () => (await t.store.db.selectFrom('tracing_case').select('id').execute()).length;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      ({ coordinator, am, az, observer, fieldOfficer } = await signInEveryRole(t));
    });
    afterAll(async () => t?.close());

    it('a liaison opens a case in Armenian script; the other side sees only the person, observers nothing', async () => {
      const res = await send(am, 'POST', '/cases', armenianCase());
      expect(res.statusCode, res.body).toBe(201);
      const opened = res.json();
      expect(opened).toMatchObject({
        status: 'open',
        visibility: 'full',
        displayName: 'Մկրտչյան Տիգրան Սամվելի',
      });
      expect(opened.history[0]).toMatchObject({ event: 'opened', reason: 'caseOpened' });
      const seen = (await get(az, `/cases/${opened.id}`)).json();
      expect(seen.visibility).toBe('search_fields');
      expect(seen.enquirer).toBeNull();
      expect(seen.history).toEqual([]);
      expect(seen.person.familyName).toBe('Մկրտչյան');
      expect((await get(coordinator, `/cases/${opened.id}`)).json().enquirer.relation).toBe('մայր');
      expect((await get(observer, `/cases/${opened.id}`)).statusCode).toBe(403);
      expect((await get(fieldOfficer, '/cases')).statusCode).toBe(403);
      expect((await send(coordinator, 'POST', '/cases', armenianCase())).statusCode).toBe(403);

      const kept = (await send(am, 'POST', '/cases', armenianCase({ givenName: 'Վահե' }))).json();
      await send(am, 'PUT', `/cases/${kept.id}`, {
        ...armenianCase({ givenName: 'Վահե' }),
        sharingLevel: 'intermediary_only',
      });
      expect((await get(az, `/cases/${kept.id}`)).statusCode).toBe(404);
      expect((await send(az, 'PUT', `/cases/${kept.id}`, armenianCase())).statusCode).toBe(404);
      const list = (await get(az, '/cases?limit=200')).json();
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(kept.id);
      for (const item of list.items)
        if (item.openedByPartyId !== az.partyId) {
          expect(item.sharingLevel).toBe('other_party');
          expect(item.enquirer).toBeNull();
        }
    });

    it('refuses a case without any name or with an unreadable date, naming the field, and stores nothing', async () => {
      const before = await caseCount();
      const nameless = await send(
        am,
        'POST',
        '/cases',
        armenianCase({ givenName: ' ', familyName: null, patronymic: null }),
      );
      expect(nameless.statusCode).toBe(400);
      expect(nameless.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(nameless.json().errors.map((e: { path: string }) => e.path)).toEqual(['person.fullName']);
      const badDate = await send(am, 'POST', '/cases', armenianCase({ birthDate: '1998-02-31' }));
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().errors).toEqual([
        expect.objectContaining({ in: 'body', path: 'person.birthDate' }),
      ]);
      const garbled = await send(am, 'POST', '/cases', {
        ...armenianCase(),
        circumstances: { lastSeenOn: 'last autumn' },
      });
      expect(garbled.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'circumstances.lastSeenOn',
      ]);
      expect(await caseCount()).toBe(before);
    });

    it('a liaison closes and reopens its own case; the coordinator moves it; a refused edge is a 409', async () => {
      const { id } = (
        await send(am, 'POST', '/cases', {
          ...armenianCase({ givenName: 'Զավեն', familyName: 'Ղազարյան', patronymic: null, birthDate: null }),
          sharingLevel: 'other_party',
        })
      ).json();
      expect((await matched(id)).status).toBe('open');
      expect((await send(am, 'POST', `/cases/${id}/status`, { event: 'close' })).json().errors[0].path).toBe(
        'closeReason',
      );
      const closed = await send(am, 'POST', `/cases/${id}/status`, {
        event: 'close',
        closeReason: 'withdrawn_by_family',
      });
      expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'withdrawn_by_family' });
      expect((await send(am, 'POST', `/cases/${id}/status`, { event: 'reopen' })).json().status).toBe('open');
      expect((await send(am, 'POST', `/cases/${id}/status`, { event: 'locate_alive' })).statusCode).toBe(403);
      expect(
        (await send(az, 'POST', `/cases/${id}/status`, { event: 'close', closeReason: 'other' })).statusCode,
      ).toBe(404);
      const held = await send(coordinator, 'POST', `/cases/${id}/status`, { event: 'locate_alive' });
      expect(held.json()).toMatchObject({ status: 'located_alive', aliveState: 'held' });
      const refused = await send(coordinator, 'POST', `/cases/${id}/status`, { event: 'rule_out' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'event' })]);
      const timeline = (await get(am, `/cases/${id}`)).json().history;
      expect(timeline.map((h: { event: string; reason: string }) => [h.event, h.reason])).toEqual([
        ['opened', 'caseOpened'],
        ['close', 'liaisonDecision'],
        ['reopen', 'liaisonDecision'],
        ['locate_alive', 'coordinatorDecision'],
      ]);
    });

    it('registers remains, identifies them by DNA, and the case they resolve shows located dead', async () => {
      const { id: caseId } = (await send(am, 'POST', '/cases', armenianCase({ givenName: 'Արմեն' }))).json();
      const reg = await send(am, 'POST', '/remains', {
        reference: 'AM-T-1',
        recoveredOn: '2020-12-05',
        recoveredPlace: 'Ջաբրայիլ',
        latitude: 39.4,
        longitude: 47.02,
        placePrecision: 'point',
        recoveredBy: 'Search team',
        foundWithTokens: 'identity tag',
        repatriatedOn: '2020-12-06',
      });
      expect(reg.statusCode, reg.body).toBe(201);
      const remainsId = reg.json().id;
      expect((await get(az, `/remains/${remainsId}`)).statusCode).toBe(404);
      const presumed = await send(am, 'POST', `/remains/${remainsId}/identification`, {
        status: 'confirmed',
        method: 'visual',
        caseId,
        on: '2020-12-07',
      });
      expect(presumed.statusCode).toBe(400);
      expect(presumed.json().errors.map((e: { path: string }) => e.path)).toEqual(['method']);
      const confirmed = await send(am, 'POST', `/remains/${remainsId}/identification`, {
        status: 'confirmed',
        method: 'dna',
        caseId,
        on: '2020-12-08',
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json()).toMatchObject({
        identification: 'confirmed',
        method: 'dna',
        case: { id: caseId },
      });
      const detail = (await get(am, `/cases/${caseId}`)).json();
      expect(detail.status).toBe('located_dead');
      expect(detail.remains).toEqual([expect.objectContaining({ reference: 'AM-T-1', method: 'dna' })]);
      expect(detail.history.at(-1)).toMatchObject({ reason: 'remainsIdentified', note: 'AM-T-1' });
      const exported = await get(am, `/cases/${caseId}/family-export`);
      expect(exported.headers['content-type']).toMatch(/text\/plain/);
      expect(exported.body).toContain('Ինչ է պահվում ձեր գործի վերաբերյալ');
      expect(exported.body).toContain('գտնվել է զոհված');
      expect((await get(az, `/cases/${caseId}/family-export`)).statusCode).toBe(404);
      const bad = await send(am, 'POST', '/remains', {
        reference: 'AM-T-2',
        recoveredOn: '25/11/2020',
        recoveredPlace: 'x',
        placePrecision: 'point',
        recoveredBy: 'team',
      });
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['recoveredOn']);
      expect((await send(observer, 'POST', '/remains', {})).statusCode).toBe(403);
    });

    it('observers count only the cases whose families agreed to it; the coordinator counts every case', async () => {
      const total = async (who: SignedIn) => {
        const res = await get(who, '/counts');
        expect(res.statusCode, res.body).toBe(200);
        return Object.values(res.json().cases as Record<string, number>).reduce((a, b) => a + b, 0);
      };
      const [coordinatorBefore, observerBefore] = [await total(coordinator), await total(observer)];
      // The demo holds cases of every level: observers' figures leave those kept to the intermediary out.
      expect(observerBefore).toBeGreaterThan(0);
      expect(observerBefore).toBeLessThan(coordinatorBefore);
      const kept = await send(am, 'POST', '/cases', {
        ...armenianCase({ givenName: 'Գոռ' }),
        sharingLevel: 'intermediary_only',
      });
      expect(kept.statusCode, kept.body).toBe(201);
      const counted = await send(am, 'POST', '/cases', {
        ...armenianCase({ givenName: 'Նարեկ' }),
        sharingLevel: 'observers_counts',
      });
      expect(counted.statusCode, counted.body).toBe(201);
      expect(counted.json().sharingLevel).toBe('observers_counts');
      await matched(kept.json().id);
      await matched(counted.json().id);
      expect(await total(coordinator)).toBe(coordinatorBefore + 2);
      expect(await total(observer)).toBe(observerBefore + 1);
      // Counted for observers is not shared with the other party.
      expect((await get(az, `/cases/${counted.json().id}`)).statusCode).toBe(404);
    });

    it("counts follow the ICRC's figures as of 17 November and 5 December 2020, for observers too", async () => {
      const mid = (await get(observer, '/counts?asOf=2020-11-17')).json();
      expect(mid.remains.repatriated).toBe(200);
      const december = await get(observer, '/counts?asOf=2020-12-05');
      expect(december.statusCode, december.body).toBe(200);
      const body = december.json();
      expect(body.remains).toMatchObject({ repatriated: 610, identified: 135, awaitingIdentification: 475 });
      expect(body.remains.identifiedBy.dna).toBe(135);
      expect(body.cases.located_dead).toBeGreaterThan(0);
      expect(body.series[0].date).toBe('2020-11-10');
      expect(body.series.at(-1).date).toBe('2020-12-05');
      const after = (await get(coordinator, '/counts?asOf=2020-12-20')).json();
      expect(after.cases.located_alive).toBe(9);
      expect((await get(fieldOfficer, '/counts')).statusCode).toBe(403);
      const unreadable = await get(observer, '/counts?asOf=5.12.2020');
      expect(unreadable.statusCode).toBe(400);
      expect(unreadable.json().errors).toEqual([
        expect.objectContaining({ in: 'querystring', path: 'asOf' }),
      ]);
    });
  });
}
