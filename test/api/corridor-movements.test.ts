import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const C = '/api/v1/corridor';

export const CONVOY = {
  kind: 'convoy',
  reference: 'Convoy 14: Goris to Stepanakert',
  fromPlaceId: 'goris',
  toPlaceId: 'stepanakert',
  windowStart: '2020-11-25T06:00:00Z',
  windowEnd: '2020-11-25T18:00:00Z',
  vehicles: 12,
  people: 30,
  cargoSummary: 'Flour, medicine, building materials',
  escort: 'Two armoured vehicles',
};

interface Movement {
  id: string;
  status: string;
  version: number;
  round: number;
  notifiedPartyIds: string[];
  pendingPartyIds: string[];
  answers: { partyId: string; answer: string; reason: string | null }[];
  history: { from: string | null; to: string; event: string; reason: string | null }[];
  availableEvents: string[];
}

for (const dialect of testDialects()) {
  describe(`corridor movements on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    let officer: SignedIn;
    const call = (method: 'GET' | 'POST' | 'PATCH', who: SignedIn, url: string, payload?: object) =>
      t.app.inject({ method, url: `${C}${url}`, headers: as(who), ...(payload ? { payload } : {}) });
    const plan = async (body: object = CONVOY): Promise<Movement> => {
      const res = await call('POST', coordinator, '/movements', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const step = async (id: string, event: string, reason?: string) =>
      call('POST', coordinator, `/movements/${id}/steps`, { event, ...(reason ? { reason } : {}) });
    const answer = (who: SignedIn, id: string, body: object) =>
      call('POST', who, `/movements/${id}/answer`, body);

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      observer = await signIn(t.app, account(t, 'observer'));
      officer = await signIn(t.app, account(t, 'field_officer'));
    }, 60_000);
    afterAll(async () => t?.close());

    it('is planned, notified to both parties, acknowledged by both liaisons, under way, then completed, with its history', async () => {
      const planned = await plan();
      expect(planned).toMatchObject({ status: 'planned', round: 0, notifiedPartyIds: [] });
      expect(planned.availableEvents).toContain('notify');
      // Before notification no party sees it.
      expect((await call('GET', am, `/movements/${planned.id}`)).statusCode).toBe(404);

      const notified: Movement = (await step(planned.id, 'notify')).json();
      expect(notified.status).toBe('notified');
      expect([...notified.notifiedPartyIds].sort()).toEqual([am.partyId, az.partyId].sort());
      expect([...notified.pendingPartyIds].sort()).toEqual([am.partyId, az.partyId].sort());

      const afterAm = await answer(am, planned.id, { answer: 'acknowledged' });
      expect(afterAm.statusCode, afterAm.body).toBe(200);
      expect(afterAm.json().status).toBe('notified');
      const seen: Movement = (await call('GET', coordinator, `/movements/${planned.id}`)).json();
      expect(seen.pendingPartyIds).toEqual([az.partyId]);

      const afterAz: Movement = (await answer(az, planned.id, { answer: 'acknowledged' })).json();
      expect(afterAz.status).toBe('acknowledged');
      // Each liaison sees its own party's answer only.
      expect(afterAz.answers.map((a) => a.partyId)).toEqual([az.partyId]);
      const all: Movement = (await call('GET', coordinator, `/movements/${planned.id}`)).json();
      expect(all.answers.map((a) => a.partyId).sort()).toEqual([am.partyId, az.partyId].sort());
      expect(all.pendingPartyIds).toEqual([]);

      expect((await step(planned.id, 'start')).json().status).toBe('under_way');
      const done: Movement = (await step(planned.id, 'complete')).json();
      expect(done.status).toBe('completed');
      expect(done.history.map((h) => `${h.from ?? '-'}>${h.to}:${h.event}`)).toEqual([
        '->planned:plan',
        'planned>notified:notify',
        'notified>acknowledged:all_acknowledged',
        'acknowledged>under_way:start',
        'under_way>completed:complete',
      ]);
      expect(done.availableEvents).toEqual([]);
      // A completed movement takes no further step.
      const again = await step(planned.id, 'cancel', 'late');
      expect(again.statusCode).toBe(409);
      expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(again.json().current).toBe('completed');
    });

    it('an objection keeps it notified and names its reason; an edit notifies again and the old answers no longer hold', async () => {
      const m = await plan({ ...CONVOY, reference: 'Mission 3' });
      await step(m.id, 'notify');
      const noReason = await answer(am, m.id, { answer: 'objected' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].path).toBe('reason');
      await answer(am, m.id, { answer: 'objected', reason: 'The window is too short' });
      const afterAz: Movement = (await answer(az, m.id, { answer: 'acknowledged' })).json();
      expect(afterAz.status).toBe('notified');
      const coord: Movement = (await call('GET', coordinator, `/movements/${m.id}`)).json();
      expect(coord.answers.find((a) => a.partyId === am.partyId)).toMatchObject({
        answer: 'objected',
        reason: 'The window is too short',
      });
      // The liaison of the other party does not see the objection.
      const azView: Movement = (await call('GET', az, `/movements/${m.id}`)).json();
      expect(azView.answers.every((a) => a.partyId === az.partyId)).toBe(true);

      const stale = await call('PATCH', coordinator, `/movements/${m.id}`, { ...CONVOY, version: 1 });
      expect(stale.statusCode).toBe(409);
      const edited = await call('PATCH', coordinator, `/movements/${m.id}`, {
        ...CONVOY,
        reference: 'Mission 3',
        windowEnd: '2020-11-26T18:00:00Z',
        version: coord.version,
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ status: 'notified', round: 2, answers: [] });
      expect([...edited.json().pendingPartyIds].sort()).toEqual([am.partyId, az.partyId].sort());
      // Notification is not a request for permission: it may set off before the answers come.
      expect((await step(m.id, 'start')).json().status).toBe('under_way');
      expect((await answer(am, m.id, { answer: 'acknowledged' })).statusCode).toBe(409);
      const cancelled: Movement = (await step(m.id, 'cancel', 'Road closed by snow')).json();
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.history.at(-1)).toMatchObject({ event: 'cancel', reason: 'Road closed by snow' });
    });

    it('refuses a movement to an unknown place or with a window that ends before it starts, naming the field', async () => {
      const res = await call('POST', coordinator, '/movements', {
        ...CONVOY,
        toPlaceId: 'atlantis',
        windowEnd: '2020-11-24T00:00:00Z',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(
        res
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['toPlaceId', 'windowEnd']);
      const bad = await call('POST', coordinator, '/movements', { ...CONVOY, vehicles: -3 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('vehicles');
    });

    it('only liaisons answer, only the coordinator plans and steps; observers and field officers read', async () => {
      const m = await plan({ ...CONVOY, reference: 'Convoy 15' });
      await step(m.id, 'notify');
      for (const who of [observer, officer]) {
        expect((await answer(who, m.id, { answer: 'acknowledged' })).statusCode).toBe(403);
        expect((await call('POST', who, `/movements/${m.id}/steps`, { event: 'start' })).statusCode).toBe(
          403,
        );
        expect((await call('POST', who, '/movements', CONVOY)).statusCode).toBe(403);
        expect((await call('GET', who, `/movements/${m.id}`)).statusCode).toBe(200);
      }
      expect((await call('POST', am, `/movements/${m.id}/steps`, { event: 'start' })).statusCode).toBe(403);
    });
  });
}
