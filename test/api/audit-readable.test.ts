import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 9, point 11: the audit log reads as words (references instead of ids), its actions come as a list to filter
// by, and the coordinator verifies the chain from the page.

interface Entry {
  seq: number;
  action: string;
  entityType: string;
  entityId: string | null;
  reference?: { name?: string; at?: string; partyId?: string } | null;
}

for (const dialect of testDialects()) {
  describe(`the readable audit log on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    const call = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: as(who), ...(payload ? { payload } : {}) });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
    }, 60_000);
    afterAll(async () => t?.close());

    it('names each entity: a person by name, a user by username, a party by id for the page to name', async () => {
      const persons = (await call(coordinator, 'GET', '/exchange/persons')).json().items as {
        id: string;
        displayName: string;
      }[];
      const person = persons[0];
      const detail = (await call(coordinator, 'GET', `/exchange/persons/${person.id}`)).json();
      const moved = await call(coordinator, 'POST', `/exchange/persons/${person.id}/status`, {
        event: detail.availableEvents[0],
        reason: 'checked at the audit test',
      });
      expect(moved.statusCode, moved.body).toBe(200);

      const page = (await call(coordinator, 'GET', '/audit?action=exchange.person.status')).json();
      expect(page.items[0]).toMatchObject({
        entityType: 'exchange_person',
        entityId: person.id,
        reference: { name: person.displayName },
      });
      const users = (await call(coordinator, 'GET', '/audit?action=user.create&limit=500')).json()
        .items as Entry[];
      expect(users.length).toBeGreaterThan(0);
      expect(
        users.every((e) => typeof e.reference?.name === 'string' && e.reference.name !== e.entityId),
      ).toBe(true);
      expect(users.map((e) => e.reference?.name)).toContain(account(t, 'coordinator').username);
      const parties = (await call(coordinator, 'GET', '/audit?action=party.create')).json().items as Entry[];
      expect(parties.every((e) => e.reference?.partyId === e.entityId)).toBe(true);
    });

    it('lists the actions the log holds, each once and in order', async () => {
      const res = await call(coordinator, 'GET', '/audit/actions');
      expect(res.statusCode, res.body).toBe(200);
      const actions = res.json().items as string[];
      expect(actions).toEqual([...new Set(actions)].sort());
      expect(actions).toEqual(
        expect.arrayContaining(['party.create', 'user.create', 'exchange.person.status']),
      );
    });

    it('verifies the chain, then names the entry someone rewrote in the database', async () => {
      const total = (await call(coordinator, 'GET', '/audit?limit=1')).json().total as number;
      const intact = await call(coordinator, 'POST', '/audit/verify');
      expect(intact.statusCode, intact.body).toBe(200);
      expect(intact.json()).toMatchObject({ ok: true, checked: total, firstBad: null });

      const victim = (await call(coordinator, 'GET', '/audit?action=user.create&limit=1')).json()
        .items[0] as Entry;
      await sql`update audit_log set summary = ${'{"username":"someone-else"}'} where seq = ${victim.seq}`.execute(
        t.store.db,
      );
      const broken = (await call(coordinator, 'POST', '/audit/verify')).json();
      expect(broken.ok).toBe(false);
      expect(broken.firstBad.seq).toBe(victim.seq);
      expect(broken.checked).toBe(victim.seq - 1);
    });

    it('is the coordinator’s alone', async () => {
      const liaison = await signIn(t.app, account(t, 'liaison', 'AM'));
      expect((await call(liaison, 'POST', '/audit/verify')).statusCode).toBe(403);
      expect((await call(liaison, 'GET', '/audit/actions')).statusCode).toBe(403);
    });
  });
}
