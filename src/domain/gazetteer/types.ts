/** What a place of the gazetteer is. */
export type PlaceKind = 'capital' | 'city' | 'town' | 'checkpoint';

/** A place under every name the lists and the sides use for it. */
export interface GazetteerPlace {
  /** Stable id (kebab-case English name), for the map and for records that point at a place. */
  id: string;
  kind: PlaceKind;
  /**
   * Names by language: Armenian script, Azerbaijani Latin, Russian Cyrillic, English. Where the sides
   * call the place differently, each language lists both sides' names (Степанакерт and Ханкенди).
   * The first name of each language is the one used there most.
   */
  names: { hy: readonly string[]; az: readonly string[]; ru: readonly string[]; en: readonly string[] };
  /** Each side's own name, in English, where they differ (Stepanakert / Khankendi). */
  sideNames?: { armenian: string; azerbaijani: string };
  /** WGS 84, decimal degrees. */
  coordinates: { lat: number; lon: number };
  /** The coordinates are those of the area, not of a surveyed point (to be confirmed in the field). */
  approximate?: boolean;
  /** Keys of GAZETTEER_SOURCES the names and coordinates come from. */
  sources: readonly string[];
}
