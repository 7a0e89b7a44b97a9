import { randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 9 points 6 and 7, issue 8 point 2: the preview says what an import does to the current version (added,
// removed, changed, by name), the liaison chooses replace or add (never replaced by default); each date is shown as
// read in the file's order, ambiguous ones flagged, impossible ones refused by row; over-long fields refused.

const BASE = '/api/v1/exchange';

function multipart(fileName: string, content: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----parley${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: text/csv\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

interface Entry {
  row: number;
  fields: Record<string, string>;
  displayName: string;
}

for (const dialect of testDialects()) {
  describe(`upload preview and import modes on ${dialect}`, () => {
    let t: TestApp;
    let az: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
    });
    afterAll(async () => t?.close());

    const get = (url: string) => t.app.inject({ method: 'GET', url: `${BASE}${url}`, headers: as(az) });
    const post = (url: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `${BASE}${url}`, payload, headers: as(az) });
    async function upload(content: string): Promise<string> {
      const body = multipart('list.csv', content);
      const res = await t.app.inject({
        method: 'POST',
        url: `${BASE}/uploads`,
        payload: body.payload,
        headers: { ...as(az), ...body.headers },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().uploadId;
    }

    /** The party's held list now: its id, version and every entry. */
    async function heldList() {
      const list = (await get('/lists')).json().items.find((l: { kind: string }) => l.kind === 'held');
      const version = list.latestVersion.number as number;
      const entries = (await get(`/lists/${list.id}/versions/${version}/entries?limit=500`)).json();
      return {
        id: list.id as string,
        version,
        entries: entries.items as Entry[],
        total: entries.total as number,
      };
    }

    /** A CSV of these entries with one column per field they use, and the mapping that reads it back. */
    function csvOf(entries: Record<string, string>[]) {
      const fields = [...new Set(entries.flatMap((e) => Object.keys(e)))];
      const text = stringify([fields, ...entries.map((e) => fields.map((f) => e[f] ?? ''))]);
      return { text, mapping: Object.fromEntries(fields.map((f) => [f, f])) };
    }

    it('shows what replacing and adding would do, refuses an import that does not choose, then adds', async () => {
      const before = await heldList();
      expect(before.total).toBeGreaterThan(3);
      const [same, toChange] = before.entries;
      if (!same || !toChange) throw new Error('the demo held list is too short');
      const changed = { ...toChange.fields, unit: 'another unit 9' };
      const newcomer = { family_name: 'Zeynalov', given_name: 'Tural', birth_date: '1996-03-14' };
      const file = csvOf([same.fields, changed, newcomer]);
      const uploadId = await upload(file.text);

      const preview = await post(`/uploads/${uploadId}/preview`, { kind: 'held', mapping: file.mapping });
      expect(preview.statusCode, preview.body).toBe(200);
      const body = preview.json();
      expect(body.current).toEqual({ listId: before.id, version: before.version, entryCount: before.total });
      expect(body.effects.replace).toMatchObject({
        added: { count: 1, names: ['Zeynalov Tural'] },
        changed: { count: 1, names: [toChange.displayName] },
        removed: { count: before.total - 2 },
        unchanged: 1,
        total: 3,
      });
      expect(body.effects.replace.removed.names).toContain(before.entries[2]?.displayName);
      expect(body.effects.replace.removed.names).not.toContain(same.displayName);
      expect(body.effects.add).toMatchObject({
        added: { count: 1 },
        changed: { count: 1 },
        removed: { count: 0, names: [] },
        total: before.total + 1,
      });

      // Never replaced by default: an import that does not say how is refused, and nothing changes.
      const unchosen = await post(`/uploads/${uploadId}/import`, { kind: 'held', mapping: file.mapping });
      expect(unchosen.statusCode, unchosen.body).toBe(409);
      expect(unchosen.json()).toMatchObject({
        type: 'urn:parley:problem:import-mode-required',
        current: { version: before.version, entryCount: before.total },
      });
      const stale = await post(`/uploads/${uploadId}/import`, {
        kind: 'held',
        mapping: file.mapping,
        mode: 'add',
        basedOn: before.version - 1 || 99,
      });
      expect(stale.statusCode, stale.body).toBe(409);
      expect(stale.json().type).toBe('urn:parley:problem:list-changed');
      expect((await heldList()).version).toBe(before.version);

      const added = await post(`/uploads/${uploadId}/import`, {
        kind: 'held',
        mapping: file.mapping,
        mode: 'add',
        basedOn: before.version,
      });
      expect(added.statusCode, added.body).toBe(201);
      const after = await heldList();
      expect(after).toMatchObject({ version: before.version + 1, total: before.total + 1 });
      expect(after.entries.map((e) => e.displayName)).toContain('Zeynalov Tural');
      expect(after.entries.find((e) => e.displayName === toChange.displayName)?.fields.unit).toBe(
        'another unit 9',
      );
      const diff = (await get(`/lists/${before.id}/diff`)).json();
      expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([1, 0, 1]);
      const audit = await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?action=exchange_list.import&entityId=${before.id}`,
        headers: as(await signIn(t.app, account(t, 'coordinator'))),
      });
      expect(audit.json().items[0].summary).toMatchObject({ mode: 'add', entries: before.total + 1 });

      // Replacing, chosen, makes the file the whole list.
      const again = await upload(file.text);
      const replaced = await post(`/uploads/${again}/import`, {
        kind: 'held',
        mapping: file.mapping,
        mode: 'replace',
      });
      expect(replaced.statusCode, replaced.body).toBe(201);
      expect(replaced.json().version.entryCount).toBe(3);
    });

    it('reads dates in the order chosen, flags the ambiguous ones and refuses impossible ones by row', async () => {
      const csv = 'ФИО;Дата рождения\nАлиев Рашад;02.04.1994\nГасанов Эмиль;25.12.1990\n';
      const mapping = { full_name: 'ФИО', birth_date: 'Дата рождения' };
      const uploadId = await upload(csv);
      const dmy = (await post(`/uploads/${uploadId}/preview`, { kind: 'missing', mapping })).json();
      expect(dmy.dateOrder).toBe('dmy');
      expect(dmy.dates).toEqual([
        { row: 2, field: 'birth_date', written: '02.04.1994', read: '1994-04-02', ambiguous: true },
        { row: 3, field: 'birth_date', written: '25.12.1990', read: '1990-12-25', ambiguous: false },
      ]);
      expect(dmy.ambiguousDates).toMatchObject({ count: 1, examples: [{ row: 2 }] });

      const mdy = await post(`/uploads/${uploadId}/preview`, { kind: 'missing', mapping, dateOrder: 'mdy' });
      expect(mdy.json().dates[0]).toMatchObject({ read: '1994-02-04', ambiguous: true });
      // 25.12.1990 has no 25th month: in an MDY file it is not a date.
      expect(mdy.json().rejects).toEqual([
        expect.objectContaining({ row: 3, field: 'birth_date', reason: 'unreadable_date' }),
      ]);

      const future = await upload('ФИО;Дата рождения\nАлиев Рашад;02.04.1994\nНовый Человек;12.12.2030\n');
      const refused = await post(`/uploads/${future}/import`, {
        kind: 'missing',
        mapping,
        dateOrder: 'mdy',
        mode: 'replace',
      });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().rejects).toEqual([
        {
          row: 3,
          field: 'birth_date',
          column: 'Дата рождения',
          reason: 'implausible_date',
          value: '12.12.2030',
          cell: 'B3',
        },
      ]);

      const good = await upload('ФИО;Дата рождения\nАлиев Рашад;02.04.1994\n');
      const imported = await post(`/uploads/${good}/import`, {
        kind: 'missing',
        mapping,
        dateOrder: 'mdy',
        mode: 'replace',
      });
      expect(imported.statusCode, imported.body).toBe(201);
      const { list, version } = imported.json();
      const entries = (await get(`/lists/${list.id}/versions/${version.number}/entries`)).json();
      expect(entries.items[0].fields.birth_date).toBe('1994-02-04');
    });

    it('refuses a name over 300 characters at import, naming the row and field, storing nothing', async () => {
      const before = (await get('/lists')).json();
      const long = 'Ə'.repeat(301);
      const uploadId = await upload(`full_name,unit\nAliyev Rashad,1\n${long},2\n`);
      const mapping = { full_name: 'full_name', unit: 'unit' };
      const preview = (await post(`/uploads/${uploadId}/preview`, { kind: 'missing', mapping })).json();
      expect(preview.rejects).toEqual([
        expect.objectContaining({ row: 3, field: 'full_name', reason: 'too_long', maxLength: 300 }),
      ]);
      expect(preview.rejects[0].value.length).toBeLessThan(100);
      const refused = await post(`/uploads/${uploadId}/import`, {
        kind: 'missing',
        mapping,
        mode: 'replace',
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().detail).toContain('row 3');
      expect((await get('/lists')).json()).toEqual(before);
    });
  });
}
