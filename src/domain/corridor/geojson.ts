/**
 * GeoJSON (RFC 7946) for the map's layers: what a file must be to be taken, each problem naming the feature and
 * the member at fault, and the corridor's band as a polygon around its route.
 */
export const MAP_LAYERS = ['zone', 'line_of_contact', 'corridor', 'observation_post', 'checkpoint'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export type Position = [number, number];
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** The geometry types each layer takes. */
export const LAYER_GEOMETRIES: Record<MapLayer, readonly Geometry['type'][]> = {
  zone: ['Polygon', 'MultiPolygon'],
  line_of_contact: ['LineString', 'MultiLineString'],
  corridor: ['LineString'],
  observation_post: ['Point'],
  checkpoint: ['Point'],
};

export interface LayerNames {
  en: string;
  ru?: string;
  hy?: string;
  az?: string;
}

/** A feature of one of the map's layers, as Parley keeps it. */
export interface MapFeatureInput {
  layer: MapLayer;
  names: LayerNames;
  /** An observation post's number. */
  number: number | null;
  /** When a post or checkpoint was established (YYYY-MM-DD). */
  establishedOn: string | null;
  /** The gazetteer place a checkpoint stands at. */
  placeId: string | null;
  /** The corridor's width, in km (the band drawn around its route). */
  bandKm: number | null;
  geometry: Geometry;
}

export interface GeoJsonProblem {
  /** The feature's index in the file (0-based), or null for the file itself. */
  feature: number | null;
  /** A JSON path inside the file: `features[3].geometry.coordinates[0][1]`. */
  path: string;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positionProblem(value: unknown): string | null {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3)
    return 'a position is [longitude, latitude]';
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return 'a position holds numbers';
  const [lon, lat] = value as number[];
  if ((lon as number) < -180 || (lon as number) > 180) return `longitude ${lon} is outside -180…180`;
  if ((lat as number) < -90 || (lat as number) > 90) return `latitude ${lat} is outside -90…90`;
  return null;
}

/** Problems of a geometry's coordinates, each with its path under `at`. */
function geometryProblems(geometry: unknown, at: string): { path: string; message: string }[] {
  if (!isObject(geometry)) return [{ path: at, message: 'a feature needs a geometry object' }];
  const { type, coordinates } = geometry;
  const problems: { path: string; message: string }[] = [];
  const positions = (value: unknown, path: string, min: number, closed: boolean) => {
    if (!Array.isArray(value) || value.length < min) {
      problems.push({ path, message: `needs at least ${min} positions` });
      return;
    }
    value.forEach((p, i) => {
      const problem = positionProblem(p);
      if (problem) problems.push({ path: `${path}[${i}]`, message: problem });
    });
    if (closed && problems.length === 0) {
      const first = value[0] as number[];
      const last = value[value.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1])
        problems.push({ path, message: 'a ring ends where it starts' });
    }
  };
  const list = (value: unknown, path: string, each: (item: unknown, path: string) => void) => {
    if (!Array.isArray(value) || value.length === 0)
      problems.push({ path, message: 'needs at least one member' });
    else
      value.forEach((item, i) => {
        each(item, `${path}[${i}]`);
      });
  };
  const path = `${at}.coordinates`;
  switch (type) {
    case 'Point': {
      const problem = positionProblem(coordinates);
      if (problem) problems.push({ path, message: problem });
      break;
    }
    case 'LineString':
      positions(coordinates, path, 2, false);
      break;
    case 'MultiLineString':
      list(coordinates, path, (line, p) => positions(line, p, 2, false));
      break;
    case 'Polygon':
      list(coordinates, path, (ring, p) => positions(ring, p, 4, true));
      break;
    case 'MultiPolygon':
      list(coordinates, path, (polygon, p) => list(polygon, p, (ring, q) => positions(ring, q, 4, true)));
      break;
    default:
      problems.push({
        path: `${at}.type`,
        message: `"${String(type)}" is not a geometry type Parley's layers take (Point, LineString, Polygon, MultiLineString, MultiPolygon)`,
      });
  }
  return problems;
}

