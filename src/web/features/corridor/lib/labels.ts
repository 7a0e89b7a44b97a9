import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../../server/corridor/layers.schemas.js';
import type { Movement } from '../../../../server/corridor/movements.schemas.js';

type Names = { en: string; ru?: string; hy?: string; az?: string };

/** Words of the corridor pages in the reader's language; names of places and features as the gazetteer has them. */
export function useCorridorLabels() {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as 'en' | 'ru' | 'hy' | 'az';
  // The same object while the language stands: the map's overlays are built from it, and a click must not redraw them.
  return useMemo(
    () => ({
      language,
      status: (status: Movement['status']) => t(`corridor.status.${status}`),
      kind: (kind: Movement['kind']) => t(`corridor.kind.${kind}`),
      event: (event: Movement['history'][number]['event']) => t(`corridor.event.${event}`),
      answer: (answer: Movement['answers'][number]['answer']) => t(`corridor.answer.${answer}`),
      layer: (layer: string) => t(`corridor.layer.${layer}` as 'corridor.layer.zone'),
      /** A feature's name in the reader's language, English where it has none. */
      name: (names: Names) => names[language] ?? names.en,
      /** A place's first name in the reader's language. */
      place: (place: Pick<Place, 'names'> | undefined, id: string) =>
        place ? (place.names[language][0] ?? place.names.en[0] ?? id) : id,
    }),
    [t, language],
  );
}
