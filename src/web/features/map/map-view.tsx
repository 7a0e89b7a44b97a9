import 'maplibre-gl/dist/maplibre-gl.css';
import type {
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  MapGeoJSONFeature,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { MapConfig } from '../../../server/corridor/layers.schemas.js';
import { baseStyle } from './base-map.js';

type WithSource = Exclude<LayerSpecification, { type: 'background' }>;
/** A MapLibre layer of an overlay: everything but its `id` and `source`, which the overlay gives. */
export type OverlayLayer = WithSource extends infer L
  ? L extends WithSource
    ? Omit<L, 'id' | 'source'>
    : never
  : never;

/**
 * A layer a module puts on the map: its GeoJSON, how it is drawn, and a label (already in the reader's language).
 * The corridor adds its zone, route, posts and checkpoints; another module (incidents) adds its own the same way.
 */
export interface MapOverlay {
  id: string;
  label: string;
  data: GeoJSON.FeatureCollection;
  /** One or more MapLibre layers over this data, without `id` and `source` (given from the overlay's id). */
  draw: OverlayLayer[];
  /** A text label beside each feature (its `label` property), as HTML so that every script shows offline. */
  labels?: boolean;
  visible: boolean;
}

export interface MapViewProps {
  config: MapConfig;
  overlays: MapOverlay[];
  /** Where the map opens: [west, south, east, north]. */
  bounds: [number, number, number, number];
  /** A click on a feature of an overlay. */
  onFeatureClick?: (overlayId: string, feature: MapGeoJSONFeature, at: { lng: number; lat: number }) => void;
  /** Called once the map has drawn its first frame with every overlay and answers clicks. */
  onReady?: (map: MapLibreMap) => void;
}

/** The one source of every overlay's features, each tagged with its overlay (`__overlay`). */
const OVERLAYS = 'overlays';

function combined(overlays: readonly MapOverlay[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: overlays.flatMap((overlay) =>
      overlay.data.features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, __overlay: overlay.id },
      })),
    ),
  };
}

/** An overlay's layers over the one source, each kept to the overlay's features (and its own filter). */
function overlayLayers(overlay: MapOverlay): LayerSpecification[] {
  const own: FilterSpecification = ['==', ['get', '__overlay'], overlay.id];
  return overlay.draw.map(
    (layer, index) =>
      ({
        ...layer,
        id: `${overlay.id}-${index}`,
        source: OVERLAYS,
        filter: layer.filter ? ['all', own, layer.filter] : own,
        layout: { ...(layer.layout ?? {}), visibility: overlay.visible ? 'visible' : 'none' },
      }) as LayerSpecification,
  );
}

type MapLibreModule = typeof import('maplibre-gl');
let loading: Promise<MapLibreModule> | null = null;

/**
 * Starts loading MapLibre, its worker and the base map's countries: a page calls it as soon as it knows it shows a
 * map, so that these downloads (and the worker's start) overlap the page's own requests for its data.
 */
