import type { MapGeoJSONFeature } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Layers, Place } from '../../../server/corridor/layers.schemas.js';
import type { Movement } from '../../../server/corridor/movements.schemas.js';
import type { ReturnCountDto } from '../../../server/corridor/returns.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { type MapOverlay, MapView, preloadMap } from '../map/map-view.js';
import { getLayers, getMapConfig, getMovements, getPlaces, getReturns } from './api/corridor-api.js';
import { useCorridorLabels } from './lib/labels.js';

const REGION: [number, number, number, number] = [46.2, 39.4, 47.3, 40.35];
const STATUS_COLOURS: Record<Movement['status'], string> = {
  planned: '#8a8f98',
  notified: '#c77d0a',
  acknowledged: '#1f5f99',
  under_way: '#6a3d9a',
  completed: '#1f6b3a',
  cancelled: '#a52a2a',
};

type Selected = { overlay: string; properties: Record<string, unknown> };

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** The corridor on a map that draws offline: layers toggled, features clickable, labels in the reader's language. */
export function MapPage() {
  const { t } = useTranslation();
  // MapLibre, its worker and the base map load while the layers and figures are asked for.
  useEffect(() => {
    performance.mark('parley:map-page');
    void preloadMap();
  }, []);
  const config = useApiQuery(getMapConfig, []);
  const data = useApiQuery(async (signal) => {
    const [layers, places, movements, returns] = await Promise.all([
      getLayers(signal),
      getPlaces(signal),
      getMovements(signal),
      getReturns({}, signal),
    ]);
    return { layers, places, movements, returns };
  }, []);
  return (
    <div className="page corridor-map-page" data-testid="corridor-map">
      <header className="page-header">
        <h1>{t('corridor.map.title')}</h1>
      </header>
      {(config.status === 'loading' || data.status === 'loading') && (
        <p role="status">{t('common.loading')}</p>
      )}
      {config.status === 'error' && <ErrorMessage error={config.error} onRetry={config.reload} />}
      {data.status === 'error' && <ErrorMessage error={data.error} onRetry={data.reload} />}
      {config.status === 'success' && data.status === 'success' && (
        <CorridorMap config={config.data} {...data.data} />
      )}
    </div>
  );
}

