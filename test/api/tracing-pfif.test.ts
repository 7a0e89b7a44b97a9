import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const V = '/api/v1/tracing';
const DOMAIN = 'am.tracing.parley.example';

const pfif = (persons: string, ns = 'http://zesty.ca/pfif/1.4') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${ns}">${persons}</pfif:pfif>`;

const person = (id: string, extra = '') => `
  <pfif:person>
    <pfif:person_record_id>${id}</pfif:person_record_id>
    <pfif:entry_date>2020-11-20T09:00:00Z</pfif:entry_date>
    <pfif:expiry_date>2031-11-20T00:00:00Z</pfif:expiry_date>
    <pfif:author_name>Լուսինե Ավագյան</pfif:author_name>
    <pfif:source_date>2020-11-20T09:00:00Z</pfif:source_date>
    <pfif:full_name>Ավագյան Սուրեն</pfif:full_name>
    <pfif:given_name>Սուրեն</pfif:given_name>
    <pfif:family_name>Ավագյան</pfif:family_name>
    <pfif:sex>male</pfif:sex>
    <pfif:date_of_birth>1997-05</pfif:date_of_birth>${extra}
    <pfif:note>
      <pfif:note_record_id>${id}.n1</pfif:note_record_id>
      <pfif:author_name>Լուսինե Ավագյան</pfif:author_name>
      <pfif:source_date>2020-11-20T09:00:00Z</pfif:source_date>
      <pfif:status>information_sought</pfif:status>
      <pfif:text>Last called from Hadrut on 20 October</pfif:text>
    </pfif:note>
  </pfif:person>`;

for (const dialect of testDialects()) {
  describe(`PFIF 1.4 on ${dialect}`, () => {
    let t: TestApp;
    let am: SignedIn;
    let az: SignedIn;
    const importXml = (who: SignedIn, xml: string) =>
      t.app.inject({
        method: 'POST',
        url: `${V}/pfif`,
        headers: { ...as(who), 'content-type': 'application/xml' },
        payload: xml,
      });
    const caseCount = async () => (await t.store.db.selectFrom('tracing_case').select('id').execute()).length;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
    });
    afterAll(async () => t?.close());

    it('imports persons and notes in the party’s own domain, and exports them back the same (round trip)', async () => {
      const res = await importXml(am, pfif(person(`${DOMAIN}/family-1`)));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ imported: 1, skipped: 0 });
      const [id] = res.json().caseIds;
      const detail = (await t.app.inject({ method: 'GET', url: `${V}/cases/${id}`, headers: as(am) })).json();
      expect(detail.person).toMatchObject({
        givenName: 'Սուրեն',
        familyName: 'Ավագյան',
        birthDate: '1997-05',
        sex: 'm',
      });
      expect(detail.sharingLevel).toBe('intermediary_only');
      const exported = await t.app.inject({ method: 'GET', url: `${V}/pfif`, headers: as(am) });
      expect(exported.headers['content-type']).toMatch(/application\/xml/);
      expect(exported.body).toContain(`<pfif:person_record_id>${DOMAIN}/family-1</pfif:person_record_id>`);
      // What went out comes back in as the same record: nothing new, nothing refused.
      const again = await importXml(am, exported.body);
      expect(again.statusCode, again.body).toBe(201);
      expect(again.json().imported).toBe(0);
      expect(again.json().skipped).toBeGreaterThan(0);
      // A record in Armenia's domain is not Azerbaijan's to import.
      const foreign = await importXml(az, exported.body);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().errors[0]).toMatchObject({ path: 'pfif/person[1]/person_record_id' });
    });

    it('refuses what is not PFIF, a foreign domain, a missing mandatory field or an expired record, storing nothing', async () => {
      const before = await caseCount();
      const notXml = await importXml(am, 'full_name,sex\nAram,male');
      expect(notXml.statusCode).toBe(400);
      expect(notXml.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(notXml.json().errors[0].path).toBe('/');
      const otherFormat = await importXml(am, pfif(person(`${DOMAIN}/x`), 'http://zesty.ca/pfif/1.2'));
      expect(otherFormat.json().errors[0].path).toBe('pfif');
      const foreign = await importXml(am, pfif(person(`${DOMAIN}/ok`) + person('google.org/p.123')));
      expect(foreign.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'pfif/person[2]/person_record_id',
        'pfif/person[2]/note[1]/note_record_id',
      ]);
      const missing = await importXml(
        am,
        pfif(person(`${DOMAIN}/y`).replace(/<pfif:full_name>.*<\/pfif:full_name>/, '')),
      );
      expect(missing.json().errors[0].path).toBe('pfif/person[1]/full_name');
      const expired = await importXml(
        am,
        pfif(person(`${DOMAIN}/z`).replace('2031-11-20T00:00:00Z', '2020-12-01T00:00:00Z')),
      );
      expect(expired.json().errors[0].path).toBe('pfif/person[1]/expiry_date');
      const unknown = await importXml(am, pfif(person(`${DOMAIN}/w`, '<pfif:shoe_size>44</pfif:shoe_size>')));
      expect(unknown.json().errors[0].path).toBe('pfif/person[1]/shoe_size');
      expect(await caseCount()).toBe(before);
    });
  });
}
