import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const BASE = '/api/v1/exchange';

function multipart(
  fileName: string,
  content: Buffer | string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----parley${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function xlsx(
  rows: (string | ExcelJS.CellValue)[][],
  edit?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('List');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const AZ_CSV = [
  'Фамилия;Имя;Дата рождения;Примечание',
  'Məmmədov;Rəşad;1990-05-12;Qubadlı',
  'Алиев;Эльчин;31.02.1985;',
  ';;1979;без имени',
  'Hüseynov;Vüsal;1992;',
].join('\n');

const AZ_MAPPING = { family_name: 'Фамилия', given_name: 'Имя', birth_date: 'Дата рождения' };

for (const dialect of testDialects()) {
  describe(`exchange lists on ${dialect}`, () => {
    let t: TestApp;
    let az: SignedIn;
    let am: SignedIn;
    let coordinator: SignedIn;
    let observer: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      observer = await signIn(t.app, account(t, 'observer'));
    });
    afterAll(async () => t?.close());

    const upload = (who: SignedIn, fileName: string, content: Buffer | string) => {
      const body = multipart(fileName, content);
      return t.app.inject({
        method: 'POST',
        url: `${BASE}/uploads`,
        payload: body.payload,
        headers: { ...as(who), ...body.headers },
      });
    };
    const post = (who: SignedIn, url: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `${BASE}${url}`, payload, headers: as(who) });
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${BASE}${url}`, headers: as(who) });

    async function importList(
      who: SignedIn,
      kind: 'held' | 'missing',
      csv: string,
      mapping: Record<string, string>,
    ) {
      const up = await upload(who, `${kind}.csv`, csv);
      expect(up.statusCode, up.body).toBe(201);
      // The demo's lists have versions already: this file replaces the list.
      const res = await post(who, `/uploads/${up.json().uploadId}/import`, {
        kind,
        mapping,
        mode: 'replace',
      });
      expect(res.statusCode, res.body).toBe(201);
      return {
        ...(res.json() as { list: { id: string }; version: { number: number } }),
        uploadId: up.json().uploadId as string,
      };
    }

    it('previews a CSV with every row that cannot be taken, refuses the whole import, then imports the fixed file', async () => {
      const up = await upload(az, 'itkin.csv', AZ_CSV);
      expect(up.statusCode, up.body).toBe(201);
      const uploaded = up.json();
      expect(uploaded).toMatchObject({
        format: 'csv',
        headers: ['Фамилия', 'Имя', 'Дата рождения', 'Примечание'],
      });
      expect(uploaded.totalRows).toBe(4);
      expect(uploaded.suggestedMapping).toMatchObject(AZ_MAPPING);

      const preview = await post(az, `/uploads/${uploaded.uploadId}/preview`, {
        kind: 'missing',
        mapping: AZ_MAPPING,
      });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json()).toMatchObject({ total: 4, accepted: 2 });
      expect(preview.json().rows[0]).toMatchObject({
        row: 2,
        fields: { family_name: 'Məmmədov', given_name: 'Rəşad', birth_date: '1990-05-12' },
        displayName: 'Məmmədov Rəşad',
        extras: { Примечание: 'Qubadlı' },
      });
      expect(preview.json().rejects).toEqual([
        {
          row: 3,
          field: 'birth_date',
          column: 'Дата рождения',
          reason: 'unreadable_date',
          value: '31.02.1985',
          cell: 'C3',
        },
        { row: 4, field: 'family_name', column: 'Фамилия', reason: 'missing_name', value: '' },
      ]);

      const before = await get(az, '/lists');
      const refused = await post(az, `/uploads/${uploaded.uploadId}/import`, {
        kind: 'missing',
        mapping: AZ_MAPPING,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().rejects.map((r: { row: number }) => r.row)).toEqual([3, 4]);
      expect((await get(az, '/lists')).json()).toEqual(before.json());

      const fixed = AZ_CSV.replace('31.02.1985', '1985-02-28').replace(
        ';;1979;без имени',
        'Quliyev;Orxan;1979;',
      );
      const { list, version, uploadId } = await importList(az, 'missing', fixed, AZ_MAPPING);
      const versions = await get(az, `/lists/${list.id}/versions`);
      expect(versions.json().items.at(-1)).toMatchObject({
        number: version.number,
        entryCount: 4,
        uploadedBy: 'liaison-az',
      });
      const entries = await get(az, `/lists/${list.id}/versions/${version.number}/entries?limit=2&offset=1`);
      expect(entries.json().total).toBe(4);
      expect(entries.json().items.map((e: { displayName: string }) => e.displayName)).toEqual([
        'Алиев Эльчин',
        'Quliyev Orxan',
      ]);

      const audit = await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?action=exchange_list.import&entityId=${list.id}`,
        headers: as(coordinator),
      });
      const entry = audit.json().items[0];
      expect(entry.summary).toMatchObject({ kind: 'missing', version: version.number, entries: 4 });
      expect(JSON.stringify(entry)).not.toMatch(/Məmmədov|Алиев/);

      // The upload is gone once imported; a second import of it finds nothing.
      const again = await post(az, `/uploads/${uploadId}/import`, { kind: 'missing', mapping: AZ_MAPPING });
      expect(again.statusCode).toBe(404);
    });

    it('remembers the mapping of the last import for the next upload', async () => {
      await importList(az, 'held', 'Sütun A,Sütun B\nƏliyev Samir,1999\n', {
        full_name: 'Sütun A',
        birth_date: 'Sütun B',
      });
      const next = await upload(az, 'next.csv', 'Sütun A,Sütun B,Yeni\nX Y,2000,z\n');
      expect(next.json().suggestedMapping).toEqual({ full_name: 'Sütun A', birth_date: 'Sütun B' });
    });

    it('refuses a mapping without a name column or with a column the file lacks, naming the field', async () => {
      const up = await upload(az, 'nonames.csv', 'Дата рождения,Место\n1990,Баку\n');
      const noName = await post(az, `/uploads/${up.json().uploadId}/preview`, {
        kind: 'held',
        mapping: { birth_date: 'Дата рождения' },
      });
      expect(noName.statusCode).toBe(400);
      expect(noName.json().errors).toContainEqual(
        expect.objectContaining({ in: 'body', path: 'mapping.full_name' }),
      );
      const missing = await post(az, `/uploads/${up.json().uploadId}/preview`, {
        kind: 'held',
        mapping: { full_name: 'ФИО' },
      });
      expect(missing.json().errors).toContainEqual(
        expect.objectContaining({ path: 'mapping.full_name', message: 'the file has no column "ФИО"' }),
      );
    });

    it('tells what is wrong with a file: type by content, empty, merged cells, duplicate headers', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      const wrongType = await upload(az, 'list.csv', png);
      expect(wrongType.statusCode).toBe(400);
      expect(wrongType.json()).toMatchObject({ type: 'urn:parley:problem:file-type' });

      const fakeXlsx = await upload(az, 'list.xlsx', 'Name\nA\n');
      expect(fakeXlsx.json()).toMatchObject({ status: 400, type: 'urn:parley:problem:file-type' });
      expect(fakeXlsx.json().detail).toContain('not an XLSX workbook');

      const empty = await upload(az, 'empty.csv', '');
      expect(empty.json()).toMatchObject({ status: 400, type: 'urn:parley:problem:empty-file' });
      const headerOnly = await upload(az, 'head.csv', 'ФИО,Дата рождения\n');
      expect(headerOnly.json()).toMatchObject({ status: 400, type: 'urn:parley:problem:empty-file', row: 2 });

      const merged = await xlsx(
        [
          ['ФИО', 'Дата рождения'],
          ['Алиев Рашад', '1990'],
          ['Гасанов Эмиль', '1991'],
        ],
        (sheet) => sheet.mergeCells('B2:B3'),
      );
      const mergedRes = await upload(az, 'merged.xlsx', merged);
      expect(mergedRes.json()).toMatchObject({
        status: 400,
        type: 'urn:parley:problem:merged-cells',
        row: 2,
        cell: 'B2',
      });
      expect(mergedRes.json().detail).toContain('B2:B3');

      const twice = await upload(az, 'twice.csv', 'Name,Born,Name\nA,1990,B\n');
      expect(twice.json()).toMatchObject({
        status: 400,
        type: 'urn:parley:problem:bad-header',
        cell: 'column C',
      });
    });

    it('takes a formula as its saved value and rejects a row whose formula has none, naming the cell', async () => {
      const workbook = await xlsx(
        [
          ['Full name', 'Birth date'],
          ['Ալիև Ռաշադ', '1990'],
          ['Գասպարյան Արմեն', '1991'],
        ],
        (sheet) => {
          sheet.getCell('B2').value = { formula: '"19"&"90"', result: '1990' };
          sheet.getCell('B3').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
        },
      );
      const up = await upload(am, 'held.xlsx', workbook);
      expect(up.statusCode, up.body).toBe(201);
      expect(up.json()).toMatchObject({ format: 'xlsx', formulaCells: ['B2'] });
      const preview = await post(am, `/uploads/${up.json().uploadId}/preview`, {
        kind: 'held',
        mapping: { full_name: 'Full name', birth_date: 'Birth date' },
      });
      expect(preview.json().rows[0].fields).toEqual({ full_name: 'Ալիև Ռաշադ', birth_date: '1990' });
      expect(preview.json().rejects).toEqual([
        {
          row: 3,
          field: 'birth_date',
          column: 'Birth date',
          reason: 'formula_without_value',
          value: '',
          cell: 'B3',
        },
      ]);
    });

    it("reads Excel's Unicode text (UTF-16, tab-separated) and a UTF-8 CSV with a byte order mark alike", async () => {
      const text = 'Ազգանուն\tԱնուն\tԾննդյան ամսաթիվ\nՊետրոսյան\tԱրամ\t12.05.1990\n';
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const fromUtf16 = await upload(am, 'list.txt', utf16);
      expect(fromUtf16.statusCode, fromUtf16.body).toBe(201);
      const fromUtf8 = await upload(am, 'list.csv', `\uFEFF${text}`);
      for (const res of [fromUtf16, fromUtf8]) {
        expect(res.json()).toMatchObject({
          headers: ['Ազգանուն', 'Անուն', 'Ծննդյան ամսաթիվ'],
          sampleRows: [{ row: 2, values: ['Պետրոսյան', 'Արամ', '12.05.1990'] }],
          suggestedMapping: { family_name: 'Ազգանուն', given_name: 'Անուն', birth_date: 'Ծննդյան ամսաթիվ' },
        });
      }
    });

    it('refuses a file over 50 MB with 413', async () => {
      const big = Buffer.alloc(50 * 1024 * 1024 + 10, 0x61);
      const res = await upload(az, 'big.csv', big);
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ type: 'urn:parley:problem:file-too-large' });
    });

    it('diffs two versions person by person, matched by the engine rather than by row', async () => {
      const header = 'ФИО,Дата рождения,Место рождения';
      const v1 = [
        header,
        'Петросян Арам Ашотович,1990-05-12,Ереван',
        'Саргсян Давид,1988-01-02,Гюмри',
        'Акопян Левон,1975,Ванадзор',
      ];
      const v2 = [
        header,
        'Саргсян Давид,1988-01-02,Гюмри',
        'Петросян Арам Ашотович,1990-05-21,Ереван',
        'Карапетян Нарек,2001,Капан',
      ];
      const mapping = { full_name: 'ФИО', birth_date: 'Дата рождения', birth_place: 'Место рождения' };
      const first = await importList(am, 'missing', `${v1.join('\n')}\n`, mapping);
      const second = await importList(am, 'missing', `${v2.join('\n')}\n`, mapping);
      const diff = await get(
        am,
        `/lists/${second.list.id}/diff?from=${first.version.number}&to=${second.version.number}`,
      );
      expect(diff.statusCode, diff.body).toBe(200);
      const body = diff.json();
      expect(body.unchanged).toBe(1);
      expect(body.added.map((e: { displayName: string }) => e.displayName)).toEqual(['Карапетян Нарек']);
      expect(body.removed.map((e: { displayName: string }) => e.displayName)).toEqual(['Акопян Левон']);
      expect(body.changed).toHaveLength(1);
      expect(body.changed[0]).toMatchObject({
        before: { row: 2, fields: { birth_date: '1990-05-12' } },
        after: { row: 3, fields: { birth_date: '1990-05-21' } },
        fields: ['birth_date'],
      });
    });

    it('flags duplicates within a version for the owner liaison to resolve', async () => {
      const rows = [
        'ФИО,Дата рождения,Место рождения',
        'Мамедов Рашад Ильгар оглы,1990-05-12,Баку',
        'Гасанов Эмиль,1991-03-04,Гянджа',
        'Мамедов Рашад Ильгар оглы,1990-05-12,Баку',
        'Исмайлов Тural,1985-07-08,Сумгаит',
        'Керимов Фарид,1979-11-30,Шеки',
      ];
      const { list, version } = await importList(az, 'held', `${rows.join('\n')}\n`, {
        full_name: 'ФИО',
        birth_date: 'Дата рождения',
        birth_place: 'Место рождения',
      });
      const dup = await get(az, `/lists/${list.id}/versions/${version.number}/duplicates`);
      expect(dup.statusCode, dup.body).toBe(200);
      const clusters = dup.json().items;
      expect(clusters).toHaveLength(1);
      expect(clusters[0].entries.map((e: { row: number }) => e.row)).toEqual([2, 4]);
      expect(clusters[0].resolution).toBeNull();

      const byOther = await post(am, `/duplicates/${clusters[0].id}/resolve`, { resolution: 'same_person' });
      expect(byOther.statusCode).toBe(404);
      const byCoordinator = await post(coordinator, `/duplicates/${clusters[0].id}/resolve`, {
        resolution: 'same_person',
      });
      expect(byCoordinator.statusCode).toBe(403);
      const resolved = await post(az, `/duplicates/${clusters[0].id}/resolve`, {
        resolution: 'same_person',
        note: 'listed twice by two units',
      });
      expect(resolved.statusCode, resolved.body).toBe(200);
      expect(resolved.json()).toMatchObject({ resolution: 'same_person', resolvedBy: 'liaison-az' });
      const seenByCoordinator = await get(
        coordinator,
        `/lists/${list.id}/versions/${version.number}/duplicates`,
      );
      expect(seenByCoordinator.json().items[0]).toMatchObject({
        resolution: 'same_person',
        note: 'listed twice by two units',
      });
    });

    it("keeps each party's lists and uploads from the other party and from observers", async () => {
      const { list, version } = await importList(am, 'held', 'ФИО\nАлиев Рашад\n', { full_name: 'ФИО' });
      const pending = await upload(am, 'pending.csv', 'ФИО\nГасанов Эмиль\n');
      const uploadId = pending.json().uploadId;

      const azLists = (await get(az, '/lists')).json().items as { id: string; partyId: string }[];
      expect(azLists.every((l) => l.partyId === az.partyId)).toBe(true);
      expect(azLists.map((l) => l.id)).not.toContain(list.id);
      for (const url of [
        `/lists/${list.id}/versions`,
        `/lists/${list.id}/versions/${version.number}/entries`,
        `/lists/${list.id}/diff`,
        `/lists/${list.id}/versions/${version.number}/duplicates`,
      ]) {
        expect((await get(az, url)).statusCode, url).toBe(404);
        expect((await get(coordinator, url)).statusCode, url).toBe(200);
        expect((await get(observer, url)).statusCode, url).toBe(403);
      }
      for (const step of ['preview', 'import']) {
        const res = await post(az, `/uploads/${uploadId}/${step}`, {
          kind: 'held',
          mapping: { full_name: 'ФИО' },
        });
        expect(res.statusCode, step).toBe(404);
      }
      expect(
        (
          await post(coordinator, `/uploads/${uploadId}/preview`, {
            kind: 'held',
            mapping: { full_name: 'ФИО' },
          })
        ).statusCode,
      ).toBe(403);
      const coordinatorLists = (await get(coordinator, '/lists')).json().items as { partyId: string }[];
      expect(new Set(coordinatorLists.map((l) => l.partyId))).toEqual(new Set([am.partyId, az.partyId]));
    });
  });
}
