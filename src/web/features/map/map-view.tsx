import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
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

/** A MapLibre GL map over the offline base, with overlays that can be shown and hidden. */
export function MapView({ config, overlays, bounds, onFeatureClick, onReady }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markers = useRef<Map<string, { remove(): void }[]>>(new Map());
  const layerIds = useRef<Map<string, string>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const overlaysRef = useRef(overlays);
  overlaysRef.current = overlays;
  const clickRef = useRef(onFeatureClick);
  clickRef.current = onFeatureClick;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once per configuration
  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | null = null;
    (async () => {
      const [maplibre, style, worker] = await Promise.all([
        import('maplibre-gl'),
        baseStyle(config),
        // MapLibre's worker is its own file: served beside the app's assets, never fetched from elsewhere.
        import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
      ]);
      if (cancelled || !container.current) return;
      performance.mark('parley:map-style');
      maplibre.setWorkerUrl(worker.default);
      // The overlays go in the first style: one load tiles and draws everything, rather than a second pass after it.
      for (const overlay of overlaysRef.current) {
        style.sources[overlay.id] = { type: 'geojson', data: overlay.data };
        overlay.draw.forEach((layer, index) => {
          const id = `${overlay.id}-${index}`;
          const visibility = overlay.visible ? 'visible' : 'none';
          style.layers.push({
            ...layer,
            id,
            source: overlay.id,
            layout: { ...(layer.layout ?? {}), visibility },
          } as LayerSpecification);
          layerIds.current.set(id, overlay.id);
        });
      }
      const MapLibre = maplibre.Map;
      map = new MapLibre({ container: container.current, style, bounds, attributionControl: false });
      map.addControl(new (await import('maplibre-gl')).NavigationControl({ showCompass: false }));
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

  // Overlays: sources and layers added or updated, shown or hidden; labels as HTML markers.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    let active = true;
    (async () => {
      const { Marker } = await import('maplibre-gl');
      if (!active) return;
      for (const overlay of overlays) {
        const source = map.getSource(overlay.id) as
          | { setData?: (d: GeoJSON.FeatureCollection) => void }
          | undefined;
        if (source?.setData) source.setData(overlay.data);
        else map.addSource(overlay.id, { type: 'geojson', data: overlay.data });
        overlay.draw.forEach((layer, index) => {
          const id = `${overlay.id}-${index}`;
          if (!map.getLayer(id)) {
            map.addLayer({ ...layer, id, source: overlay.id } as LayerSpecification);
            layerIds.current.set(id, overlay.id);
          }
          map.setLayoutProperty(id, 'visibility', overlay.visible ? 'visible' : 'none');
        });
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