function CorridorMap({
  config,
  layers,
  places,
  movements,
  returns,
}: {
  config: Parameters<typeof MapView>[0]['config'];
  layers: Layers;
  places: Place[];
  movements: Movement[];
  returns: ReturnCountDto[];
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Selected | null>(null);
  const marked = useRef(false);
  const placeById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);

  const drawn = useMemo((): MapOverlay[] => {
    const of = (layer: string) =>
      layers.features
        .filter((f) => f.properties.layer === layer)
        .map((f) => ({
          ...f,
          properties: { ...f.properties, id: f.id, label: labels.name(f.properties.names), names: undefined },
        })) as GeoJSON.Feature[];
    const coordinates = (id: string) => {
      const place = placeById.get(id);
      return place ? [place.coordinates.lon, place.coordinates.lat] : null;
    };
    const movementLines = movements.flatMap((m): GeoJSON.Feature[] => {
      const from = coordinates(m.fromPlaceId);
      const to = coordinates(m.toPlaceId);
      if (!from || !to) return [];
      return [
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [from, to] },
          properties: {
            id: m.id,
            label: m.reference,
            status: m.status,
            window: m.windowStart,
          },
        },
      ];
    });
    const returnTotals = new Map<string, number>();
    for (const r of returns)
      returnTotals.set(r.destinationPlaceId, (returnTotals.get(r.destinationPlaceId) ?? 0) + r.individuals);
    const returnPoints = [...returnTotals].flatMap(([id, total]): GeoJSON.Feature[] => {
      const at = coordinates(id);
      return at
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: at },
              properties: { id, total, label: labels.place(placeById.get(id), id) },
            },
          ]
        : [];
    });
    const placePoints = places
      .filter((p) => p.kind !== 'checkpoint')
      .map(
        (p): GeoJSON.Feature => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.coordinates.lon, p.coordinates.lat] },
          properties: { id: p.id, label: labels.place(p, p.id), kind: p.kind },
        }),
      );
    return [
      {
        id: 'zone',
        label: labels.layer('zone'),
        data: collection(of('zone')),
        visible: true,
        draw: [
          { type: 'fill', paint: { 'fill-color': '#1f5f99', 'fill-opacity': 0.08, 'fill-antialias': false } },
          { type: 'line', paint: { 'line-color': '#1f5f99', 'line-width': 1.5 } },
        ],
      },
      {
        id: 'corridor',
        label: labels.layer('corridor'),
        data: collection([...of('corridor_band'), ...of('corridor')]),
        visible: true,
        draw: [
          {
            type: 'fill',
            filter: ['==', ['get', 'layer'], 'corridor_band'],
            paint: { 'fill-color': '#c77d0a', 'fill-opacity': 0.25, 'fill-antialias': false },
          },
          {
            type: 'line',
            filter: ['==', ['get', 'layer'], 'corridor'],
            paint: { 'line-color': '#8a4f00', 'line-width': 2.5 },
          },
        ],
      },
      {
        id: 'line_of_contact',
        label: labels.layer('line_of_contact'),
        data: collection(of('line_of_contact')),
        visible: true,
        draw: [{ type: 'line', paint: { 'line-color': '#a52a2a', 'line-width': 2.5 } }],
      },
      {
        id: 'places',
        label: t('corridor.map.places'),
        data: collection(placePoints),
        visible: true,
        labels: true,
        draw: [{ type: 'circle', paint: { 'circle-radius': 3, 'circle-color': '#1d2430' } }],
      },
      {
        id: 'movements',
        label: t('corridor.map.movements'),
        data: collection(movementLines),
        visible: true,
        // A layer per status, each of one colour: a colour read from each feature would compile a second line
        // program, and every program costs its compile before the first frame (in software where there is no GPU).
        draw: Object.entries(STATUS_COLOURS).map(([status, colour]) => ({
          type: 'line',
          filter: ['==', ['get', 'status'], status],
          paint: { 'line-color': colour, 'line-width': 4, 'line-opacity': 0.7 },
        })),
      },
      {
        id: 'returns',
        label: t('corridor.map.returns'),
        data: collection(returnPoints),
        visible: true,
        draw: [
          {
            type: 'circle',
            paint: {
              'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'total']], 0, 4, 200, 28],
              'circle-color': '#1f6b3a',
              'circle-opacity': 0.35,
              'circle-stroke-color': '#1f6b3a',
              'circle-stroke-width': 1,
            },
          },
        ],
      },
      {
        id: 'checkpoint',
        label: labels.layer('checkpoint'),
        data: collection(of('checkpoint')),
        visible: true,
        labels: true,
        draw: [
          {
            type: 'circle',
            paint: {
              'circle-radius': 7,
              'circle-color': '#ffffff',
              'circle-stroke-color': '#1d2430',
              'circle-stroke-width': 3,
            },
          },
        ],
      },
      {
        id: 'observation_post',
        label: labels.layer('observation_post'),
        data: collection(of('observation_post')),
        visible: true,
        draw: [
          {
            type: 'circle',
            paint: {
              'circle-radius': 5,
              'circle-color': '#1f5f99',
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 1.5,
            },
          },
        ],
      },
    ];
  }, [layers, places, movements, returns, labels, t, placeById]);
  // Shown or hidden without touching the data: a layer toggled is a style change, not a new set of tiles.
  const overlays = useMemo(
    () => drawn.map((overlay) => ({ ...overlay, visible: !hidden.has(overlay.id) })),
    [drawn, hidden],
  );

  const onReady = useCallback(() => {
    if (marked.current) return;
    marked.current = true;
    // How long the map took to answer clicks after the page was opened (read by the end-to-end test).
    performance.mark('parley:map-interactive');
  }, []);

  const onFeatureClick = useCallback((overlay: string, feature: MapGeoJSONFeature) => {
    setSelected({ overlay, properties: feature.properties as Record<string, unknown> });
  }, []);

  const toggle = (id: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="map-layout">
      <MapView
        config={config}
        overlays={overlays}
        bounds={REGION}
        onFeatureClick={onFeatureClick}
        onReady={onReady}
      />
      <aside className="map-side card">
        <fieldset className="map-layers">
          <legend>{t('corridor.map.layers')}</legend>
          {overlays.map((overlay) => (
            <label key={overlay.id} className="checkbox-row">
              <input
                type="checkbox"
                checked={overlay.visible}
                onChange={() => toggle(overlay.id)}
                data-testid={`layer-${overlay.id}`}
              />
              {overlay.label}
            </label>
          ))}
        </fieldset>
        <section aria-live="polite" data-testid="map-selection">
          {selected === null ? (
            <p className="muted">{t('corridor.map.clickHint')}</p>
          ) : (
            <FeatureDetails selected={selected} movements={movements} dates={dates} />
          )}
        </section>
        <p className="muted small">{t('corridor.map.attribution')}</p>
      </aside>
    </div>
  );
}

function FeatureDetails({
  selected,
  movements,
  dates,
}: {
  selected: Selected;
  movements: Movement[];
  dates: ReturnType<typeof useDateFormat>;
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const p = selected.properties;
  if (selected.overlay === 'movements') {
    const movement = movements.find((m) => m.id === p.id);
    return (
      <div>
        <h2>{String(p.label)}</h2>
        {movement && (
          <p>
            {labels.status(movement.status)} · {dates.date(movement.windowStart.slice(0, 10))}
          </p>
        )}
        <Link to={`/corridor/movements/${encodeURIComponent(String(p.id))}`}>
          {t('corridor.map.openMovement')}
        </Link>
      </div>
    );
  }
  if (selected.overlay === 'returns') {
    return (
      <div>
        <h2>{String(p.label)}</h2>
        <p>{t('corridor.map.returnsTotal', { total: Number(p.total).toLocaleString(labels.language) })}</p>
        <Link to="/corridor/returns">{t('corridor.map.openReturns')}</Link>
      </div>
    );
  }
  return (
    <div data-testid="map-feature">
      <h2>{String(p.label)}</h2>
      <dl className="facts">
        {selected.overlay in
          { zone: 1, corridor: 1, line_of_contact: 1, observation_post: 1, checkpoint: 1 } && (
          <>
            <dt>{t('corridor.map.layer')}</dt>
            <dd>{labels.layer(String(p.layer))}</dd>
          </>
        )}
        {p.number !== undefined && p.number !== null && (
          <>
            <dt>{t('corridor.map.number')}</dt>
            <dd>{String(p.number)}</dd>
          </>
        )}
        {typeof p.establishedOn === 'string' && (
          <>
            <dt>{t('corridor.map.establishedOn')}</dt>
            <dd>{dates.date(p.establishedOn)}</dd>
          </>
        )}
        {typeof p.bandKm === 'number' && (
          <>
            <dt>{t('corridor.map.band')}</dt>
            <dd>{t('corridor.map.km', { km: p.bandKm })}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
