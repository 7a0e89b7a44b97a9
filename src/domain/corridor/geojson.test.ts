import { describe, expect, it } from 'vitest';
import {
  corridorBand,
  layersFeatureCollection,
  type Position,
  readLayerFeatures,
  ringArea,
} from './geojson.js';

const known = new Set(['lachin']);
const post = (coordinates: unknown, properties: object = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { layer: 'observation_post', names: { en: 'Post 1', ru: 'Пост 1' }, number: 1, ...properties },
});

describe('GeoJSON layers', () => {
  it('reads a FeatureCollection into features, names in each language, coordinates to six places', () => {
    const { features, problems } = readLayerFeatures(
      {
        type: 'FeatureCollection',
        features: [post([46.5412345678, 39.63, 1200], { establishedOn: '2021-01-08' })],
      },
      known,
    );
    expect(problems).toEqual([]);
    expect(features).toEqual([
      {
        layer: 'observation_post',
        names: { en: 'Post 1', ru: 'Пост 1' },
        number: 1,
        establishedOn: '2021-01-08',
        placeId: null,
        bandKm: null,
        geometry: { type: 'Point', coordinates: [46.541235, 39.63] },
      },
    ]);
  });

  it('refuses what is not GeoJSON, and names the feature with a coordinate out of range or an open ring', () => {
    expect(readLayerFeatures({ hello: 'world' }, known).problems).toEqual([
      { feature: null, path: 'type', message: 'not a GeoJSON FeatureCollection' },
    ]);
    const { features, problems } = readLayerFeatures(
      {
        type: 'FeatureCollection',
        features: [
          post([46.5, 39.6]),
          post([46.5, 95]),
          {
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [46, 39],
                  [47, 39],
                  [47, 40],
                  [46, 40.5],
                ],
              ],
            },
            properties: { layer: 'zone', name: 'Zone' },
          },
          post([200, 39], { layer: 'moon', placeId: 'atlantis' }),
        ],
      },
      known,
    );
    expect(features).toHaveLength(1);
    expect(problems).toEqual([
      { feature: 1, path: 'features[1].geometry.coordinates', message: 'latitude 95 is outside -90…90' },
      { feature: 2, path: 'features[2].geometry.coordinates[0]', message: 'a ring ends where it starts' },
      {
        feature: 3,
        path: 'features[3].properties.layer',
        message: expect.stringContaining('observation_post'),
      },
      { feature: 3, path: 'features[3].geometry.coordinates', message: 'longitude 200 is outside -180…180' },
      { feature: 3, path: 'features[3].properties.placeId', message: 'not a place of the gazetteer' },
    ]);
  });

  it('refuses a geometry the layer does not take', () => {
    const { problems } = readLayerFeatures(
      {
        type: 'FeatureCollection',
        features: [{ ...post([46, 39]), properties: { layer: 'zone', name: 'Z' } }],
      },
      known,
    );
    expect(problems).toEqual([
      {
        feature: 0,
        path: 'features[0].geometry.type',
        message: 'the zone layer takes Polygon or MultiPolygon',
      },
    ]);
  });

  it('draws the corridor’s band as a closed counterclockwise ring about half its width from the route', () => {
    const route: Position[] = [
      [46.4, 39.5],
      [46.55, 39.6],
      [46.75, 39.81],
    ];
    const ring = corridorBand(route, 5);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ringArea(ring)).toBeGreaterThan(0);
    const kmPerDegLat = 111.195;
    const kmPerDegLon = kmPerDegLat * Math.cos((39.6 * Math.PI) / 180);
    // Every vertex of the ring lies 2.5 km (at a bend, up to the miter) from the route's nearest vertex or segment.
    for (const [lon, lat] of ring) {
      const distances = route.slice(1).map((b, i) => {
        const a = route[i] as Position;
        const [ax, ay, bx, by, px, py] = [
          a[0] * kmPerDegLon,
          a[1] * kmPerDegLat,
          b[0] * kmPerDegLon,
          b[1] * kmPerDegLat,
          lon * kmPerDegLon,
          lat * kmPerDegLat,
        ];
        const t = Math.max(
          0,
          Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
        );
        return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
      });
      expect(Math.min(...distances)).toBeGreaterThan(2.4);
      expect(Math.min(...distances)).toBeLessThan(3.2);
    }
    const collection = layersFeatureCollection([
      {
        id: 'c',
        layer: 'corridor',
        names: { en: 'Lachin corridor' },
        number: null,
        establishedOn: null,
        placeId: null,
        bandKm: 5,
        geometry: { type: 'LineString', coordinates: route },
      },
    ]);
    expect(collection.features.map((f) => f.properties.layer)).toEqual(['corridor', 'corridor_band']);
    // What Parley exports, it reads back.
    const back = readLayerFeatures(collection, known);
    expect(back.problems).toEqual([]);
    expect(back.features.map((f) => f.layer)).toEqual(['corridor']);
  });
});
