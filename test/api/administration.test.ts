import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface AuditItem {
  action: string;
  entityId: string | null;
  actor: { username: string };
  summary: Record<string, unknown>;
}

for (const dialect of testDialects()) {
  describe(`coordinator administration on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
    });
    afterAll(async () => t?.close());

    const post = (url: string, payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: as(coordinator),
        payload: payload as Record<string, unknown>,
      });
    const patch = (url: string, payload: unknown) =>
      t.app.inject({
        method: 'PATCH',
        url,
        headers: as(coordinator),
        payload: payload as Record<string, unknown>,
      });

    it('creates a party and a liaison for it, who can then sign in and sees the party as theirs', async () => {
      const party = await post('/api/v1/parties', {
        code: 'GE',
        kind: 'party',
        names: { en: 'Georgia', ru: 'Грузия', hy: 'Վրաստան', az: 'Gürcüstan' },
      });
      expect(party.statusCode, party.body).toBe(201);
      expect(party.json().names.hy).toBe('Վրաստան');

      const user = await post('/api/v1/users', {
        username: 'liaison-ge',
        displayName: 'Liaison, Georgia',
        role: 'liaison',
        partyId: party.json().id,
        password: 'a-long-enough-password',
      });
      expect(user.statusCode, user.body).toBe(201);
      expect(user.json()).toMatchObject({ username: 'liaison-ge', role: 'liaison', active: true });
      expect(user.json()).not.toHaveProperty('password');

      const liaison = await signIn(t.app, { username: 'liaison-ge', password: 'a-long-enough-password' });
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(liaison) });
      expect(me.json().party.code).toBe('GE');
    });

    it('refuses a liaison without a party and a taken username, naming the field', async () => {
      const noParty = await post('/api/v1/users', {
        username: 'lost-liaison',
        displayName: 'Lost',
        role: 'liaison',
        password: 'a-long-enough-password',
      });
      expect(noParty.statusCode).toBe(400);
      expect(noParty.json().errors).toContainEqual(expect.objectContaining({ path: 'partyId' }));

      const taken = await post('/api/v1/users', {
        username: account(t, 'observer').username,
        displayName: 'Again',
        role: 'observer',
        password: 'a-long-enough-password',
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().errors).toEqual([expect.objectContaining({ path: 'username' })]);

      const takenCode = await post('/api/v1/parties', { code: 'AM', kind: 'party', names: { en: 'Again' } });
      expect(takenCode.statusCode).toBe(409);
    });

    it('deactivating a user ends their sessions and stops them signing in; reactivating lets them back', async () => {
      const observer = account(t, 'observer');
      const session = await signIn(t.app, observer);
      const off = await patch(`/api/v1/users/${session.userId}`, { active: false });
      expect(off.json().active).toBe(false);
      const stale = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
      expect(stale.statusCode).toBe(401);
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: observer.username, password: observer.password },
      });
      expect(refused.statusCode).toBe(401);

      await patch(`/api/v1/users/${session.userId}`, { active: true });
      await signIn(t.app, observer);
    });

    it('resetting a password ends the sessions on the old one; the new one works', async () => {
      const liaison = account(t, 'liaison', 'AZ');
      const session = await signIn(t.app, liaison);
      const reset = await post(`/api/v1/users/${session.userId}/reset-password`, {
        password: 'a-brand-new-password',
      });
      expect(reset.statusCode).toBe(204);
      const stale = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
      expect(stale.statusCode).toBe(401);
      await signIn(t.app, { username: liaison.username, password: 'a-brand-new-password' });

      const missing = await post('/api/v1/users/no-such-user/reset-password', {
        password: 'a-brand-new-password',
      });
      expect(missing.statusCode).toBe(404);
    });

    it('renames and deactivates a party', async () => {
      const parties = await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: as(coordinator) });
      const osce = parties.json().items.find((p: { code: string }) => p.code === 'OSCE-MG');
      const renamed = await patch(`/api/v1/parties/${osce.id}`, {
        names: { ru: 'Минская группа ОБСЕ' },
        active: false,
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({
        active: false,
        names: { en: osce.names.en, ru: 'Минская группа ОБСЕ' },
      });
      const missing = await patch('/api/v1/parties/no-such-party', { active: false });
      expect(missing.statusCode).toBe(404);
    });

    it('the audit log shows these writes, filterable by action, actor and entity, newest first, paged', async () => {
      const get = (query: string) =>
        t.app.inject({ method: 'GET', url: `/api/v1/audit?${query}`, headers: as(coordinator) });
      const creations = await get('action=user.create');
      const created = creations.json().items as AuditItem[];
      expect(created.map((e) => e.summary.username)).toContain('liaison-ge');
      expect(created.every((e) => e.action === 'user.create')).toBe(true);

      const byCoordinator = await get(`actor=${account(t, 'coordinator').username}&entityType=party`);
      const actions = (byCoordinator.json().items as AuditItem[]).map((e) => e.action);
      expect(actions).toEqual(['party.update', 'party.create']);

      const page = await get('limit=2&offset=1');
      const all = await get('limit=500');
      expect(page.json().total).toBe(all.json().total);
      expect(page.json().items.map((e: { seq: number }) => e.seq)).toEqual(
        all
          .json()
          .items.slice(1, 3)
          .map((e: { seq: number }) => e.seq),
      );
      const seqs = all.json().items.map((e: { seq: number }) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

      const none = await get('from=2000-01-01&to=2000-12-31');
      expect(none.json()).toEqual({ items: [], total: 0 });
      expect(JSON.stringify(all.json())).not.toContain('a-brand-new-password');
    });
  });
}
