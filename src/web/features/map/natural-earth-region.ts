import type { GeometryCollection, Topology } from 'topojson-specification';

type Box = [number, number, number, number];
/** The Caucasus and well around it (the Black and Caspian seas' shores): [west, south, east, north]. */
export const AROUND: Box = [32, 32, 60, 48];

export interface TopologyReader {
  feature(topology: Topology, object: unknown): GeoJSON.Feature | GeoJSON.FeatureCollection;
  mesh(
    topology: Topology,
    object: GeometryCollection,
    filter: (a: unknown, b: unknown) => boolean,
  ): GeoJSON.MultiLineString;
}

type Point = [number, number];
const round = (p: Point): Point => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];

/** A closed ring cut to the box (Sutherland–Hodgman): the part of the shape inside it, closed again. */
export function clipRing(ring: readonly Point[], box: Box): Point[] {
  const [west, south, east, north] = box;
  const edges: { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }[] = [
    {
      inside: (p) => p[0] >= west,
      cross: (a, b) => [west, a[1] + ((b[1] - a[1]) * (west - a[0])) / (b[0] - a[0])],
    },
    {
      inside: (p) => p[0] <= east,
      cross: (a, b) => [east, a[1] + ((b[1] - a[1]) * (east - a[0])) / (b[0] - a[0])],
    },
    {
      inside: (p) => p[1] >= south,
      cross: (a, b) => [a[0] + ((b[0] - a[0]) * (south - a[1])) / (b[1] - a[1]), south],
    },
    {
      inside: (p) => p[1] <= north,
      cross: (a, b) => [a[0] + ((b[0] - a[0]) * (north - a[1])) / (b[1] - a[1]), north],
    },
  ];
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    const out: Point[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] as Point;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) out.push(edge.cross(previous, current));
    });
    points = out;
    if (points.length === 0) return [];
  }
  const rounded = points
    .map(round)
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]);
  return rounded.length < 3 ? [] : [...rounded, rounded[0] as Point];
}

/** A line cut to the box (Liang–Barsky on each segment): the runs of it inside the box. */
export function clipLine(line: readonly Point[], box: Box): Point[][] {
  const [west, south, east, north] = box;
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    const sides: [number, number][] = [
      [-dx, a[0] - west],
      [dx, east - a[0]],
      [-dy, a[1] - south],
      [dy, north - a[1]],
    ];
    let outside = false;
    for (const [p, q] of sides) {
      if (p === 0) {
        if (q < 0) outside = true;
      } else if (p < 0) t0 = Math.max(t0, q / p);
      else t1 = Math.min(t1, q / p);
    }
    if (outside || t0 > t1) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    const from = round([a[0] + t0 * dx, a[1] + t0 * dy]);
    const to = round([a[0] + t1 * dx, a[1] + t1 * dy]);
    if (run.length === 0) run.push(from);
    run.push(to);
    if (t1 < 1) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function clipPolygons(geometry: GeoJSON.Geometry | null, box: Box): Point[][][] {
  if (geometry === null) return [];
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons.flatMap((rings) => {
    const [outer, ...holes] = rings.map((ring) => clipRing(ring as Point[], box));
    return outer && outer.length > 0 ? [[outer, ...holes.filter((hole) => hole.length > 0)]] : [];
  });
}

/**
 * Natural Earth's countries cut to the region (`AROUND`) as GeoJSON land, and the borders between them, from the
 * world atlas's TopoJSON. Run by the build (`vite.config.ts`), so that the browser downloads and draws a few
 * thousand points instead of converting the whole world before the first frame.
 */
export function naturalEarthRegion(
  topology: Topology,
  reader: TopologyReader,
  box: Box = AROUND,
): { land: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString } {
  const countries = topology.objects.countries as GeometryCollection;
  const world = reader.feature(topology, countries) as GeoJSON.FeatureCollection;
  const land: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: world.features.flatMap((country): GeoJSON.Feature[] => {
      const polygons = clipPolygons(country.geometry, box);
      return polygons.length === 0
        ? []
        : [
            {
              type: 'Feature',
              properties: { name: country.properties?.name ?? null },
              geometry: { type: 'MultiPolygon', coordinates: polygons },
            },
          ];
    }),
  };
  const mesh = reader.mesh(topology, countries, (a, b) => a !== b);
  const borders: GeoJSON.MultiLineString = {
    type: 'MultiLineString',
    coordinates: mesh.coordinates.flatMap((line) => clipLine(line as Point[], box)),
  };
  return { land, borders };
}
