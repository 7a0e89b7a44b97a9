import { compareNames, type NameComparison, type ParsedName } from '../names/index.js';
import { formatPartialDate } from '../records/parse-date.js';
import type { PartialDate } from '../records/types.js';
import type { ComparableRecord, PlaceKey } from './comparable-record.js';
import { compareDates, type DateAgreement } from './date-agreement.js';
import { elseLevel, level, nullLevel } from './levels.js';
import { equivalentPlaces, placeResolver } from './place-equivalences.js';
import { equivalentRanks, rankResolver } from './rank-equivalences.js';
import { jaroWinkler, tokenSetSimilarity, withinOneEdit } from './similarity.js';
import { createTokenPairMemo } from './token-pair-memo.js';
import type { Comparison, ComparisonSettings } from './types.js';

type R = ComparableRecord;

function nameText(name: ParsedName): string {
  return [...name.family, ...name.given, ...name.patronymic].map((token) => token.text).join(' ');
}

/** compareNames once per pair: the levels of one comparison are asked in turn about the same pair. */
function memoisedPairFunction<T>(compute: (left: R, right: R) => T): (left: R, right: R) => T {
  let lastLeft: R | undefined;
  let lastRight: R | undefined;
  let lastValue: T;
  return (left, right) => {
    if (left !== lastLeft || right !== lastRight) {
      lastValue = compute(left, right);
      lastLeft = left;
      lastRight = right;
    }
    return lastValue;
  };
}

/** Name levels at which the names are one name (spelling aside). */
const AGREEING_NAMES: ReadonlySet<NameComparison['level']> = new Set(['exact', 'transliteration', 'close']);

export function nameComparison(): Comparison<R> {
  // Names are compared in the pair's own order (left, right), so no answer depends on which names came before.
  const tokenPairs = createTokenPairMemo();
  const compare = memoisedPairFunction<NameComparison>((left, right) =>
    compareNames(left.record.name, right.record.name, tokenPairs),
  );
  const is = (wanted: NameComparison['level']) => (left: R, right: R) =>
    compare(left, right).level === wanted;
  // The names agree, fathers' names included: a namesake rarely has the same father's name too.
  const withFather = (left: R, right: R) => {
    const comparison = compare(left, right);
    return comparison.fathersAgree && AGREEING_NAMES.has(comparison.level);
  };
  return {
    id: 'full_name',
    costly: true,
    // True pairs whose names share nothing under any reading are rare: more means EM mistook pairs that
    // agree on something else (a placeholder date) for matches.
    maxMatchesAtElse: 0.2,
    cacheStats: () => ({ tokenPairs: tokenPairs.stats() }),
    describe: (record) => nameText(record.record.name),
    hasValue: (record) => record.nameKeys.length > 0,
    mayAgree: (left, right) => left.nameKeys.some((key) => right.nameKeys.includes(key)),
    levels: [
      { ...nullLevel<R>(() => false), matches: is('missing') },
      level('sameFather', withFather, { m: 0.1, u: 0.00002, termFrequency: true }),
      level('exact', is('exact'), { m: 0.55, u: 0.0005, termFrequency: true }),
      level('transliteration', is('transliteration'), { m: 0.2, u: 0.0005, termFrequency: true }),
      level('close', is('close'), { m: 0.15, u: 0.001 }),
      level('partial', is('partial'), { m: 0.07, u: 0.02 }),
      level('partlyDifferent', is('partlyDifferent'), { m: 0.01, u: 0.03 }),
      elseLevel({ m: 0.02, u: 0.9485 }),
    ],
  };
}

