import { type NameInput, type ParsedName, parseName } from '../names/index.js';
import { parsePartialDate } from './parse-date.js';
import {
  type PartialDate,
  type PersonRecord,
  type RawRecord,
  RECOGNISED_FIELDS,
  type RecognisedField,
  type RecordWarning,
  type Sex,
} from './types.js';

const RECOGNISED = new Set<string>(RECOGNISED_FIELDS);

const MALE = new Set(['m', 'male', 'man', 'м', 'муж', 'мужской', 'kişi', 'k', 'ki', 'արական', 'ա']);
const FEMALE = new Set(['f', 'female', 'woman', 'w', 'ж', 'жен', 'женский', 'qadın', 'q', 'իգական', 'ի']);

function parseSex(value: string): Sex | undefined | null {
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  if (MALE.has(text)) return 'm';
  if (FEMALE.has(text)) return 'f';
  return null;
}

function present(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/** Lists repeat names (namesakes, common names); parsing each distinct input once is enough. */
const PARSE_CACHE_LIMIT = 200_000;
const parsedNames = new Map<string, ParsedName>();

function parseNameOnce(input: NameInput): ParsedName {
  const key = `${input.full ?? ''}\u0001${input.given ?? ''}\u0001${input.family ?? ''}\u0001${input.patronymic ?? ''}`;
  let parsed = parsedNames.get(key);
  if (parsed === undefined) {
    parsed = parseName(input);
    if (parsedNames.size >= PARSE_CACHE_LIMIT) parsedNames.clear();
    parsedNames.set(key, parsed);
  }
  return parsed;
}

/** One shared, frozen empty object for the records of lists with no other columns (most of them). */
const NO_EXTRA: Record<string, string> = Object.freeze({});

export interface BuiltRecord {
  record: PersonRecord;
  warnings: RecordWarning[];
}

/** Turns one input row into a PersonRecord; unreadable dates and sexes become missing and are reported. */
export function buildPersonRecord(raw: RawRecord): BuiltRecord {
  const id = raw.id?.trim() ?? '';
  const warnings: RecordWarning[] = [];
  const readDate = (field: RecognisedField): PartialDate | undefined => {
    const value = raw[field];
    const date = parsePartialDate(value);
    if (date === null) {
      warnings.push({ recordId: id, field, value: value ?? '', reason: 'unreadableDate' });
      return undefined;
    }
    return date;
  };
  const name = parseNameOnce({
    full: present(raw.full_name),
    given: present(raw.given_name),
    family: present(raw.family_name),
    patronymic: present(raw.patronymic),
  });
  let sex = parseSex(raw.sex ?? '');
  if (sex === null) {
    warnings.push({ recordId: id, field: 'sex', value: raw.sex ?? '', reason: 'unreadableSex' });
    sex = undefined;
  }
  let extra: Record<string, string> | undefined;
  for (const key in raw) {
    const value = raw[key];
    if (RECOGNISED.has(key) || value === undefined) continue;
    extra ??= {};
    extra[key] = value;
  }
  const record: PersonRecord = {
    id,
    name,
    sex: sex ?? name.sex,
    birthDate: readDate('birth_date'),
    birthPlace: present(raw.birth_place),
    address: present(raw.address),
    documentNumber: present(raw.document_number),
    unit: present(raw.unit),
    rank: present(raw.rank),
    eventDate: readDate('event_date'),
    eventPlace: present(raw.event_place),
    extra: extra ?? NO_EXTRA,
  };
  return { record, warnings };
}

export interface BuiltRecords {
  records: PersonRecord[];
  warnings: RecordWarning[];
}

export function buildPersonRecords(rows: readonly RawRecord[]): BuiltRecords {
  const records: PersonRecord[] = [];
  const warnings: RecordWarning[] = [];
  for (const row of rows) {
    const built = buildPersonRecord(row);
    records.push(built.record);
    warnings.push(...built.warnings);
  }
  return { records, warnings };
}
