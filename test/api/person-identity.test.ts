import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListKind } from '../../src/store/exchange/list.types.js';
import { liaisonCtx, liaisonScope } from '../../src/store/exchange/reconciliation.test-fixtures.js';
import type { Store } from '../../src/store/index.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 9, point 9: every list of persons tells namesakes apart (names in each reader's script, birth date as read,
// the parties' list identifiers), and a person's history names a run by when it started, not by its id.

const X = '/api/v1/exchange';

interface Identity {
  id: string;
  displayName: string;
  names?: { latin: string; cyrillic: string; armenian: string };
  birthDate?: string | null;
  listIds?: string[];
}

type Row = [family: string, given: string, born: string, sourceId: string];

async function importList(
  store: Store,
  who: { userId: string; username: string; partyId: string },
  kind: ListKind,
  rows: Row[],
) {
  await store.repos.exchangeLists.importVersion(liaisonCtx(who), liaisonScope(who), {
    partyId: who.partyId,
    kind,
    fileName: `${kind}.csv`,
    mapping: { family_name: 'Family', given_name: 'Given', birth_date: 'Born', source_id: 'No' },
    entries: rows.map(([family, given, born, id], i) => ({
      row: i + 2,
      fields: { family_name: family, given_name: given, birth_date: born, source_id: id },
      displayName: `${family} ${given}`,
      extras: {},
    })),
    duplicates: [],
  });
}

for (const dialect of testDialects()) {
  describe(`persons with their identity on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let runId: string;
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${X}${url}`, headers: as(who) });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      const am = await signIn(t.app, account(t, 'liaison', 'AM'));
      const az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      const liaisonAm = { userId: am.userId, username: 'liaison-am', partyId: am.partyId! };
      const liaisonAz = { userId: az.userId, username: 'liaison-az', partyId: az.partyId! };
      await importList(t.store, liaisonAm, 'missing', [
        ['Պետրոսյան', 'Արամ', '14.03.1999', 'AM-M-001'],
        ['Պետրոսյան', 'Արամ', '1971', 'AM-M-002'],
      ]);
      await importList(t.store, liaisonAz, 'held', [['Petrosyan', 'Aram', '1999-03-14', 'AZ-H-17']]);
      await importList(t.store, liaisonAz, 'missing', [['Məmmədov', 'Elvin', '1990-05', 'AZ-M-9']]);
      await importList(t.store, liaisonAm, 'held', [['Əliyev', 'Rəşid', '1980-01-01', 'AM-H-3']]);
      runId = (
        await t.app.inject({
          method: 'POST',
          url: `${X}/reconciliations`,
          headers: as(coordinator),
          payload: {},
        })
      ).json().id;
      for (let i = 0; i < 600; i++) {
        if ((await get(coordinator, `/reconciliations/${runId}`)).json().status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 90_000);
    afterAll(async () => t?.close());

    it('the persons list gives each namesake its transliterations, birth date and list numbers', async () => {
      const res = await get(coordinator, '/persons');
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Identity[];
      const arams = items.filter((p) => p.displayName === 'Պետրոսյան Արամ');
      expect(arams).toHaveLength(2);
      const located = arams.find((p) => p.birthDate === '1999-03-14');
      const other = arams.find((p) => p.birthDate === '1971');
      expect(located?.names).toEqual({
        latin: 'Petrosyan Aram',
        cyrillic: 'Петросян Арам',
        armenian: 'Պետրոսյան Արամ',
      });
      expect(located?.listIds).toEqual(['AM-M-001', 'AZ-H-17']);
      expect(other?.listIds).toEqual(['AM-M-002']);
      const elvin = items.find((p) => p.displayName === 'Məmmədov Elvin');
      expect(elvin).toMatchObject({
        birthDate: '1990-05',
        listIds: ['AZ-M-9'],
        names: { latin: 'Məmmədov Elvin', cyrillic: 'Маммадов Элвин', armenian: 'Մամմադով Էլվին' },
      });
    });

    it('a person names the run that matched them by when it started', async () => {
      const items = (await get(coordinator, '/persons')).json().items as Identity[];
      const located = items.find((p) => p.displayName === 'Պետրոսյան Արամ' && p.birthDate === '1999-03-14')!;
      const res = await get(coordinator, `/persons/${located.id}`);
      expect(res.statusCode, res.body).toBe(200);
      const run = (await get(coordinator, `/reconciliations/${runId}`)).json();
      const matched = (
        res.json().history as { reason: { key: string }; run?: { id: string; startedAt: string } }[]
      ).find((item) => item.reason.key === 'matched');
      expect(matched?.run).toEqual({ id: runId, startedAt: run.startedAt });
      expect(res.json()).toMatchObject({ birthDate: '1999-03-14', listIds: ['AM-M-001', 'AZ-H-17'] });
    });

    it('a list version gives each entry its name in the three scripts', async () => {
      const lists = (await get(coordinator, '/lists')).json().items as {
        id: string;
        kind: string;
        partyId: string;
        latestVersion: { number: number };
      }[];
      // The demo's lists are version 1; the test imported version 2 of each.
      const items: { displayName: string; names: Identity['names'] }[] = [];
      for (const list of lists.filter((l) => l.latestVersion.number === 2)) {
        const res = await get(coordinator, `/lists/${list.id}/versions/2/entries`);
        expect(res.statusCode, res.body).toBe(200);
        items.push(...res.json().items);
      }
      expect(items).toHaveLength(5);
      for (const item of items) expect(item.names?.latin).toBeTruthy();
      expect(items.find((i) => i.displayName === 'Պետրոսյան Արամ')?.names?.cyrillic).toBe('Петросян Арам');
    });

    it('the report lists each person with transliterations, birth date and list number', async () => {
      const res = await get(coordinator, '/discrepancy-report');
      expect(res.statusCode, res.body).toBe(200);
      const persons = res
        .json()
        .sides.flatMap((side: { claimedMissing: { persons: unknown[] } }) => side.claimedMissing.persons) as {
        name: string;
        birthDate: string | null;
        listId: string | null;
        names: Identity['names'];
      }[];
      expect(persons).toContainEqual(
        expect.objectContaining({
          name: 'Պետրոսյան Արամ',
          names: { latin: 'Petrosyan Aram', cyrillic: 'Петросян Арам', armenian: 'Պետրոսյան Արամ' },
          birthDate: '1971',
          listId: 'AM-M-002',
          duplicate: false,
        }),
      );
    });

    it('the plan carries the identity of the persons it lists', async () => {
      const plan = (await get(coordinator, '/plan')).json() as { unresolved: Identity[] };
      const other = plan.unresolved.find((p) => p.listIds?.includes('AM-M-002'));
      expect(other).toMatchObject({ birthDate: '1971', names: { latin: 'Petrosyan Aram' } });
    });
  });
}