export function preloadMap(): Promise<MapLibreModule> {
  loading ??= (async () => {
    const [maplibre, worker] = await Promise.all([
      import('maplibre-gl'),
      // MapLibre's worker is its own file: served beside the app's assets, never fetched from elsewhere.
      import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
      import('virtual:natural-earth-region'),
    ]);
    maplibre.setWorkerUrl(worker.default);
    maplibre.prewarm();
    return maplibre;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** A MapLibre GL map over the offline base, with overlays that can be shown and hidden. */
export function MapView({ config, overlays, bounds, onFeatureClick, onReady }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markers = useRef<Map<string, { remove(): void }[]>>(new Map());
  const layerIds = useRef<Map<string, string>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const drawnData = useRef<GeoJSON.FeatureCollection[]>([]);
  const overlaysRef = useRef(overlays);
  overlaysRef.current = overlays;
  const clickRef = useRef(onFeatureClick);
  clickRef.current = onFeatureClick;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once per configuration
  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | null = null;
    (async () => {
      const [maplibre, style] = await Promise.all([preloadMap(), baseStyle(config)]);
      if (cancelled || !container.current) return;
      performance.mark('parley:map-style');
      // The overlays go in the first style, all from one source: one load tiles and draws everything (one set of
      // tiles for the map's worker to cut, not one per overlay), rather than a second pass after it.
      style.sources[OVERLAYS] = { type: 'geojson', data: combined(overlaysRef.current) };
      drawnData.current = overlaysRef.current.map((overlay) => overlay.data);
      for (const overlay of overlaysRef.current) {
        for (const layer of overlayLayers(overlay)) {
          style.layers.push(layer);
          layerIds.current.set(layer.id, overlay.id);
        }
      }
      const MapLibre = maplibre.Map;
      map = new MapLibre({ container: container.current, style, bounds, attributionControl: false });
      map.addControl(new maplibre.NavigationControl({ showCompass: false }));
      // One click handler: the topmost feature of any overlay under the pointer (a post over the corridor's band).
      map.on('click', (event) => {
        const shown = [...layerIds.current.keys()].filter(
          (id) => map?.getLayoutProperty(id, 'visibility') !== 'none',
        );
        const [top] = map?.queryRenderedFeatures(event.point, { layers: shown }) ?? [];
        const overlay = top ? layerIds.current.get(top.layer.id) : undefined;
        if (top && overlay) clickRef.current?.(overlay, top, event.lngLat);
      });
      map.on('mousemove', (event) => {
        if (!map) return;
        const shown = [...layerIds.current.keys()].filter(
          (id) => map?.getLayoutProperty(id, 'visibility') !== 'none',
        );
        map.getCanvas().style.cursor =
          map.queryRenderedFeatures(event.point, { layers: shown }).length > 0 ? 'pointer' : '';
      });
      // Where the time to the first frame goes (read by the end-to-end test): the tiles cut by the worker, then
      // the first frame drawn (shaders compiled; in software where the machine has no GPU).
      map.once('render', () => performance.mark('parley:map-first-frame'));
      map.on('sourcedata', function tiled(event) {
        if (event.sourceId !== OVERLAYS || !map?.isSourceLoaded(OVERLAYS)) return;
        performance.mark('parley:map-overlays-tiled');
        map.off('sourcedata', tiled);
      });
      map.on('load', () => {
        if (cancelled) return;
        performance.mark('parley:map-load');
        mapRef.current = map;
        setLoaded(true);
      });
    })();
    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
      layerIds.current.clear();
      setLoaded(false);
    };
  }, [config]);

  // Overlays: their data put in the one source when it changed, their layers added, shown or hidden; labels as HTML
  // markers.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    let active = true;
    (async () => {
      const { Marker } = await preloadMap();
      if (!active) return;
      const data = overlays.map((overlay) => overlay.data);
      if (data.length !== drawnData.current.length || data.some((d, i) => d !== drawnData.current[i])) {
        (map.getSource(OVERLAYS) as GeoJSONSource | undefined)?.setData(combined(overlays));
        drawnData.current = data;
      }
      for (const overlay of overlays) {
        for (const layer of overlayLayers(overlay)) {
          if (!map.getLayer(layer.id)) {
            map.addLayer(layer);
            layerIds.current.set(layer.id, overlay.id);
          }
          map.setLayoutProperty(layer.id, 'visibility', overlay.visible ? 'visible' : 'none');
        }
        for (const marker of markers.current.get(overlay.id) ?? []) marker.remove();
        const made: { remove(): void }[] = [];
        if (overlay.labels && overlay.visible) {
          for (const feature of overlay.data.features) {
            if (feature.geometry.type !== 'Point') continue;
            const element = document.createElement('span');
            element.className = 'map-label';
            element.textContent = String(feature.properties?.label ?? '');
            made.push(
              new Marker({ element, anchor: 'left', offset: [8, 0] })
                .setLngLat(feature.geometry.coordinates as [number, number])
                .addTo(map),
            );
          }
        }
        markers.current.set(overlay.id, made);
      }
      // Interactive once the frame with the overlays is drawn: clicks find their features from then on.
      map.once('render', () => {
        if (active) onReady?.(map);
      });
      map.triggerRepaint();
    })();
    return () => {
      active = false;
    };
  }, [loaded, overlays, onReady]);

  return (
    <div ref={container} className="map-view" data-testid="map" data-ready={loaded ? 'true' : 'false'} />
  );
}
