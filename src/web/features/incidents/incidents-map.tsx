import type { MapGeoJSONFeature } from 'maplibre-gl';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Incident } from '../../../server/incidents/incidents.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { getMapConfig, getPlaces } from '../corridor/api/corridor-api.js';
import { type MapOverlay, MapView } from '../map/map-view.js';
import { INCIDENT_KIND_KEYS, INCIDENT_STATUS_KEYS } from './labels.js';

const REGION: [number, number, number, number] = [46.2, 39.3, 47.4, 40.4];

const COLOURS: Record<Incident['status'], string> = {
  reported: '#b45309',
  under_review: '#1d4ed8',
  verified: '#15803d',
  not_verified: '#6b7280',
  disputed: '#b91c1c',
  published: '#0f766e',
};

/**
 * The incidents the reader may see on the corridor's map (the map module's MapView and offline base): one point per
 * incident at its gazetteer place, coloured by status; a click opens the incident.
 */
export function IncidentsMap({ incidents }: { incidents: Incident[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useApiQuery(async (signal) => {
    const [config, places] = await Promise.all([getMapConfig(signal), getPlaces(signal)]);
    return { config, places };
  }, []);
  const overlays = useMemo((): MapOverlay[] => {
    if (query.status !== 'success') return [];
    const where = new Map(query.data.places.map((p) => [p.id, p.coordinates]));
    const features = incidents.flatMap((incident): GeoJSON.Feature[] => {
      const at = incident.placeId ? where.get(incident.placeId) : undefined;
      if (!at) return [];
      return [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
          properties: {
            id: incident.id,
            colour: COLOURS[incident.status],
            label: `${t(INCIDENT_KIND_KEYS[incident.kind])} · ${t(INCIDENT_STATUS_KEYS[incident.status])}`,
          },
        },
      ];
    });
    return [
      {
        id: 'incidents',
        label: t('incidents.title'),
        data: { type: 'FeatureCollection', features },
        visible: true,
        draw: [
          {
            type: 'circle',
            paint: {
              'circle-radius': 7,
              'circle-color': ['get', 'colour'],
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 2,
            },
          },
        ],
      },
    ];
  }, [query, incidents, t]);
  const onFeatureClick = useCallback(
    (_overlay: string, feature: MapGeoJSONFeature) => {
      const id = feature.properties?.id;
      if (typeof id === 'string') navigate(`/incidents/${id}`);
    },
    [navigate],
  );
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  return (
    <div className="incidents-map" data-testid="incidents-map">
      <MapView
        config={query.data.config}
        overlays={overlays}
        bounds={REGION}
        onFeatureClick={onFeatureClick}
      />
    </div>
  );
}
