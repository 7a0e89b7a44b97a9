import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, TEST_CTX } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`parties on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates a party with its names in every language, English filling the gaps', async () => {
      const party = await store.repos.parties.create(TEST_CTX, {
        code: 'am',
        kind: 'party',
        names: { en: 'Armenia', ru: 'Армения', hy: 'Հայաստան' },
      });
      expect(party).toEqual({
        id: expect.any(String),
        code: 'AM',
        kind: 'party',
        names: { en: 'Armenia', ru: 'Армения', hy: 'Հայաստան', az: 'Armenia' },
        active: true,
      });
      expect(await store.repos.parties.findById(COORDINATOR_SCOPE, party.id)).toEqual(party);
      expect(await store.repos.parties.findByCode(COORDINATOR_SCOPE, 'am')).toEqual(party);
    });

    it('refuses a taken code and names the field', async () => {
      await store.repos.parties.create(TEST_CTX, { code: 'AZ', kind: 'party', names: { en: 'Azerbaijan' } });
      await expect(
        store.repos.parties.create(TEST_CTX, { code: 'az', kind: 'party', names: { en: 'Other' } }),
      ).rejects.toMatchObject({ code: 'conflict', fields: [{ path: 'code' }] });
      expect(await store.repos.parties.list(COORDINATOR_SCOPE)).toHaveLength(1);
    });

    it('refuses an unknown kind and an empty name', async () => {
      await expect(
        store.repos.parties.create(TEST_CTX, {
          code: 'X',
          kind: 'rebel' as 'party',
          names: { en: '  ' },
        }),
      ).rejects.toMatchObject({ code: 'invalid', fields: [{ path: 'kind' }, { path: 'names.en' }] });
    });

    it('updates names and deactivates, recording what changed in the audit log', async () => {
      const party = await store.repos.parties.create(TEST_CTX, {
        code: 'OSCE',
        kind: 'observer',
        names: { en: 'OSCE' },
      });
      const updated = await store.repos.parties.update(TEST_CTX, party.id, {
        names: { ru: 'ОБСЕ' },
        active: false,
      });
      expect(updated).toMatchObject({ names: { en: 'OSCE', ru: 'ОБСЕ' }, active: false });
      expect((await store.repos.parties.findById(COORDINATOR_SCOPE, party.id))?.active).toBe(false);
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { entityId: party.id });
      expect(items.map((e) => e.action)).toEqual(['party.update', 'party.create']);
      expect(items[0].summary).toEqual({
        code: 'OSCE',
        changes: {
          names: {
            from: { en: 'OSCE', ru: 'OSCE', hy: 'OSCE', az: 'OSCE' },
            to: { en: 'OSCE', ru: 'ОБСЕ', hy: 'OSCE', az: 'OSCE' },
          },
          active: { from: true, to: false },
        },
      });
    });

    it('returns null when updating a party that does not exist', async () => {
      expect(await store.repos.parties.update(TEST_CTX, 'no-such-id', { active: false })).toBeNull();
    });
  });
}
