import { readLayerFeatures } from '../../domain/corridor/geojson.js';
import { gazetteerPlaces } from '../../domain/gazetteer/gazetteer.js';
import type { Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import type { LayersImport } from './layers.schemas.js';

const KNOWN_PLACES = new Set(gazetteerPlaces().map((place) => place.id));
export const MAX_LAYER_FEATURES = 20_000;

/**
 * Imports a GeoJSON FeatureCollection into the layers: every feature taken, or none (400 naming each feature and
 * member at fault: not GeoJSON, an unknown layer, a coordinate out of range, an open ring).
 */
export async function importLayers(
  store: Store,
  ctx: WriteContext,
  body: unknown,
  opts: { replaceLayers: boolean },
): Promise<LayersImport> {
  const { features, problems } = readLayerFeatures(body, KNOWN_PLACES);
  if (problems.length > 0) {
    const first = problems[0];
    const where = first?.feature === null ? 'the file' : `feature ${first?.feature}`;
    throw new HttpProblem(
      400,
      `Not taken: ${where} (${first?.path}): ${first?.message}; nothing was imported`,
      {
        type: 'urn:parley:problem:geojson',
        errors: problems
          .slice(0, 200)
          .map((p) => ({ in: 'body' as const, path: p.path, message: p.message })),
        extensions: { features: [...new Set(problems.map((p) => p.feature).filter((f) => f !== null))] },
      },
    );
  }
  if (features.length > MAX_LAYER_FEATURES) {
    throw new HttpProblem(413, `At most ${MAX_LAYER_FEATURES} features at once`, {
      type: 'urn:parley:problem:too-many-features',
    });
  }
  const stored = await store.transaction((repos) => repos.mapLayers.importFeatures(ctx, features, opts));
  return {
    imported: stored.length,
    layers: [...new Set(stored.map((f) => f.layer))],
    replaced: opts.replaceLayers,
  };
}
