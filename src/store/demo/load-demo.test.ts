import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../../domain/access/types.js';
import { openStore, type Store } from '../store.js';
import { createTestDatabase, openTestStore, testDialects } from '../testing/test-store.js';
import { loadDemo } from './load-demo.js';

for (const dialect of testDialects()) {
  describe(`demo scenario on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    it('loads the parties, one account per role and party, the nine points and the events, once', async () => {
      const result = await loadDemo(store);
      expect(result.loaded).toBe(true);
      expect(result.accounts.map((a) => [a.username, a.role, a.partyCode])).toEqual([
        ['coordinator', 'coordinator', 'RPC'],
        ['liaison-am', 'liaison', 'AM'],
        ['liaison-az', 'liaison', 'AZ'],
        ['observer', 'observer', 'OSCE-MG'],
        ['field-officer', 'field_officer', 'RPC'],
        ['field-officer-2', 'field_officer', 'RPC'],
      ]);
      for (const account of result.accounts) {
        expect(account.password.length).toBeGreaterThanOrEqual(12);
        expect((await store.repos.users.authenticate(account.username, account.password))?.role).toBe(
          account.role,
        );
      }
      const parties = await store.repos.parties.list(SYSTEM_SCOPE);
      expect(parties.map((p) => [p.code, p.kind])).toEqual([
        ['AM', 'party'],
        ['AZ', 'party'],
        ['OSCE-MG', 'observer'],
        ['RPC', 'intermediary'],
      ]);
      expect(parties.find((p) => p.code === 'AM')?.names).toEqual({
        en: 'Armenia',
        ru: 'Армения',
        hy: 'Հայաստան',
        az: 'Ermənistan',
      });

      const [agreement] = await store.repos.agreements.list(SYSTEM_SCOPE);
      expect(agreement.signedOn).toBe('2020-11-10');
      const full = await store.repos.agreements.findById(SYSTEM_SCOPE, agreement.id);
      expect(full?.provisions.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const provision of full?.provisions ?? []) {
        expect(provision.text.en.length).toBeGreaterThan(40);
        expect(provision.text.ru?.length).toBeGreaterThan(40);
        expect(provision.responsiblePartyIds.length).toBeGreaterThan(0);
      }
      expect(full?.provisions[7].text.en).toContain('prisoners of war');
      expect(full?.provisions[5].text.ru).toContain('Лачинский коридор');

      const events = await store.repos.events.list(SYSTEM_SCOPE);
      expect(events.map((e) => [e.kind, e.date])).toEqual(
        expect.arrayContaining([
          ['visit', '2020-12-12'],
          ['meeting', '2021-01-11'],
          ['meeting', '2021-01-30'],
        ]),
      );
      expect(events.find((e) => e.kind === 'visit')?.endDate).toBe('2020-12-14');

      const again = await loadDemo(store);
      expect(again).toEqual({ loaded: false, accounts: [] });
      expect(await store.repos.parties.list(SYSTEM_SCOPE)).toHaveLength(4);
      expect(await store.repos.audit.verifyChain()).toMatchObject({ ok: true });
    });

    it.runIf(dialect === 'postgres')(
      'is loaded once when two instances start together on one database',
      async () => {
        const shared = await createTestDatabase(dialect);
        const first = await openStore(shared.target);
        const second = await openStore(shared.target);
        try {
          const results = await Promise.all([loadDemo(first), loadDemo(second)]);
          expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);
          expect(await first.repos.parties.list(SYSTEM_SCOPE)).toHaveLength(4);
          expect(await first.repos.audit.verifyChain()).toMatchObject({ ok: true });
        } finally {
          await first.close();
          await second.close();
          await shared.drop();
        }
      },
    );

    it('refuses a database that already has a user', async () => {
      await store.repos.users.create(
        { actor: { userId: null, username: 'admin', via: 'cli' } },
        { username: 'first-coordinator', role: 'coordinator', password: 'long enough password' },
      );
      expect(await loadDemo(store)).toEqual({ loaded: false, accounts: [] });
      expect(await store.repos.parties.list(SYSTEM_SCOPE)).toEqual([]);
    });
  });
}
