import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const C = '/api/v1/corridor';

for (const dialect of testDialects()) {
  describe(`the passage log at checkpoints on ${dialect}`, () => {
    let t: TestApp;
    let officer1: SignedIn;
    let officer2: SignedIn;
    let observer: SignedIn;
    let liaison: SignedIn;
    let checkpoint1: string;
    let checkpoint2: string;
    const put = (who: SignedIn, key: string, body: object) =>
      t.app.inject({ method: 'PUT', url: `${C}/passages/${key}`, payload: body, headers: as(who) });
    const list = async (who: SignedIn) =>
      (await t.app.inject({ method: 'GET', url: `${C}/passages`, headers: as(who) })).json().items as {
        id: string;
        checkpointId: string;
        vehicles: number;
      }[];
    const entry = () => ({
      checkpointId: checkpoint1,
      direction: 'inbound',
      timeIn: '2021-01-20T08:00:00Z',
      timeOut: '2021-01-20T08:25:00Z',
      vehicles: 6,
      inspection: 'passed',
      remarks: 'Convoy 7, all documents in order',
    });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const officers = t.accounts.filter((a) => a.role === 'field_officer');
      officer1 = await signIn(t.app, officers.find((a) => a.username === 'field-officer')!);
      officer2 = await signIn(t.app, officers.find((a) => a.username === 'field-officer-2')!);
      observer = await signIn(t.app, account(t, 'observer'));
      liaison = await signIn(t.app, account(t, 'liaison', 'AM'));
      const layers = await t.app.inject({
        method: 'GET',
        url: `${C}/layers?layer=checkpoint`,
        headers: as(observer),
      });
      const byNumber = (n: number) =>
        layers.json().features.find((f: { properties: { number: number } }) => f.properties.number === n).id;
      checkpoint1 = byNumber(1);
      checkpoint2 = byNumber(2);
    }, 60_000);
    afterAll(async () => t?.close());

    it('a passage sent again under its key is stored once; an edit on its version updates it', async () => {
      const key = randomUUID();
      const first = await put(officer1, key, entry());
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({ version: 1, recordedBy: 'field-officer', vehicles: 6 });
      // The link dropped before the answer came: the device sends it again.
      const retry = await put(officer1, key, entry());
      expect(retry.statusCode).toBe(200);
      expect(retry.json().id).toBe(first.json().id);
      expect((await list(officer1)).filter((p) => p.id === first.json().id)).toHaveLength(1);
      const edited = await put(officer1, key, { ...entry(), vehicles: 7, baseVersion: 1 });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ version: 2, vehicles: 7 });
    });

    it('an edit made on an older version is a conflict that shows the stored entry; nothing is overwritten', async () => {
      const key = randomUUID();
      await put(officer1, key, entry());
      await put(officer1, key, { ...entry(), remarks: 'Edited on the tablet', baseVersion: 1 });
      const stale = await put(officer1, key, {
        ...entry(),
        remarks: 'Edited on the phone, offline',
        baseVersion: 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(stale.json().current).toMatchObject({ version: 2, remarks: 'Edited on the tablet' });
    });

    it('a field officer writes and reads at its own checkpoint only; observers read all; liaisons none', async () => {
      const before = (await list(observer)).length;
      const elsewhere = await put(officer1, randomUUID(), { ...entry(), checkpointId: checkpoint2 });
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.json().errors[0].path).toBe('checkpointId');
      const own2 = await put(officer2, randomUUID(), { ...entry(), checkpointId: checkpoint2 });
      expect(own2.statusCode).toBe(201);
      expect((await list(observer)).length).toBe(before + 1);
      expect((await list(officer1)).every((p) => p.checkpointId === checkpoint1)).toBe(true);
      expect((await list(officer2)).map((p) => p.checkpointId)).toEqual([checkpoint2]);
      // Another checkpoint's key cannot be taken over.
      const taken = await put(officer1, own2.json().idempotencyKey, entry());
      expect(taken.statusCode).toBe(403);
      expect(
        (await t.app.inject({ method: 'GET', url: `${C}/passages`, headers: as(liaison) })).statusCode,
      ).toBe(403);
      expect((await put(observer, randomUUID(), entry())).statusCode).toBe(403);
    });

    it('a field officer is offered its own checkpoint only; other roles have no passage form', async () => {
      const posts = await t.app.inject({ method: 'GET', url: `${C}/passages/posts`, headers: as(officer2) });
      expect(posts.statusCode).toBe(200);
      expect(posts.json().items).toMatchObject([{ id: checkpoint2, number: 2 }]);
      expect(posts.json().items[0].names.en).toMatch(/Stepanakert/);
      const refused = await t.app.inject({
        method: 'GET',
        url: `${C}/passages/posts`,
        headers: as(observer),
      });
      expect(refused.statusCode).toBe(403);
    });

    it('refuses a time out before the time in, naming the field', async () => {
      const res = await put(officer1, randomUUID(), { ...entry(), timeOut: '2021-01-20T07:00:00Z' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ in: 'body', path: 'timeOut', message: 'out_before_in' }]);
    });
  });
}
