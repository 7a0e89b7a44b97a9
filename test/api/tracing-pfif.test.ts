import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pfifOrderProblems, pfifSchemaProblems } from '../../src/domain/tracing/pfif-schema.js';
import { readPfif, readPfifTree } from '../../src/server/tracing/pfif-xml.js';
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

/** A document checked against the one PFIF 1.4 schema: its problems, and its persons as read. */
function checked(xml: string) {
  const tree = readPfifTree(xml);
  if ('message' in tree) return { problems: [tree], order: [], persons: [] };
  return {
    problems: pfifSchemaProblems(tree),
    order: pfifOrderProblems(tree),
    persons: readPfif(xml).doc.persons,
  };
}

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
      // When the record was made, as the imported document said, not when Parley imported it.
      const exportedPerson = exported.body.slice(exported.body.indexOf(`${DOMAIN}/family-1`));
      expect(exportedPerson.slice(0, exportedPerson.indexOf('<pfif:note>'))).toContain(
        '<pfif:source_date>2020-11-20T09:00:00Z</pfif:source_date>',
      );
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

    it('exports valid PFIF 1.4 every time, and another Parley importing it exports the same records (round trip)', async () => {
      const opened = await t.app.inject({
        method: 'POST',
        url: `${V}/cases`,
        headers: as(am),
        payload: {
          person: {
            givenName: 'Տիգրան',
            familyName: 'Մկրտչյան',
            patronymic: 'Սամվելի',
            birthDate: '1998-06-02',
            sex: 'm',
            category: 'military',
            unit: '<unit> & "5"',
          },
          circumstances: {
            lastSeenOn: '2020-10-28',
            lastSeenPrecision: 'day',
            lastSeenPlace: 'Հադրութ',
            note: 'Called from a borrowed phone',
          },
          enquirer: { name: 'Սոնա Մկրտչյան', relation: 'մայր', contact: '+374 91 000000', language: 'hy' },
          sharingLevel: 'other_party',
        },
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const reference = opened.json().reference;
      const imported = await importXml(
        am,
        pfif(person(`${DOMAIN}/family-rt`, '\n    <pfif:description>Wears glasses</pfif:description>')),
      );
      expect(imported.statusCode, imported.body).toBe(201);
      const ours = [`${DOMAIN}/${reference}`, `${DOMAIN}/family-rt`];

      // Everything this party exports (the demo's cases too) is valid against the schema, in the spec's order.
      const first = await t.app.inject({ method: 'GET', url: `${V}/pfif`, headers: as(am) });
      const one = checked(first.body);
      expect(one.problems).toEqual([]);
      expect(one.order).toEqual([]);
      expect(one.persons.map((p) => p.person_record_id)).toEqual(expect.arrayContaining(ours));

      // Another Parley (its own store, the same parties) imports it and exports it again.
      const other = await startTestApp(dialect);
      try {
        const amThere = await signIn(other.app, account(other, 'liaison', 'AM'));
        const there = await other.app.inject({
          method: 'POST',
          url: `${V}/pfif`,
          headers: { ...as(amThere), 'content-type': 'application/xml' },
          payload: first.body,
        });
        expect(there.statusCode, there.body).toBe(201);
        expect(there.json().imported).toBeGreaterThanOrEqual(2);
        const second = await other.app.inject({ method: 'GET', url: `${V}/pfif`, headers: as(amThere) });
        const two = checked(second.body);
        expect(two.problems).toEqual([]);
        // The same records: each person's fields (source_date, when the record was made, kept through both
        // imports), and each of its notes under its own id. Only the time a record was stored here differs (PFIF
        // §3.1: entry_date is the time of import), and the new case's own first note, "opened", is added.
        const comparable = (id: string, from: typeof one.persons) => {
          const found = from.find((p) => p.person_record_id === id);
          expect(found, id).toBeDefined();
          const { notes, entry_date, ...fields } = found!;
          return { fields, notes };
        };
        for (const id of ours) {
          const before = comparable(id, one.persons);
          const after = comparable(id, two.persons);
          expect(after.fields).toEqual(before.fields);
          for (const note of before.notes) {
            const { entry_date, ...kept } = note;
            expect(after.notes).toContainEqual(expect.objectContaining(kept));
          }
        }
        expect(comparable(`${DOMAIN}/family-rt`, two.persons).fields).toMatchObject({
          full_name: 'Ավագյան Սուրեն',
          description: 'Wears glasses',
        });
        expect(comparable(`${DOMAIN}/${reference}`, two.persons).fields.description).toContain(
          'Called from a borrowed phone',
        );
      } finally {
        await other.close();
      }
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
      // The rest of the PFIF 1.4 schema: a field given twice, a time not in UTC, a note status PFIF does not know.
      const twice = await importXml(am, pfif(person(`${DOMAIN}/v`, '\n    <pfif:sex>female</pfif:sex>')));
      expect(twice.statusCode).toBe(400);
      expect(twice.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(twice.json().errors).toEqual([
        { in: 'body', path: 'pfif/person[1]/sex', message: expect.stringMatching(/given twice/) },
      ]);
      const local = await importXml(
        am,
        pfif(
          person(`${DOMAIN}/u`).replace(
            '<pfif:entry_date>2020-11-20T09:00:00Z',
            '<pfif:entry_date>2020-11-20 13:00',
          ),
        ),
      );
      expect(local.json().errors[0]).toMatchObject({ path: 'pfif/person[1]/entry_date' });
      const status = await importXml(am, pfif(person(`${DOMAIN}/t`).replace('information_sought', 'found')));
      expect(status.json().errors[0]).toMatchObject({ path: 'pfif/person[1]/note[1]/status' });
      expect(await caseCount()).toBe(before);
    });
  });
}
