import type { StyleSpecification } from 'maplibre-gl';
import type { MapConfig } from '../../../server/corridor/layers.schemas.js';

/** A style with no remote resource: a sea-coloured background, Natural Earth's land and borders, and the own tiles. */
export async function baseStyle(config: MapConfig): Promise<StyleSpecification> {
  // Natural Earth's countries around the Caucasus (public domain, 1:50m, from the `world-atlas` package), cut by the
  // build: bundled with the app, so the map draws with no internet, and small, so that it draws at once.
  const { land, borders } = await import('virtual:natural-earth-region');
  // One source for the base (land and borders, told apart by `kind`): one set of tiles to cut, not two.
  const base: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...land.features.map((feature) => ({ ...feature, properties: { kind: 'land' } })),
      { type: 'Feature', geometry: borders, properties: { kind: 'border' } },
    ],
  };
  const style: StyleSpecification = {
    version: 8,
    sources: { 'natural-earth': { type: 'geojson', data: base } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7f0' } },
      {
        id: 'land',
        type: 'fill',
        source: 'natural-earth',
        filter: ['==', ['get', 'kind'], 'land'],
        // Fills draw without their antialiased outline, and lines without dashes: each would be one more shader
        // program to compile before the first frame. Edges that matter are drawn as lines.
        paint: { 'fill-color': '#f3f1ea', 'fill-antialias': false },
      },
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
    source: 'natural-earth',
    filter: ['==', ['get', 'kind'], 'border'],
    paint: { 'line-color': '#8a8f98', 'line-width': 1 },
  });
  return style;
}

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}