function localisedNames(properties: Record<string, unknown>): LayerNames | null {
  const names = properties.names;
  if (isObject(names) && typeof names.en === 'string' && names.en.trim()) {
    const out: LayerNames = { en: names.en.trim() };
    for (const lang of ['ru', 'hy', 'az'] as const) {
      const value = names[lang];
      if (typeof value === 'string' && value.trim()) out[lang] = value.trim();
    }
    return out;
  }
  if (typeof properties.name === 'string' && properties.name.trim()) return { en: properties.name.trim() };
  return null;
}

/**
 * Reads a GeoJSON FeatureCollection into the map's features, or says everything wrong with it: not GeoJSON,
 * a feature without a known layer, a position outside the ranges of longitude and latitude, an open ring.
 */
export function readLayerFeatures(
  input: unknown,
  knownPlaceIds: ReadonlySet<string>,
): { features: MapFeatureInput[]; problems: GeoJsonProblem[] } {
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    return {
      features: [],
      problems: [{ feature: null, path: 'type', message: 'not a GeoJSON FeatureCollection' }],
    };
  }
  const features: MapFeatureInput[] = [];
  const problems: GeoJsonProblem[] = [];
  input.features.forEach((feature: unknown, index: number) => {
    const at = `features[${index}]`;
    const own: GeoJsonProblem[] = [];
    const fail = (path: string, message: string) => own.push({ feature: index, path, message });
    if (!isObject(feature) || feature.type !== 'Feature') {
      fail(`${at}.type`, 'not a GeoJSON Feature');
      problems.push(...own);
      return;
    }
    const properties = isObject(feature.properties) ? feature.properties : {};
    const layer = properties.layer;
    // A corridor's band is drawn from its route: an exported band is not read back.
    if (layer === 'corridor_band') return;
    if (typeof layer !== 'string' || !(MAP_LAYERS as readonly string[]).includes(layer))
      fail(`${at}.properties.layer`, `one of ${MAP_LAYERS.join(', ')}`);
    const names = localisedNames(properties);
    if (!names) fail(`${at}.properties.names.en`, 'a feature needs a name (names.en or name)');
    for (const problem of geometryProblems(feature.geometry, `${at}.geometry`))
      fail(problem.path, problem.message);
    const geometry = feature.geometry as Geometry;
    if (own.length === 0 && !LAYER_GEOMETRIES[layer as MapLayer].includes(geometry.type))
      fail(
        `${at}.geometry.type`,
        `the ${layer} layer takes ${LAYER_GEOMETRIES[layer as MapLayer].join(' or ')}`,
      );
    const number = properties.number ?? null;
    if (number !== null && (!Number.isInteger(number) || (number as number) < 1))
      fail(`${at}.properties.number`, 'a post number is a whole number from 1');
    const establishedOn = properties.establishedOn ?? null;
    if (establishedOn !== null && (typeof establishedOn !== 'string' || !DAY.test(establishedOn)))
      fail(`${at}.properties.establishedOn`, 'use YYYY-MM-DD');
    const placeId = properties.placeId ?? null;
    if (placeId !== null && (typeof placeId !== 'string' || !knownPlaceIds.has(placeId)))
      fail(`${at}.properties.placeId`, 'not a place of the gazetteer');
    const bandKm = properties.bandKm ?? null;
    if (bandKm !== null && (typeof bandKm !== 'number' || !(bandKm > 0) || bandKm > 100))
      fail(`${at}.properties.bandKm`, 'a width in km, above 0 and at most 100');
    if (own.length > 0) {
      problems.push(...own);
      return;
    }
    features.push({
      layer: layer as MapLayer,
      names: names as LayerNames,
      number: number as number | null,
      establishedOn: establishedOn as string | null,
      placeId: placeId as string | null,
      bandKm: bandKm as number | null,
      geometry: roundGeometry(geometry),
    });
  });
  if (features.length === 0 && problems.length === 0)
    problems.push({ feature: null, path: 'features', message: 'no feature' });
  return { features, problems };
}

/** RFC 7946 §11.2: six decimal places (about 10 cm) are enough; a third coordinate (height) is dropped. */
function roundGeometry(geometry: Geometry): Geometry {
  const round = (p: Position): Position => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(round) };
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((line) => line.map(round)),
      } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(round))),
      };
  }
}

