import { GAZETTEER_PLACES } from './places.js';
import type { GazetteerPlace } from './types.js';

const byId = new Map(GAZETTEER_PLACES.map((place) => [place.id, place]));

/** Every place of the region's gazetteer. */
export function gazetteerPlaces(): readonly GazetteerPlace[] {
  return GAZETTEER_PLACES;
}

export function placeById(id: string): GazetteerPlace | undefined {
  return byId.get(id);
}

/** Every name of a place, in all four languages, without repeats. */
export function namesOf(place: GazetteerPlace): string[] {
  return [...new Set([...place.names.hy, ...place.names.az, ...place.names.ru, ...place.names.en])];
}

let equivalences: readonly (readonly string[])[] | undefined;

/**
 * The gazetteer as the matching engine takes it: one list of names per place, so that a place written
 * under either side's name for it agrees (the engine's `placeEquivalences` option). The same list every
 * call, so the engine builds its lookup once.
 */
export function placeEquivalences(): readonly (readonly string[])[] {
  equivalences ??= GAZETTEER_PLACES.map(namesOf);
  return equivalences;
}

const fold = (name: string) => name.trim().toLocaleLowerCase('en').normalize('NFC');
let byName: Map<string, GazetteerPlace> | undefined;

/** The place a name (or id) written in any of the four languages stands for, whatever its case; none when unknown. */
export function placeByName(name: string): GazetteerPlace | undefined {
  if (!byName) {
    byName = new Map();
    for (const place of GAZETTEER_PLACES) {
      byName.set(fold(place.id), place);
      for (const alias of namesOf(place)) if (!byName.has(fold(alias))) byName.set(fold(alias), place);
    }
  }
  return byName.get(fold(name));
}
