import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signInEveryRole, startTestApp, type TestApp } from './api-harness.js';

interface Meeting {
  id: string;
  title: { en: string; ru?: string; hy?: string; az?: string };
  startsAt: string;
  placeName: string;
  topicProvisionIds: string[];
  statement: { en: string; ru?: string } | null;
  actionItems: {
    id: string;
    description: string;
    ownerPartyId: string | null;
    status: string;
    state: string;
    doneOn: string | null;
    provisionIds: string[];
    availableStatuses: string[];
    history: {
      fromStatus: string | null;
      toStatus: string;
      note: string;
      by: string;
      byPartyId: string | null;
    }[];
  }[];
}

const V = '/api/v1';

for (const dialect of testDialects()) {
  describe(`meetings and action items on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    let fieldOfficer: SignedIn;
    const point = new Map<number, string>();
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${V}${url}`, headers: as(who) });
    const send = (who: SignedIn, method: 'POST' | 'PATCH', url: string, payload: object) =>
      t.app.inject({ method, url: `${V}${url}`, headers: as(who), payload });
    const meetings = async (who: SignedIn): Promise<Meeting[]> => (await get(who, '/meetings')).json().items;
    const auditCount = async () => (await get(coordinator, '/audit?limit=1')).json().total as number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      ({ coordinator, am, az, observer, fieldOfficer } = await signInEveryRole(t));
      const agreementId = (await get(coordinator, '/agreements')).json().items[0].id;
      for (const p of (await get(coordinator, `/agreements/${agreementId}`)).json().provisions)
        point.set(p.number, p.id);
    });
    afterAll(async () => t?.close());

    it("every role reads the demo's meetings in date order, with topics, statement and action items", async () => {
      for (const who of [coordinator, am, observer, fieldOfficer]) {
        const items = await meetings(who);
        expect(items.map((m) => [m.startsAt.slice(0, 10), m.placeName])).toEqual([
          ['2020-12-12', 'Baku'],
          ['2020-12-14', 'Yerevan'],
          ['2021-01-11', 'Moscow'],
          ['2021-01-30', 'Moscow'],
        ]);
        const moscow = items[2];
        expect(moscow.title.hy).toBe('Ռուսաստանի, Ադրբեջանի և Հայաստանի ղեկավարները Մոսկվայում');
        expect(moscow.statement?.ru).toContain('рабочую группу');
        expect(moscow.topicProvisionIds).toContain(point.get(9));
        expect(moscow.actionItems.map((i) => i.state)).toEqual(['done']);
        expect(items[1].actionItems.map((i) => i.state)).toEqual(['overdue']);
      }
    });

    it('a done action item shows as evidence on its provision; the meetings that discussed it are listed', async () => {
      const nine = (await get(observer, `/provisions/${point.get(9)}`)).json();
      expect(nine.actionItems.map((i: { state: string }) => i.state).sort()).toEqual(['done', 'overdue']);
      expect(nine.meetings.map((m: { startsAt: string }) => m.startsAt.slice(0, 10))).toEqual([
        '2021-01-11',
        '2021-01-30',
      ]);
      const overview = (
        await get(observer, `/agreements/${nine.provision.agreementId}/implementation`)
      ).json();
      const status = overview.provisions.find((p: { number: number }) => p.number === 9);
      expect(status.actionItems).toEqual({ done: 1, open: 0, overdue: 1, dropped: 0 });
    });

    it('the coordinator records a meeting, adds an action item and marks it done', async () => {
      const created = await send(coordinator, 'POST', '/meetings', {
        kind: 'field_contact',
        title: { en: 'Contact at the Lachin corridor checkpoint', ru: 'Контакт на КПП Лачинского коридора' },
        startsAt: '2021-01-20T09:00:00Z',
        endsAt: '2021-01-20T10:00:00Z',
        placeId: 'lachin',
        delegations: [{ name: 'Liaison officer', partyId: am.partyId }],
        topicProvisionIds: [point.get(6)],
        outcome: 'Convoy schedule agreed',
      });
      expect(created.statusCode, created.body).toBe(201);
      const meeting: Meeting = created.json();
      expect(meeting.placeName).toBe('Lachin');
      const added = await send(coordinator, 'POST', `/meetings/${meeting.id}/action-items`, {
        description: 'Publish the convoy schedule',
        ownerPartyId: am.partyId,
        dueOn: '2021-01-25',
        provisionIds: [point.get(6)],
      });
      expect(added.statusCode, added.body).toBe(201);
      const item = (added.json() as Meeting).actionItems[0];
      expect(item.state).toBe('overdue');
      const noDay = await send(coordinator, 'PATCH', `/action-items/${item.id}`, { status: 'done' });
      expect(noDay.statusCode).toBe(400);
      expect(noDay.json().errors[0].path).toBe('doneOn');
      const done = await send(coordinator, 'PATCH', `/action-items/${item.id}`, {
        status: 'done',
        doneOn: '2021-01-24',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect((done.json() as Meeting).actionItems[0].state).toBe('done');
      const six = (await get(am, `/provisions/${point.get(6)}`)).json();
      expect(
        six.actionItems.map((i: { description: string; state: string }) => [i.description, i.state]),
      ).toEqual([['Publish the convoy schedule', 'done']]);
    });

    it('refuses bad meetings and action items naming the field, storing nothing; only the coordinator writes', async () => {
      const before = [await auditCount(), (await meetings(coordinator)).length];
      const base = {
        kind: 'bilateral',
        title: { en: 'x' },
        startsAt: '2021-01-20T10:00:00Z',
        placeName: 'Somewhere',
      };
      const cases: [object, string][] = [
        [{ ...base, endsAt: '2021-01-19T10:00:00Z' }, 'endsAt'],
        [{ ...base, startsAt: 'soon' }, 'startsAt'],
        [{ ...base, placeId: 'atlantis' }, 'placeId'],
        [{ ...base, topicProvisionIds: ['nope'] }, 'topicProvisionIds.0'],
        [{ ...base, delegations: [{ name: 'x', partyId: 'nope' }] }, 'delegations.0.partyId'],
      ];
      for (const [payload, field] of cases) {
        const res = await send(coordinator, 'POST', '/meetings', payload);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
      }
      const first = (await meetings(coordinator))[0];
      const badItem = await send(coordinator, 'POST', `/meetings/${first.id}/action-items`, {
        description: 'x',
        provisionIds: ['nope'],
      });
      expect(badItem.json().errors[0].path).toBe('provisionIds.0');
      expect(
        (await send(coordinator, 'POST', '/meetings/nope/action-items', { description: 'x' })).statusCode,
      ).toBe(404);
      expect([await auditCount(), (await meetings(coordinator)).length]).toEqual(before);
      for (const who of [am, observer, fieldOfficer]) {
        expect((await send(who, 'POST', '/meetings', base)).statusCode).toBe(403);
        expect(
          (await send(who, 'POST', `/meetings/${first.id}/action-items`, { description: 'x' })).statusCode,
        ).toBe(403);
        expect(
          (await send(who, 'PATCH', `/action-items/${first.actionItems[0].id}`, { status: 'dropped' }))
            .statusCode,
        ).toBe(403);
      }
    });

    it("a liaison marks its own party's action item done, with a note kept in the item's history; the coordinator sees who", async () => {
      const baku = (await meetings(am)).find((m) => m.placeName === 'Baku')!;
      const ours = baku.actionItems.find((i) => i.ownerPartyId === am.partyId)!;
      const theirs = baku.actionItems.find((i) => i.ownerPartyId === az.partyId)!;
      // What each reader may do with each item, as the page offers it.
      expect(ours.state).toBe('overdue');
      expect(ours.availableStatuses).toEqual(['done']);
      expect(theirs.availableStatuses).toEqual([]);
      expect(
        (await meetings(coordinator))
          .find((m) => m.id === baku.id)!
          .actionItems.map((i) => i.availableStatuses),
      ).toEqual(expect.arrayContaining([['done', 'dropped']]));
      for (const who of [observer, fieldOfficer])
        expect((await meetings(who))[0].actionItems.every((i) => i.availableStatuses.length === 0)).toBe(
          true,
        );

      const before = [await auditCount(), JSON.stringify(await meetings(coordinator))];
      // Another party's item, an item no party owns, a drop (the meeting's decision): refused, nothing stored.
      const refused: [SignedIn, string, object][] = [
        [az, ours.id, { status: 'done', doneOn: '2020-12-14' }],
        [am, theirs.id, { status: 'open' }],
        [am, (await meetings(am))[1].actionItems[0].id, { status: 'done', doneOn: '2020-12-20' }],
        [am, ours.id, { status: 'dropped' }],
        [observer, ours.id, { status: 'done', doneOn: '2020-12-14' }],
      ];
      for (const [who, id, payload] of refused) {
        const res = await send(who, 'PATCH', `/action-items/${id}`, payload);
        expect(res.statusCode, res.body).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      // A done item needs its day, and not one ahead of today.
      const noDay = await send(am, 'PATCH', `/action-items/${ours.id}`, { status: 'done' });
      expect(noDay.statusCode).toBe(400);
      expect(noDay.json().errors[0].path).toBe('doneOn');
      const ahead = await send(am, 'PATCH', `/action-items/${ours.id}`, {
        status: 'done',
        doneOn: '2999-01-01',
      });
      expect(ahead.json().errors[0].path).toBe('doneOn');
      expect([await auditCount(), JSON.stringify(await meetings(coordinator))]).toEqual(before);

      const done = await send(am, 'PATCH', `/action-items/${ours.id}`, {
        status: 'done',
        doneOn: '2020-12-13',
        note: 'List handed to the ICRC delegation in Yerevan',
      });
      expect(done.statusCode, done.body).toBe(200);
      const seen = (await meetings(coordinator))
        .find((m) => m.id === baku.id)!
        .actionItems.find((i) => i.id === ours.id)!;
      expect(seen).toMatchObject({ status: 'done', state: 'done', doneOn: '2020-12-13' });
      expect(seen.history.map((h) => [h.fromStatus, h.toStatus, h.note, h.byPartyId])).toEqual([
        [null, 'open', '', null],
        ['open', 'done', 'List handed to the ICRC delegation in Yerevan', am.partyId],
      ]);
      expect(seen.history[1].by).toBe(account(t, 'liaison', 'AM').username);
      // Done, it counts as evidence for point 8; the liaison may take it back, not drop it.
      const eight = (await get(observer, `/provisions/${point.get(8)}`)).json();
      expect(
        eight.actionItems
          .filter((i: { state: string }) => i.state === 'done')
          .map((i: { id: string }) => i.id),
      ).toContain(ours.id);
      expect(seen.availableStatuses).toEqual(['open', 'dropped']);
      const mine = (await meetings(am))
        .find((m) => m.id === baku.id)!
        .actionItems.find((i) => i.id === ours.id)!;
      expect(mine.availableStatuses).toEqual(['open']);

      // Dropped by the coordinator, the item is the meeting's to take up again: its party's liaison may not.
      const dropped = await send(coordinator, 'PATCH', `/action-items/${ours.id}`, {
        status: 'dropped',
        note: 'Superseded by the list exchanged on 14 December',
      });
      expect(dropped.statusCode, dropped.body).toBe(200);
      const afterDrop = (await meetings(am))
        .find((m) => m.id === baku.id)!
        .actionItems.find((i) => i.id === ours.id)!;
      expect(afterDrop.availableStatuses).toEqual([]);
      const kept = [await auditCount(), JSON.stringify(await meetings(coordinator))];
      for (const payload of [{ status: 'open' }, { status: 'done', doneOn: '2020-12-15' }]) {
        const res = await send(am, 'PATCH', `/action-items/${ours.id}`, payload);
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().detail).toContain('dropped');
      }
      expect([await auditCount(), JSON.stringify(await meetings(coordinator))]).toEqual(kept);
      const reopened = await send(coordinator, 'PATCH', `/action-items/${ours.id}`, { status: 'open' });
      expect(reopened.statusCode, reopened.body).toBe(200);
    });
  });
}
