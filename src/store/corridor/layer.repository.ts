import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type {
  Geometry,
  LayerNames,
  MapFeatureInput,
  MapLayer,
  StoredMapFeature,
} from '../../domain/corridor/geojson.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { MapFeatureRow } from './layer.table.js';

function toFeature(row: MapFeatureRow): StoredMapFeature {
  return {
    id: row.id,
    layer: row.layer as MapLayer,
    names: fromJsonText<LayerNames>(row.names, { en: '' }),
    number: row.number,
    establishedOn: row.established_on,
    placeId: row.place_id,
    bandKm: row.band_km === null ? null : Number(row.band_km),
    geometry: fromJsonText<Geometry>(row.geometry, { type: 'Point', coordinates: [0, 0] }),
  };
}

const LAYER_ORDER = ['zone', 'corridor', 'line_of_contact', 'checkpoint', 'observation_post'];

export function createLayerRepository(db: Db, dialect: DialectInfo) {
  return {
    /** Every feature of the layers (or of one), zone first and points last, posts by number. */
    async list(scope: PartyScope, layer?: MapLayer): Promise<StoredMapFeature[]> {
      const rows = await whereVisible(db.selectFrom('map_feature').selectAll(), scope, 'map_feature')
        .$if(layer !== undefined, (qb) => qb.where('layer', '=', layer ?? ''))
        .orderBy('number')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toFeature).sort((a, b) => LAYER_ORDER.indexOf(a.layer) - LAYER_ORDER.indexOf(b.layer));
    },

    /**
     * Writes imported features with one audit entry; with `replaceLayers`, the features of each layer the import
     * carries are replaced by it (a layer re-imported from its export is not doubled).
     */
    async importFeatures(
      ctx: WriteContext,
      features: readonly MapFeatureInput[],
      opts: { replaceLayers: boolean; fileName?: string },
    ): Promise<StoredMapFeature[]> {
      return inTransaction(db, async (trx) => {
        const layers = [...new Set(features.map((f) => f.layer))];
        if (opts.replaceLayers && layers.length > 0)
          await trx.deleteFrom('map_feature').where('layer', 'in', layers).execute();
        const at = nowIso();
        const rows: MapFeatureRow[] = features.map((f) => ({
          id: randomUUID(),
          layer: f.layer,
          names: toJsonText(f.names),
          number: f.number,
          established_on: f.establishedOn,
          place_id: f.placeId,
          band_km: f.bandKm,
          geometry: toJsonText(f.geometry),
          created_by: ctx.actor.username,
          created_at: at,
        }));
        await insertRows(trx, 'map_feature', rows);
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.layers.import',
          entityType: 'map_feature',
          entityId: null,
          summary: {
            features: rows.length,
            layers,
            replaced: opts.replaceLayers,
            ...(opts.fileName ? { file: opts.fileName } : {}),
          },
        });
        return rows.map(toFeature);
      });
    },

    /** Observation posts established on or before `day`. */
    async postsOn(scope: PartyScope, day: string): Promise<number> {
      const row = await whereVisible(db.selectFrom('map_feature'), scope, 'map_feature')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('layer', '=', 'observation_post')
        .where((eb) => eb.or([eb('established_on', 'is', null), eb('established_on', '<=', day)]))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export type LayerRepository = ReturnType<typeof createLayerRepository>;
