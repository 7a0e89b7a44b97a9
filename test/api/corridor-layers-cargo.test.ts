import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLayerFeatures, ringArea } from '../../src/domain/corridor/geojson.js';
import { buildApp } from '../../src/server/app.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const C = '/api/v1/corridor';

export const TEST_LAYERS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [46.4, 39.51],
          [46.55, 39.6],
          [46.75, 39.81],
        ],
      },
      properties: { layer: 'corridor', names: { en: 'Lachin corridor', ru: 'Лачинский коридор' }, bandKm: 5 },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [46.545, 39.64] },
      properties: { layer: 'observation_post', name: 'Post 7', number: 7, establishedOn: '2021-01-20' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [46.5, 39.57] },
      properties: { layer: 'checkpoint', name: 'Lachin checkpoint', placeId: 'lachin-corridor-checkpoint' },
    },
  ],
};

for (const dialect of testDialects()) {
  describe(`map layers and cargo on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let observer: SignedIn;
    let liaison: SignedIn;
    const layerCount = async (layer: string) =>
      (
        await t.app.inject({ method: 'GET', url: `${C}/layers?layer=${layer}`, headers: as(coordinator) })
      ).json().features.length;
    const importGeo = (body: string, who = coordinator, query = '') =>
      t.app.inject({
        method: 'POST',
        url: `${C}/layers/import${query}`,
        payload: body,
        headers: { ...as(who), 'content-type': 'application/geo+json' },
      });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      observer = await signIn(t.app, account(t, 'observer'));
      liaison = await signIn(t.app, account(t, 'liaison', 'AM'));
    }, 60_000);
    afterAll(async () => t?.close());

    it('imports GeoJSON layers and exports them as valid RFC 7946, the corridor with its 5 km band', async () => {
      const posts = await layerCount('observation_post');
      const res = await importGeo(JSON.stringify(TEST_LAYERS));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ imported: 3, replaced: false });
      expect(await layerCount('observation_post')).toBe(posts + 1);

      const exported = await t.app.inject({
        method: 'GET',
        url: `${C}/layers.geojson?layer=corridor`,
        headers: as(observer),
      });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toMatch(/application\/geo\+json/);
      const collection = JSON.parse(exported.body);
      // RFC 7946: a FeatureCollection of Features, no `crs`, positions [lon, lat] in range, rings closed and counterclockwise.
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.crs).toBeUndefined();
      expect(readLayerFeatures(collection, new Set(['lachin-corridor-checkpoint'])).problems).toEqual([]);
      const band = collection.features.find(
        (f: { properties: { layer: string } }) => f.properties.layer === 'corridor_band',
      );
      expect(band.geometry.type).toBe('Polygon');
      const ring = band.geometry.coordinates[0];
      expect(ring[0]).toEqual(ring.at(-1));
      expect(ringArea(ring)).toBeGreaterThan(0);
      expect(band.properties).toMatchObject({
        bandKm: 5,
        names: { en: 'Lachin corridor', ru: 'Лачинский коридор' },
      });

      // Re-importing the export with replace does not double the layer.
      const corridors = await layerCount('corridor');
      const again = await importGeo(exported.body, coordinator, '?replace=true');
      expect(again.statusCode, again.body).toBe(201);
      expect(await layerCount('corridor')).toBe(corridors);
    });

    it('refuses a file that is not GeoJSON or has coordinates out of range, naming the feature; stores nothing', async () => {
      const before = (
        await t.app.inject({ method: 'GET', url: `${C}/layers`, headers: as(coordinator) })
      ).json().features.length;
      const notJson = await importGeo('{"type": "FeatureCollection", features: [');
      expect(notJson.statusCode).toBe(400);
      expect(notJson.headers['content-type']).toMatch(/application\/problem\+json/);
      const notGeo = await importGeo(JSON.stringify({ hello: 'world' }));
      expect(notGeo.statusCode).toBe(400);
      expect(notGeo.json()).toMatchObject({ type: 'urn:parley:problem:geojson', errors: [{ path: 'type' }] });
      const outOfRange = structuredClone(TEST_LAYERS);
      (outOfRange.features[1] as { geometry: { coordinates: number[] } }).geometry.coordinates = [
        46.5, 139.6,
      ];
      const res = await importGeo(JSON.stringify(outOfRange));
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toMatch(/feature 1/);
      expect(res.json().features).toEqual([1]);
      expect(res.json().errors).toEqual([
        { in: 'body', path: 'features[1].geometry.coordinates', message: 'latitude 139.6 is outside -90…90' },
      ]);
      const after = (
        await t.app.inject({ method: 'GET', url: `${C}/layers`, headers: as(coordinator) })
      ).json().features.length;
      expect(after).toBe(before);
      expect((await importGeo(JSON.stringify(TEST_LAYERS), liaison)).statusCode).toBe(403);
    });

    it('tells the web where the base tiles are, and serves a deployment’s PMTiles file by ranges', async () => {
      const none = await t.app.inject({ method: 'GET', url: `${C}/map-config`, headers: as(observer) });
      expect(none.json()).toEqual({ tiles: null });
      const dir = await mkdtemp(join(tmpdir(), 'parley-tiles-'));
      const file = join(dir, 'region.pmtiles');
      const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
      await writeFile(file, bytes);
      const own = await buildApp({ store: t.store, map: { pmtilesFile: file } });
      try {
        const config = await own.inject({ method: 'GET', url: `${C}/map-config`, headers: as(observer) });
        expect(config.json()).toEqual({ tiles: { kind: 'pmtiles', url: '/api/v1/corridor/tiles.pmtiles' } });
        const part = await own.inject({
          method: 'GET',
          url: `${C}/tiles.pmtiles`,
          headers: { ...as(observer), range: 'bytes=10-19' },
        });
        expect(part.statusCode).toBe(206);
        expect(part.headers['content-range']).toBe('bytes 10-19/300');
        expect([...part.rawPayload]).toEqual([...bytes.subarray(10, 20)]);
        const outside = await own.inject({
          method: 'GET',
          url: `${C}/tiles.pmtiles`,
          headers: { ...as(observer), range: 'bytes=400-' },
        });
        expect(outside.statusCode).toBe(416);
        expect((await own.inject({ method: 'GET', url: `${C}/tiles.pmtiles` })).statusCode).toBe(401);
      } finally {
        await own.close();
        await rm(dir, { recursive: true, force: true });
      }
      const raster = await buildApp({
        store: t.store,
        map: { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png' },
      });
      try {
        const config = await raster.inject({ method: 'GET', url: `${C}/map-config`, headers: as(observer) });
        expect(config.json().tiles).toEqual({
          kind: 'raster',
          url: 'https://tiles.example.org/{z}/{x}/{y}.png',
        });
      } finally {
        await raster.close();
      }
    });

    it('a consignment is dispatched with line items, received with damage and loss, and counted in tonnes by week', async () => {
      const dispatch = {
        reference: 'RPC-2020-118',
        sender: 'EMERCOM of Russia',
        receiver: 'Stepanakert humanitarian centre',
        fromPlaceId: 'goris',
        toPlaceId: 'stepanakert',
        dispatchedOn: '2019-11-25',
        lines: [
          {
            category: 'food',
            description: 'Wheat flour, 50 kg sacks',
            quantity: 400,
            unit: 'sack',
            weightKg: 20_000,
          },
          {
            category: 'shelter_and_construction',
            description: 'Window glass',
            quantity: 100,
            unit: 'sheet',
            weightKg: 3_000,
          },
        ],
      };
      const created = await t.app.inject({
        method: 'POST',
        url: `${C}/consignments`,
        payload: dispatch,
        headers: as(coordinator),
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id;
      const receipt = (lines: object[], lossNote?: string) =>
        t.app.inject({
          method: 'POST',
          url: `${C}/consignments/${id}/receipt`,
          payload: { receivedOn: '2019-11-26', lines, ...(lossNote ? { lossNote } : {}) },
          headers: as(coordinator),
        });
      const wrong = await receipt(
        [
          { good: 390, damaged: 6, lost: 0 },
          { good: 100, damaged: -1, lost: 1 },
        ],
        'x',
      );
      expect(wrong.statusCode).toBe(400);
      expect(
        wrong.json().errors.map((e: { path: string; message: string }) => `${e.path}:${e.message}`),
      ).toEqual(['lines[0]:counts_do_not_add_up', 'lines[1]:negative']);
      expect(
        (
          await receipt([
            { good: 390, damaged: 6, lost: 4 },
            { good: 100, damaged: 0, lost: 0 },
          ])
        ).json().errors[0].path,
      ).toBe('lossNote');
      const ok = await receipt(
        [
          { good: 390, damaged: 6, lost: 4 },
          { good: 100, damaged: 0, lost: 0 },
        ],
        'Six sacks torn, four missing',
      );
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().lossReport).toEqual([
        {
          line: 1,
          category: 'food',
          description: 'Wheat flour, 50 kg sacks',
          damaged: 6,
          lost: 4,
          weightKgNotDelivered: 500,
        },
      ]);
      expect(
        (
          await receipt([
            { good: 400, damaged: 0, lost: 0 },
            { good: 100, damaged: 0, lost: 0 },
          ])
        ).statusCode,
      ).toBe(409);
      const tonnage = await t.app.inject({
        method: 'GET',
        url: `${C}/cargo/tonnage?to=2019-12-31`,
        headers: as(observer),
      });
      expect(tonnage.json().weeks).toEqual([
        {
          week: '2019-W48',
          tonnes: { food: 19.5, medical: 0, shelter_and_construction: 3, fuel: 0, other: 0 },
        },
      ]);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `${C}/consignments`,
            payload: dispatch,
            headers: as(liaison),
          })
        ).statusCode,
      ).toBe(403);
    });
  });
}