/** Twice the signed area of a ring in degrees (positive: counterclockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

const EARTH_KM = 6371.0088;

/**
 * The band of `widthKm` around a route (half on each side), as a polygon whose exterior ring runs counterclockwise
 * (RFC 7946 §3.1.6): the route's sides offset on a local flat projection, joined by round caps at its two ends.
 */
export function corridorBand(route: readonly Position[], widthKm: number): Position[] {
  const half = widthKm / 2;
  const lat0 = (route.reduce((sum, p) => sum + p[1], 0) / route.length) * (Math.PI / 180);
  const kmPerDegLat = (Math.PI / 180) * EARTH_KM;
  const kmPerDegLon = kmPerDegLat * Math.cos(lat0);
  const xy = route.map(([lon, lat]) => [lon * kmPerDegLon, lat * kmPerDegLat] as Position);
  const back = ([x, y]: Position): Position => [
    Math.round((x / kmPerDegLon) * 1e6) / 1e6,
    Math.round((y / kmPerDegLat) * 1e6) / 1e6,
  ];
  const normal = (a: Position, b: Position): Position => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy) || 1;
    return [-dy / length, dx / length];
  };
  // The offset of each vertex on one side: the mean of its segments' normals, lengthened at a bend (a miter).
  const side = (sign: 1 | -1): Position[] =>
    xy.map((p, i) => {
      const before = i > 0 ? normal(xy[i - 1] as Position, p) : null;
      const after = i < xy.length - 1 ? normal(p, xy[i + 1] as Position) : null;
      const n =
        before && after ? [(before[0] + after[0]) / 2, (before[1] + after[1]) / 2] : (before ?? after);
      const [nx, ny] = n as number[];
      const scale = Math.min(half / Math.max(Math.hypot(nx as number, ny as number) ** 2, 1e-9), half * 4);
      return [p[0] + sign * (nx as number) * scale, p[1] + sign * (ny as number) * scale];
    });
  const cap = (center: Position, from: Position, steps = 8): Position[] => {
    const start = Math.atan2(from[1] - center[1], from[0] - center[0]);
    return Array.from({ length: steps - 1 }, (_, k) => {
      const angle = start + (Math.PI * (k + 1)) / steps;
      return [center[0] + half * Math.cos(angle), center[1] + half * Math.sin(angle)] as Position;
    });
  };
  const right = side(-1);
  const left = side(1);
  const end = xy[xy.length - 1] as Position;
  const start = xy[0] as Position;
  // Counterclockwise: along the right side, round the end, back along the left side, round the start.
  const ring = [
    ...right,
    ...cap(end, right[right.length - 1] as Position),
    ...left.reverse(),
    ...cap(start, left[left.length - 1] as Position),
  ].map(back);
  ring.push(ring[0] as Position);
  return ringArea(ring) >= 0 ? ring : ring.reverse();
}

/** A kept feature as GeoJSON: its id and properties, and for the corridor its band as a second feature. */
export interface StoredMapFeature extends MapFeatureInput {
  id: string;
}

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: {
    layer: MapLayer | 'corridor_band';
    names: LayerNames;
    number: number | null;
    establishedOn: string | null;
    placeId: string | null;
    bandKm: number | null;
  };
}

/** The layers as one RFC 7946 FeatureCollection; each corridor route is followed by its band (`corridor_band`). */
export function layersFeatureCollection(features: readonly StoredMapFeature[]): {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
} {
  const out: GeoJsonFeature[] = [];
  for (const feature of features) {
    const properties = {
      layer: feature.layer,
      names: feature.names,
      number: feature.number,
      establishedOn: feature.establishedOn,
      placeId: feature.placeId,
      bandKm: feature.bandKm,
    };
    out.push({ type: 'Feature', id: feature.id, geometry: feature.geometry, properties });
    if (feature.layer === 'corridor' && feature.geometry.type === 'LineString' && feature.bandKm) {
      out.push({
        type: 'Feature',
        id: `${feature.id}-band`,
        geometry: {
          type: 'Polygon',
          coordinates: [corridorBand(feature.geometry.coordinates, feature.bandKm)],
        },
        properties: { ...properties, layer: 'corridor_band' },
      });
    }
  }
  return { type: 'FeatureCollection', features: out };
}
