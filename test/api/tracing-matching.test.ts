import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const V = '/api/v1/tracing';

interface Candidate {
  id: string;
  caseId: string;
  targetKind: string;
  targetLabel: string;
  probability: number;
  explanation: { terms: { comparison: string; matchWeight: number }[] } | null;
}

for (const dialect of testDialects()) {
  describe(`tracing matching on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${V}${url}`, headers: as(who) });
    const send = (who: SignedIn, url: string, payload: object) =>
      t.app.inject({ method: 'POST', url: `${V}${url}`, headers: as(who), payload });

    /** Opens a case as `who` and waits for the engine's background search to finish. */
    async function openAndMatch(who: SignedIn, person: object, sharingLevel = 'other_party') {
      const res = await send(who, '/cases', {
        person,
        enquirer: { name: 'Family', relation: 'mother', language: 'hy' },
        sharingLevel,
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id as string;
      for (let i = 0; i < 600; i++) {
        const detail = (await get(who, `/cases/${id}`)).json();
        if (detail.matching.state === 'done') return detail;
        if (detail.matching.state === 'failed') throw new Error('matching failed');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('matching did not finish');
    }

    const candidatesOf = async (caseId: string): Promise<Candidate[]> => {
      const res = await get(coordinator, '/matches?limit=200');
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Candidate[]).filter((c) => c.caseId === caseId);
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
    });
    afterAll(async () => t?.close());

    it("matches a new case against the other side's held list; the confirmed match locates it for the liaison", async () => {
      const [version] = await t.store.repos.tracingMatches.heldVersions(am.partyId!);
      const entries = await t.store.repos.tracingMatches.heldEntries(version.versionId, version.partyId);
      // An Armenian held by Azerbaijan, as Azerbaijan's list writes him; the family writes him in Armenian.
      const entry =
        entries.find((e) => /[\u0531-\u058F]/.test(e.displayName) && e.fields.birth_date) ?? entries[0];
      const detail = await openAndMatch(am, {
        familyName: entry.fields.family_name ?? null,
        givenName: entry.fields.given_name ?? null,
        fullName: entry.fields.family_name ? null : entry.displayName,
        birthDate: entry.fields.birth_date ?? null,
      });
      expect(detail.status).toBe('possible_match');
      const candidates = await candidatesOf(detail.id);
      const found = candidates.find(
        (c) => c.targetKind === 'list_entry' && c.targetLabel === entry.displayName,
      );
      expect(found, JSON.stringify(candidates)).toBeDefined();
      expect(found?.explanation?.terms.length).toBeGreaterThan(0);
      // The queue is the coordinator's alone.
      expect((await get(am, '/matches')).statusCode).toBe(403);
      const decided = await send(coordinator, `/matches/${found?.id}/decision`, { decision: 'confirmed' });
      expect(decided.statusCode, decided.body).toBe(200);
      const seen = (await get(am, `/cases/${detail.id}`)).json();
      expect(seen).toMatchObject({ status: 'located_alive', aliveState: 'held' });
      expect(seen.foundAs).toEqual([
        expect.objectContaining({ targetKind: 'list_entry', targetLabel: entry.displayName }),
      ]);
      expect(seen.history.at(-1)).toMatchObject({ event: 'locate_alive', reason: 'matchConfirmed' });
      // The other side sees the person only: not what it was found as, nor the timeline.
      const other = (await get(az, `/cases/${detail.id}`)).json();
      expect(other.foundAs).toEqual([]);
      expect(other.history).toEqual([]);
      expect(
        (await send(coordinator, `/matches/${found?.id}/decision`, { decision: 'rejected' })).statusCode,
      ).toBe(409);
    });

    it('matches against remains found with documents; confirming locates the case dead, presumed from the documents', async () => {
      const reg = await send(am, '/remains', {
        reference: 'AM-MATCH-1',
        recoveredOn: '2020-11-28',
        recoveredPlace: 'Ֆիզուլի',
        placePrecision: 'settlement',
        recoveredBy: 'Search team',
        foundWithDocuments: 'military ID',
        documentName: 'Սարգսյան Հովհաննես',
        sex: 'm',
      });
      expect(reg.statusCode, reg.body).toBe(201);
      const detail = await openAndMatch(am, { familyName: 'Սարգսյան', givenName: 'Հովհաննես', sex: 'm' });
      const remains = (await candidatesOf(detail.id)).find((c) => c.targetKind === 'remains');
      expect(remains?.targetLabel).toContain('AM-MATCH-1');
      await send(coordinator, `/matches/${remains?.id}/decision`, { decision: 'confirmed' });
      const seen = (await get(am, `/cases/${detail.id}`)).json();
      expect(seen.status).toBe('located_dead');
      expect(seen.remains).toEqual([
        expect.objectContaining({
          reference: 'AM-MATCH-1',
          identification: 'presumptive',
          method: 'documents',
        }),
      ]);
    });

    it('finds a duplicate case of another enquirer; merged, the older case keeps both histories', async () => {
      const person = {
        familyName: 'Mammadov',
        givenName: 'Elvin',
        patronymic: 'Rauf',
        birthDate: '1999-03-14',
      };
      const first = await openAndMatch(az, person);
      const second = await openAndMatch(az, { ...person, familyName: 'Mamedov' });
      const duplicate = (await candidatesOf(second.id)).find((c) => c.targetKind === 'case');
      expect(duplicate?.targetLabel).toContain(first.reference);
      await send(coordinator, `/matches/${duplicate?.id}/decision`, {
        decision: 'confirmed',
        note: 'same person',
      });
      const merged = (await get(az, `/cases/${second.id}`)).json();
      expect(merged).toMatchObject({
        status: 'closed',
        closeReason: 'merged_into_other_case',
        mergedIntoCaseId: first.id,
      });
      const kept = (await get(az, `/cases/${first.id}`)).json();
      const caseIds = new Set(kept.history.map((h: { caseId: string }) => h.caseId));
      expect(caseIds).toEqual(new Set([first.id, second.id]));
    });

    it('a rejected candidate, the last one, opens the case again', async () => {
      const first = await openAndMatch(az, {
        familyName: 'Hüseynov',
        givenName: 'Tural',
        birthDate: '2000-07-01',
      });
      const second = await openAndMatch(az, {
        familyName: 'Hüseynov',
        givenName: 'Tural',
        birthDate: '2000-07-01',
      });
      for (const candidate of await candidatesOf(second.id))
        await send(coordinator, `/matches/${candidate.id}/decision`, { decision: 'rejected' });
      expect((await get(az, `/cases/${second.id}`)).json().status).toBe('open');
      expect(first.status).toBeDefined();
    });
  });
}
