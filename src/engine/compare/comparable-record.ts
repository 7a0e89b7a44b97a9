import { nameBlockingKeys, type ParsedName, parseName } from '../names/index.js';
import type { PersonRecord } from '../records/types.js';
import { normaliseCode, normaliseText } from './similarity.js';

/** A place in comparable forms, whatever the script it was written in. */
export interface PlaceKey {
  /** Canonical key: the primary transliteration of each token, space-separated. */
  canonical: string;
  /** The place read as a name, for comparing spellings (absent when it has no letters). */
  name?: ParsedName;
  /** Every fine transliteration of every token (not the coarse skeletons), for script-independent equality. */
  variants: Set<string>;
}

/** A PersonRecord with the normalised forms the comparisons and blocking rules read, computed once. */
export interface ComparableRecord {
  record: PersonRecord;
  nameKeys: string[];
  birthPlace?: PlaceKey;
  eventPlace?: PlaceKey;
  addressTokens?: string[];
  address?: string;
  documentNumber?: string;
  unit?: string;
  rank?: string;
}

const PLACE_CACHE_LIMIT = 100_000;
const placeKeys = new Map<string, PlaceKey | undefined>();

/** Places repeat far more than names: each distinct spelling is read once. */
export function placeKey(value: string | undefined): PlaceKey | undefined {
  if (!value) return undefined;
  if (placeKeys.has(value)) return placeKeys.get(value);
  const key = readPlaceKey(value);
  if (placeKeys.size >= PLACE_CACHE_LIMIT) placeKeys.clear();
  placeKeys.set(value, key);
  return key;
}

function readPlaceKey(value: string): PlaceKey | undefined {
  const parsed = parseName({ full: value });
  const tokens = [...parsed.given, ...parsed.family, ...parsed.patronymic];
  if (tokens.length === 0) {
    const text = normaliseText(value);
    return text ? { canonical: text, variants: new Set([text]) } : undefined;
  }
  const canonical = tokens.map((token) => token.keys[0] ?? '').join(' ');
  const variants = new Set<string>();
  for (const token of tokens) for (const key of token.keys.slice(1)) variants.add(key);
  return { canonical, name: parsed, variants };
}

function text(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const normal = normaliseText(value);
  return normal === '' ? undefined : normal;
}

export function toComparable(record: PersonRecord): ComparableRecord {
  const address = text(record.address);
  const documentNumber = record.documentNumber ? normaliseCode(record.documentNumber) : undefined;
  return {
    record,
    nameKeys: [...new Set(nameBlockingKeys(record.name))],
    birthPlace: placeKey(record.birthPlace),
    eventPlace: placeKey(record.eventPlace),
    address,
    addressTokens: address?.split(' '),
    documentNumber: documentNumber || undefined,
    unit: text(record.unit),
    rank: text(record.rank),
  };
}
