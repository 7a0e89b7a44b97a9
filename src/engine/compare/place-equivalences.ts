import { compareNames, type ParsedName } from '../names/index.js';
import { type PlaceKey, placeKey } from './comparable-record.js';

/**
 * Names that stand for one place, given by the caller (a gazetteer): Stepanakert, Xankəndi, Ханкенди. Each
 * inner list is one place; any spelling of a name in any script meets it, as the place comparison reads it.
 */
export type PlaceEquivalences = readonly (readonly string[])[];

/** Finds the places (indices into the equivalences) a written place may be. */
export interface PlaceResolver {
  placesOf(place: PlaceKey): readonly number[];
}

const NONE: readonly number[] = Object.freeze([]);
const resolvers = new WeakMap<PlaceEquivalences, PlaceResolver>();

/** Spellings of one name at these levels are the same name (Ханкенди, Xankəndi, Khankendi). */
const SAME_NAME = new Set(['exact', 'transliteration', 'close']);

function buildResolver(equivalences: PlaceEquivalences): PlaceResolver {
  // Names are found by their canonical skeleton, then confirmed by comparing the spellings: skeletons
  // alone are coarse (Mehri and Gümrü share one).
  const byKey = new Map<string, { name: ParsedName; place: number }[]>();
  equivalences.forEach((names, place) => {
    for (const written of names) {
      const key = placeKey(written);
      if (!key?.name) continue;
      const entries = byKey.get(key.canonical) ?? [];
      entries.push({ name: key.name, place });
      byKey.set(key.canonical, entries);
    }
  });
  const known = new WeakMap<PlaceKey, readonly number[]>();
  return {
    placesOf: (written) => {
      let places = known.get(written);
      if (places === undefined) {
        const found = new Set<number>();
        const name = written.name;
        for (const entry of (name && byKey.get(written.canonical)) || []) {
          if (found.has(entry.place)) continue;
          if (SAME_NAME.has(compareNames(name!, entry.name).level)) found.add(entry.place);
        }
        places = found.size === 0 ? NONE : [...found];
        known.set(written, places);
      }
      return places;
    },
  };
}

/** The resolver of a list of equivalences, built once per list. */
export function placeResolver(equivalences: PlaceEquivalences | undefined): PlaceResolver | undefined {
  if (!equivalences || equivalences.length === 0) return undefined;
  let resolver = resolvers.get(equivalences);
  if (!resolver) {
    resolver = buildResolver(equivalences);
    resolvers.set(equivalences, resolver);
  }
  return resolver;
}

/** Whether two written places are names of one place of the equivalences. */
export function equivalentPlaces(resolver: PlaceResolver, a: PlaceKey, b: PlaceKey): boolean {
  const first = resolver.placesOf(a);
  if (first.length === 0) return false;
  const second = resolver.placesOf(b);
  for (const place of first) if (second.includes(place)) return true;
  return false;
}
