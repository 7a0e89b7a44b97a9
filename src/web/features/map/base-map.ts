import type { StyleSpecification } from 'maplibre-gl';
import type { MapConfig } from '../../../server/corridor/layers.schemas.js';

/**
 * The base of every map: Natural Earth's countries (public domain, 1:50m, shipped in the `world-atlas` package and
 * bundled with the web app, so the map draws with no internet), under the deployment's own tiles when it has any.
 */
export async function naturalEarth(): Promise<{
  land: GeoJSON.FeatureCollection;
  borders: GeoJSON.MultiLineString;
}> {
  const [{ feature, mesh }, atlas] = await Promise.all([
    import('topojson-client'),
    import('world-atlas/countries-50m.json'),
  ]);
  // biome-ignore lint/suspicious/noExplicitAny: the atlas is a TopoJSON Topology read from JSON
  const topology = (atlas.default ?? atlas) as any;
  // Only the countries around the region: the map's worker then tiles a few shapes, not the whole world's.
  const near = {
    ...topology.objects.countries,
    geometries: topology.objects.countries.geometries.filter((geometry: unknown) =>
      intersects(bboxOf(feature(topology, geometry as never) as unknown as GeoJSON.Feature), AROUND),
    ),
  };
  const land = feature(topology, near) as unknown as GeoJSON.FeatureCollection;
  const borders = mesh(topology, near, (a: unknown, b: unknown) => a !== b) as GeoJSON.MultiLineString;
  return { land, borders };
}

type Box = [number, number, number, number];
/** The Caucasus and around it: [west, south, east, north]. */
const AROUND: Box = [36, 34, 56, 46];

function bboxOf(feature: GeoJSON.Feature): Box {
  const box: Box = [180, 90, -180, -90];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [x, y] = value as number[];
      box[0] = Math.min(box[0], x as number);
      box[1] = Math.min(box[1], y as number);
      box[2] = Math.max(box[2], x as number);
      box[3] = Math.max(box[3], y as number);
    } else if (Array.isArray(value)) for (const item of value) visit(item);
  };
  if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return box;
}

const intersects = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** A style with no remote resource: a sea-coloured background, Natural Earth's land and borders, and the own tiles. */
export async function baseStyle(config: MapConfig): Promise<StyleSpecification> {
  const { land, borders } = await naturalEarth();
  const style: StyleSpecification = {
    version: 8,
    sources: {
      'natural-earth-land': { type: 'geojson', data: land },
      'natural-earth-borders': {
        type: 'geojson',
        data: { type: 'Feature', geometry: borders, properties: {} },
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7f0' } },
      { id: 'land', type: 'fill', source: 'natural-earth-land', paint: { 'fill-color': '#f3f1ea' } },
    ],
  };
  const tiles = config.tiles;
  if (tiles?.kind === 'raster') {
    style.sources.own = { type: 'raster', tiles: [absolute(tiles.url)], tileSize: 256 };
    style.layers.push({ id: 'own-tiles', type: 'raster', source: 'own' });
  } else if (tiles?.kind === 'pmtiles') {
    const { PMTiles, Protocol } = await import('pmtiles');
    const { addProtocol } = await import('maplibre-gl');
    const protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
    const archive = new PMTiles(absolute(tiles.url));
    protocol.add(archive);
    const header = await archive.getHeader();
    const url = `pmtiles://${absolute(tiles.url)}`;
    // Tile type 1 is vector (MVT): each of its layers drawn as thin lines; otherwise the archive holds images.
    if (header.tileType === 1) {
      style.sources.own = { type: 'vector', url };
      const metadata = (await archive.getMetadata()) as { vector_layers?: { id: string }[] };
      for (const layer of metadata.vector_layers ?? []) {
        style.layers.push({
          id: `own-${layer.id}`,
          type: 'line',
          source: 'own',
          'source-layer': layer.id,
          paint: { 'line-color': '#9aa3ad', 'line-width': 0.6 },
        });
      }
    } else {
      style.sources.own = { type: 'raster', url, tileSize: 256 };
      style.layers.push({ id: 'own-tiles', type: 'raster', source: 'own' });
    }
  }
  style.layers.push({
    id: 'borders',
    type: 'line',
    source: 'natural-earth-borders',
    paint: { 'line-color': '#8a8f98', 'line-width': 1, 'line-dasharray': [3, 2] },
  });
  return style;
}

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}