export function dateComparison(id: 'birth_date' | 'event_date'): Comparison<R> {
  const read = (record: R): PartialDate | undefined =>
    id === 'birth_date' ? record.record.birthDate : record.record.eventDate;
  const compare = memoisedPairFunction<DateAgreement>((left, right) => compareDates(read(left), read(right)));
  const is = (wanted: DateAgreement) => (left: R, right: R) => compare(left, right) === wanted;
  return {
    id,
    describe: (record) => formatPartialDate(read(record)),
    hasValue: (record) => read(record)?.year !== undefined,
    levels: [
      { ...nullLevel<R>(() => false), matches: is('missing') },
      level('exact', is('exact'), { m: 0.6, u: 0.0001, termFrequency: true }),
      level('dayMonthSwap', is('dayMonthSwap'), { m: 0.03, u: 0.00005 }),
      level('partialEqual', is('partialEqual'), { m: 0.04, u: 0.002 }),
      level('yearOffByOne', is('yearOffByOne'), { m: 0.04, u: 0.0003 }),
      // The year is all one side gives (or a 1 January placeholder): it agrees, or is one apart.
      level('yearOnlyEqual', is('yearOnlyEqual'), { m: 0.08, u: 0.02 }),
      level('oneComponentDiffers', is('oneComponentDiffers'), { m: 0.1, u: 0.003 }),
      level('yearOnlyOffByOne', is('yearOnlyOffByOne'), { m: 0.02, u: 0.04 }),
      level('sameYear', is('sameYear'), { m: 0.04, u: 0.02 }),
      level('yearWithinTwo', is('yearWithinTwo'), { m: 0.03, u: 0.05 }),
      elseLevel({ m: 0.04, u: 0.9066 }),
    ],
  };
}

export function documentNumberComparison(): Comparison<R> {
  const value = (record: R) => record.documentNumber;
  return {
    id: 'document_number',
    describe: (record) => record.record.documentNumber ?? '',
    hasValue: (record) => value(record) !== undefined,
    levels: [
      nullLevel((record) => value(record) === undefined),
      level('exact', (l, r) => value(l) === value(r), { m: 0.7, u: 0.00001 }),
      level(
        'oneEdit',
        (l, r) => {
          const a = value(l) ?? '';
          const b = value(r) ?? '';
          return Math.min(a.length, b.length) >= 4 && withinOneEdit(a, b);
        },
        { m: 0.1, u: 0.0001 },
      ),
      elseLevel({ m: 0.2, u: 0.99989 }),
    ],
  };
}

/** How two written places compare as names (Ханкенди / Xankəndi: one name), each pair read once. */
const placeLevels = new WeakMap<PlaceKey, WeakMap<PlaceKey, NameComparison['level']>>();

function placeNameLevel(a: PlaceKey, b: PlaceKey): NameComparison['level'] {
  if (!a.name || !b.name) return a.canonical === b.canonical ? 'exact' : 'different';
  let known = placeLevels.get(a);
  if (!known) {
    known = new WeakMap();
    placeLevels.set(a, known);
  }
  let level = known.get(b);
  if (level === undefined) {
    level = compareNames(a.name, b.name).level;
    known.set(b, level);
  }
  return level;
}

/** One name in any spelling: a common fine key, or names that compare as the same. */
function placesEqual(a: PlaceKey, b: PlaceKey): boolean {
  if (a === b) return true;
  for (const key of a.variants) if (b.variants.has(key)) return true;
  const level = placeNameLevel(a, b);
  return level === 'exact' || level === 'transliteration';
}

export function placeComparison(
  id: 'birth_place' | 'event_place',
  settings: ComparisonSettings = {},
): Comparison<R> {
  const read = (record: R) => (id === 'birth_place' ? record.birthPlace : record.eventPlace);
  const raw = (record: R) => (id === 'birth_place' ? record.record.birthPlace : record.record.eventPlace);
  const resolver = placeResolver(settings.placeEquivalences);
  return {
    id,
    describe: (record) => raw(record) ?? '',
    hasValue: (record) => read(record) !== undefined,
    levels: [
      nullLevel((record) => read(record) === undefined),
      level('exact', (l, r) => placesEqual(read(l)!, read(r)!), { m: 0.8, u: 0.05 }),
      // Each side's own name for one place (Stepanakert / Xankəndi), from the caller's equivalences.
      level('samePlace', (l, r) => resolver !== undefined && equivalentPlaces(resolver, read(l)!, read(r)!), {
        m: 0.1,
        u: 0.005,
      }),
      level('close', (l, r) => placeNameLevel(read(l)!, read(r)!) === 'close', { m: 0.08, u: 0.01 }),
      elseLevel({ m: 0.12, u: 0.94 }),
    ],
  };
}

