import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../../src/store/index.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';
import { multipartBody } from './multipart.js';

const R = '/api/v1/returns';

const CSV = [
  'Date,Region,Settlement,Origin,Returnees,Households,Mode,Source',
  '2019-01-01,,Stepanakert,,1,,,x',
].join('\n');

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Returns').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

for (const dialect of testDialects()) {
  describe(`returns on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let liaison: SignedIn;
    const count = async () =>
      (await t.app.inject({ method: 'GET', url: R, headers: as(coordinator) })).json().items.length;
    const upload = (
      who: SignedIn,
      name: string,
      bytes: Buffer | string,
      query = '',
      fields: Record<string, string> = {},
    ) => {
      const { payload, headers } = multipartBody({ name, bytes }, fields);
      return t.app.inject({
        method: 'POST',
        url: `${R}/import${query}`,
        payload,
        headers: { ...as(who), ...headers },
      });
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      liaison = await signIn(t.app, account(t, 'liaison', 'AZ'));
    }, 60_000);
    afterAll(async () => t?.close());

    it("the demo's series meets the bulletins' figures: 9,000 by 23 Nov 2020, 47,834 by 8 Jan, over 48,000 on 11 Jan, 50,658 by 24 Jan", async () => {
      const series = (
        await t.app.inject({
          method: 'GET',
          url: `${R}/series?from=2020-11-01&to=2021-01-31`,
          headers: as(liaison),
        })
      ).json();
      const on = (date: string) =>
        series.days.find((d: { date: string }) => d.date === date).cumulativeIndividuals as number;
      expect(on('2020-11-23')).toBe(9_000);
      expect(on('2021-01-08')).toBe(47_834);
      expect(on('2021-01-11')).toBeGreaterThan(48_000);
      expect(on('2021-01-24')).toBe(50_658);
      expect(on('2020-11-13')).toBe(0);
      const posts = t.store.repos.mapLayers;
      expect(await posts.postsOn(SYSTEM_SCOPE, '2021-01-08')).toBe(23);
      expect(await posts.postsOn(SYSTEM_SCOPE, '2021-01-24')).toBe(27);
    });

    it('imports a CSV of counts (places under either side’s name) and answers daily and cumulative series', async () => {
      const before = await count();
      const csv = [
        'Date,Region,Settlement,Origin,Returnees,Households,Mode,Source',
        '2019-02-01,Region A,Ханкенди,Yerevan,"1,200",300,convoy,UNHCR',
        '2019-02-01,Region A,Shushi,Goris,100,25,own,UNHCR',
        '2019-02-03,Region A,Stepanakert,Goris,50,,,UNHCR',
      ].join('\n');
      const dry = await upload(coordinator, 'r.csv', csv, '?dryRun=true');
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({ dryRun: true, accepted: 3, individuals: 1350 });
      expect(await count()).toBe(before);
      const res = await upload(coordinator, 'r.csv', csv);
      expect(res.statusCode, res.body).toBe(201);
      expect(await count()).toBe(before + 3);
      const series = (
        await t.app.inject({
          method: 'GET',
          url: `${R}/series?from=2019-02-01&to=2019-02-03`,
          headers: as(liaison),
        })
      ).json();
      const demoBefore = series.days[0].cumulativeIndividuals - series.days[0].individuals;
      expect(series.days.map((d: { individuals: number }) => d.individuals)).toEqual([1300, 0, 50]);
      expect(
        series.days.map((d: { cumulativeIndividuals: number }) => d.cumulativeIndividuals - demoBefore),
      ).toEqual([1300, 1300, 1350]);
    });

    it('imports an XLSX through a mapping given with the file', async () => {
      const bytes = await workbook([
        ['Дата', 'Пункт', 'Человек'],
        ['2019-03-01', 'Лачин', 40],
      ]);
      const res = await upload(coordinator, 'r.xlsx', bytes, '', {
        mapping: JSON.stringify({ date: 'Дата', destination: 'Пункт', individuals: 'Человек' }),
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        format: 'xlsx',
        accepted: 1,
        sample: [{ destinationPlaceId: 'lachin' }],
      });
    });

    it('refuses a file with negative counts or unknown places, naming each row, and stores nothing', async () => {
      const before = await count();
      const csv = [
        'Date,Settlement,Returnees,Households',
        '2019-04-01,Stepanakert,120,30',
        '2019-04-01,Stepanakert,-5,',
        '2019-04-02,Atlantis,10,2',
      ].join('\n');
      const res = await upload(coordinator, 'bad.csv', csv);
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toMatch(/row 3/);
      expect(res.json().rejects).toEqual([
        { row: 3, field: 'individuals', reason: 'not_a_count', value: '-5' },
        { row: 4, field: 'destination', reason: 'unknown_place', value: 'Atlantis' },
      ]);
      // The columns and the mapping read come back, so that the page offers them again to map.
      expect(res.json().headers).toEqual(['Date', 'Settlement', 'Returnees', 'Households']);
      expect(res.json().mapping).toMatchObject({ destination: 'Settlement', individuals: 'Returnees' });
      expect(await count()).toBe(before);
      const xlsx = await upload(
        coordinator,
        'bad.xlsx',
        await workbook([
          ['Date', 'Settlement', 'Returnees'],
          ['2019-04-01', 'Lachin', -1],
        ]),
      );
      expect(xlsx.statusCode).toBe(422);
      expect(xlsx.json().rejects[0]).toMatchObject({ row: 2, field: 'individuals' });
      const noColumn = await upload(coordinator, 'x.csv', 'Date,Returnees\n2019-04-01,5');
      expect(noColumn.statusCode).toBe(400);
      expect(noColumn.json().errors[0].path).toBe('mapping.destination');
      expect(noColumn.json().headers).toEqual(['Date', 'Returnees']);
      expect(await count()).toBe(before);
    });

    it('exports HXL-tagged CSV with the hashtag row under the header, which imports back', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${R}.hxl.csv?from=2019-02-01&to=2019-02-28`,
        headers: as(liaison),
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      const rows = parse(res.body) as string[][];
      expect(rows[0]).toEqual([
        'Date',
        'Region',
        'Settlement',
        'Origin',
        'Returnees (individuals)',
        'Returnees (households)',
        'Source',
      ]);
      expect(rows[1]).toEqual([
        '#date',
        '#adm1+name',
        '#loc+name',
        '#loc+name+origin',
        '#affected+returnees+ind',
        '#affected+returnees+hh',
        '#meta+source',
      ]);
      expect(rows.slice(2)).toEqual([
        ['2019-02-01', 'Region A', 'Shusha', 'Goris', '100', '25', 'UNHCR'],
        ['2019-02-01', 'Region A', 'Stepanakert', 'Yerevan', '1200', '300', 'UNHCR'],
        ['2019-02-03', 'Region A', 'Stepanakert', 'Goris', '50', '', 'UNHCR'],
      ]);
      const back = await upload(coordinator, 'back.csv', res.body, '?dryRun=true');
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json()).toMatchObject({ accepted: 3, individuals: 1350 });
    });

    it('one count by hand: the coordinator only, checked by the domain', async () => {
      const body = {
        date: '2019-05-01',
        originPlaceId: null,
        destinationPlaceId: 'lachin',
        individuals: 12,
        households: 3,
        mode: 'on_their_own',
        source: 'field',
      };
      expect(
        (await t.app.inject({ method: 'POST', url: R, payload: body, headers: as(liaison) })).statusCode,
      ).toBe(403);
      const bad = await t.app.inject({
        method: 'POST',
        url: R,
        payload: { ...body, households: 20, destinationPlaceId: 'atlantis' },
        headers: as(coordinator),
      });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['destinationPlaceId', 'households']);
      const ok = await t.app.inject({ method: 'POST', url: R, payload: body, headers: as(coordinator) });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ destinationPlaceId: 'lachin', individuals: 12 });
      expect((await upload(liaison, 'r.csv', CSV)).statusCode).toBe(403);
    });
  });
}