export function addressComparison(): Comparison<R> {
  const similarity = memoisedPairFunction((left: R, right: R) =>
    tokenSetSimilarity(left.addressTokens ?? [], right.addressTokens ?? []),
  );
  return {
    id: 'address',
    costly: true,
    describe: (record) => record.record.address ?? '',
    hasValue: (record) => record.address !== undefined,
    levels: [
      nullLevel((record) => record.address === undefined),
      level('exact', (l, r) => l.address === r.address, { m: 0.6, u: 0.001 }),
      level('close', (l, r) => similarity(l, r) >= 0.8, { m: 0.15, u: 0.005, params: { threshold: 0.8 } }),
      level('partial', (l, r) => similarity(l, r) >= 0.5, { m: 0.1, u: 0.05, params: { threshold: 0.5 } }),
      elseLevel({ m: 0.15, u: 0.944 }),
    ],
  };
}

/** The digits of a unit, in groups ("в/ч 12345" and "12345 saylı hərbi hissə" are both "12345"). */
export function unitDigits(value: string): string {
  return value.replace(/\D+/g, ' ').trim();
}

export function unitComparison(): Comparison<R> {
  // Each side writes the same unit its own way around the number: the number is the unit.
  const sameUnit = (l: R, r: R) => {
    if (l.unit === r.unit) return true;
    const digits = unitDigits(l.unit!);
    return digits !== '' && digits === unitDigits(r.unit!);
  };
  return {
    id: 'unit',
    describe: (record) => record.record.unit ?? '',
    hasValue: (record) => record.unit !== undefined,
    levels: [
      nullLevel((record) => record.unit === undefined),
      level('exact', sameUnit, { m: 0.7, u: 0.1 }),
      level(
        'close',
        (l, r) => {
          const a = unitDigits(l.unit!);
          const b = unitDigits(r.unit!);
          if (a.length >= 4 && b.length >= 4 && withinOneEdit(a, b)) return true;
          return jaroWinkler(l.unit!, r.unit!) >= 0.9;
        },
        { m: 0.1, u: 0.05 },
      ),
      elseLevel({ m: 0.2, u: 0.85 }),
    ],
  };
}

export function rankComparison(settings: ComparisonSettings = {}): Comparison<R> {
  const resolver = rankResolver(settings.rankEquivalences);
  return {
    id: 'rank',
    describe: (record) => record.record.rank ?? '',
    hasValue: (record) => record.rank !== undefined,
    levels: [
      nullLevel((record) => record.rank === undefined),
      level('exact', (l, r) => l.rank === r.rank, { m: 0.6, u: 0.25 }),
      // One rank in each army's language (կրտսեր սերժանտ / kiçik çavuş), from the caller's equivalences.
      level('sameRank', (l, r) => resolver !== undefined && equivalentRanks(resolver, l.rank!, r.rank!), {
        m: 0.15,
        u: 0.05,
      }),
      elseLevel({ m: 0.25, u: 0.7 }),
    ],
  };
}

export function sexComparison(): Comparison<R> {
  return {
    id: 'sex',
    describe: (record) => record.record.sex ?? '',
    hasValue: (record) => record.record.sex !== undefined,
    levels: [
      nullLevel((record) => record.record.sex === undefined),
      level('exact', (l, r) => l.record.sex === r.record.sex, { m: 0.97, u: 0.5 }),
      elseLevel({ m: 0.03, u: 0.5 }),
    ],
  };
}

/** Every comparison the engine knows, in the order explanations list them. */
export function defaultComparisons(settings: ComparisonSettings = {}): Comparison<R>[] {
  return [
    nameComparison(),
    sexComparison(),
    dateComparison('birth_date'),
    placeComparison('birth_place', settings),
    addressComparison(),
    documentNumberComparison(),
    unitComparison(),
    rankComparison(settings),
    dateComparison('event_date'),
    placeComparison('event_place', settings),
  ];
}
