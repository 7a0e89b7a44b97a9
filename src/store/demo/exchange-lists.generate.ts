import type { ColumnMapping, ListField } from '../../domain/exchange/list-fields.js';
import type { ListKind } from '../../domain/exchange/types.js';
import type { UploadedRow } from '../exchange/upload.repository.js';
import {
  ARMENIAN_FAMILY_NAMES,
  ARMENIAN_FEMALE_GIVEN_NAMES,
  ARMENIAN_MALE_GIVEN_NAMES,
  AZERBAIJANI_FAMILY_NAMES,
  AZERBAIJANI_FEMALE_GIVEN_NAMES,
  AZERBAIJANI_MALE_GIVEN_NAMES,
} from './exchange-lists.names.js';
import {
  armenianToAzerbaijani,
  armenianToRussian,
  azerbaijaniToArmenian,
  azerbaijaniToRussian,
} from './exchange-lists.transliterate.js';

/** One generated list file, as a liaison would upload it: headers in the party's language, rows in two scripts. */
export interface DemoListFile {
  partyCode: 'AM' | 'AZ';
  kind: ListKind;
  fileName: string;
  headers: string[];
  rows: UploadedRow[];
  mapping: ColumnMapping;
}

type Nation = 'hy' | 'az';
type Script = 'hy' | 'az' | 'ru';
type Place = Readonly<Record<Script, string>>;

interface Day {
  year: number;
  month: number;
  day: number;
}

interface Person {
  nation: Nation;
  sex: 'm' | 'f';
  given: string;
  family: string;
  father: string;
  birth: Day;
  birthPlace: Place;
  serviceman: boolean;
  rank: number;
  unit: string;
  eventDate: Day;
  eventPlace: Place;
}

/** mulberry32: a small seeded generator, so that every demo database holds the same lists. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARMENIAN_TOWNS: readonly Place[] = [
  { hy: 'Երևան', ru: 'Ереван', az: 'İrəvan' },
  { hy: 'Գյումրի', ru: 'Гюмри', az: 'Gümrü' },
  { hy: 'Վանաձոր', ru: 'Ванадзор', az: 'Vanadzor' },
  { hy: 'Կապան', ru: 'Капан', az: 'Qafan' },
  { hy: 'Գորիս', ru: 'Горис', az: 'Gorus' },
  { hy: 'Սիսիան', ru: 'Сисиан', az: 'Sisyan' },
  { hy: 'Ստեփանակերտ', ru: 'Степанакерт', az: 'Xankəndi' },
  { hy: 'Արմավիր', ru: 'Армавир', az: 'Armavir' },
];
const AZERBAIJANI_TOWNS: readonly Place[] = [
  { hy: 'Բաքու', ru: 'Баку', az: 'Bakı' },
  { hy: 'Գյանջա', ru: 'Гянджа', az: 'Gəncə' },
  { hy: 'Սումգայիթ', ru: 'Сумгаит', az: 'Sumqayıt' },
  { hy: 'Շաքի', ru: 'Шеки', az: 'Şəki' },
  { hy: 'Մինգեչաուր', ru: 'Мингечевир', az: 'Mingəçevir' },
  { hy: 'Լենքորան', ru: 'Ленкорань', az: 'Lənkəran' },
  { hy: 'Բարդա', ru: 'Барда', az: 'Bərdə' },
];
const FRONT_PLACES: readonly Place[] = [
  { hy: 'Հադրութ', ru: 'Гадрут', az: 'Hadrut' },
  { hy: 'Շուշի', ru: 'Шуша', az: 'Şuşa' },
  { hy: 'Ֆիզուլի', ru: 'Физули', az: 'Füzuli' },
  { hy: 'Ջաբրայիլ', ru: 'Джебраил', az: 'Cəbrayıl' },
  { hy: 'Կուբաթլու', ru: 'Кубатлы', az: 'Qubadlı' },
  { hy: 'Թալիշ', ru: 'Талыш', az: 'Talış' },
  { hy: 'Մատաղիս', ru: 'Мадагиз', az: 'Suqovuşan' },
];
const RANKS: Readonly<Record<Script, readonly string[]>> = {
  hy: ['շարքային', 'շարքային', 'շարքային', 'կրտսեր սերժանտ', 'սերժանտ', 'լեյտենանտ', 'կապիտան'],
  ru: ['рядовой', 'рядовой', 'рядовой', 'младший сержант', 'сержант', 'лейтенант', 'капитан'],
  az: ['əsgər', 'əsgər', 'əsgər', 'kiçik çavuş', 'çavuş', 'leytenant', 'kapitan'],
};
const CATEGORY: Readonly<Record<Script, { serviceman: string; civilian: string }>> = {
  hy: { serviceman: 'զինծառայող', civilian: 'քաղաքացիական' },
  ru: { serviceman: 'военнослужащий', civilian: 'гражданский' },
  az: { serviceman: 'hərbçi', civilian: 'mülki' },
};
const UNIT_WORD: Readonly<Record<Script, string>> = { hy: 'զ/մ', ru: 'в/ч', az: 'h/h' };

const HEADERS: Readonly<Record<'AM' | 'AZ', Readonly<Partial<Record<ListField, string>>>>> = {
  AM: {
    family_name: 'Ազգանուն',
    given_name: 'Անուն',
    fathers_name: 'Հայրանուն',
    birth_date: 'Ծննդյան ամսաթիվ',
    birth_place: 'Ծննդավայր',
    rank: 'Կոչում',
    unit: 'Զորամաս',
    event_date: 'Գերեվարման ամսաթիվ',
    event_place: 'Գերեվարման վայր',
    category: 'Կարգավիճակ',
  },
  AZ: {
    family_name: 'Soyadı',
    given_name: 'Adı',
    fathers_name: 'Atasının adı',
    birth_date: 'Doğum tarixi',
    birth_place: 'Doğum yeri',
    rank: 'Hərbi rütbə',
    unit: 'Hərbi hissə',
    event_date: 'Əsir düşmə tarixi',
    event_place: 'Əsir düşmə yeri',
    category: 'Kateqoriya',
  },
};
// A missing list gives the date and place of disappearance where a held list gives those of capture.
const MISSING_EVENT_HEADERS: Readonly<Record<'AM' | 'AZ', { event_date: string; event_place: string }>> = {
  AM: { event_date: 'Անհետացման ամսաթիվ', event_place: 'Անհետացման վայր' },
  AZ: { event_date: 'İtkin düşmə tarixi', event_place: 'İtkin düşmə yeri' },
};
const NOTE_HEADER: Readonly<Record<'AM' | 'AZ', string>> = { AM: 'Նշումներ', AZ: 'Qeyd' };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function generateDemoLists(seed = 20201214): DemoListFile[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  const day = (from: Day, spanDays: number): Day => {
    const date = new Date(
      Date.UTC(from.year, from.month - 1, from.day) + Math.floor(random() * spanDays) * 86_400_000,
    );
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  };

  function person(nation: Nation): Person {
    const serviceman = chance(0.8);
    const sex = serviceman || chance(0.6) ? 'm' : 'f';
    const males = nation === 'hy' ? ARMENIAN_MALE_GIVEN_NAMES : AZERBAIJANI_MALE_GIVEN_NAMES;
    const females = nation === 'hy' ? ARMENIAN_FEMALE_GIVEN_NAMES : AZERBAIJANI_FEMALE_GIVEN_NAMES;
    const family = pick(nation === 'hy' ? ARMENIAN_FAMILY_NAMES : AZERBAIJANI_FAMILY_NAMES);
    return {
      nation,
      sex,
      given: pick(sex === 'm' ? males : females),
      family: nation === 'az' && sex === 'f' ? `${family}a` : family,
      father: pick(males),
      birth: serviceman
        ? day({ year: 1975, month: 1, day: 1 }, 27 * 365)
        : day({ year: 1940, month: 1, day: 1 }, 60 * 365),
      birthPlace: pick(nation === 'hy' ? ARMENIAN_TOWNS : AZERBAIJANI_TOWNS),
      serviceman,
      rank: Math.floor(random() * RANKS.ru.length),
      unit: String(10000 + Math.floor(random() * 89999)),
      eventDate: day({ year: 2020, month: 9, day: 27 }, 45),
      eventPlace: pick(FRONT_PLACES),
    };
  }

  function nameIn(text: string, nation: Nation, script: Script): string {
    if (script === nation) return text;
    if (nation === 'hy') return script === 'ru' ? armenianToRussian(text) : armenianToAzerbaijani(text);
    return script === 'ru' ? azerbaijaniToRussian(text) : azerbaijaniToArmenian(text);
  }

  function fathersName(p: Person, script: Script): string {
    const father = nameIn(p.father, p.nation, script);
    if (script === 'ru') {
      if (p.nation === 'az') return `${father} ${p.sex === 'm' ? 'оглы' : 'кызы'}`;
      const stem = /[аяеио]$/.test(father) ? father.slice(0, -1) : father.replace(/й$/, 'е');
      return `${stem}${p.sex === 'm' ? 'ович' : 'овна'}`;
    }
    if (script === 'hy' && p.nation === 'hy') return father.endsWith('ա') ? `${father}յի` : `${father}ի`;
    return father;
  }

  /** A date as one clerk writes it: now and then only the year, day and month swapped, a year off, or nothing. */
  function dateText(d: Day, style: 'dmy' | 'iso', careless: boolean): string {
    let { year, month, day: dd } = d;
    if (careless) {
      const roll = random();
      if (roll < 0.1) return String(year);
      if (roll < 0.14 && dd <= 12 && dd !== month) [month, dd] = [dd, month];
      else if (roll < 0.17) {
        year += chance(0.5) ? 1 : -1;
        if (month === 2 && dd === 29) dd = 28;
      } else if (roll < 0.2) return '';
    }
    return style === 'dmy' ? `${pad(dd)}.${pad(month)}.${year}` : `${year}-${pad(month)}-${pad(dd)}`;
  }

  function listFile(
    partyCode: 'AM' | 'AZ',
    kind: ListKind,
    persons: Person[],
    nativeShare: number,
    duplicates: number,
  ): DemoListFile {
    const own: Script = partyCode === 'AM' ? 'hy' : 'az';
    const headerOf: Partial<Record<ListField, string>> = {
      ...HEADERS[partyCode],
      ...(kind === 'missing' ? MISSING_EVENT_HEADERS[partyCode] : {}),
    };
    const fields = Object.keys(headerOf) as ListField[];
    const headers = [...fields.map((f) => headerOf[f] as string), NOTE_HEADER[partyCode]];
    const entries = [...persons, ...persons.slice(0, duplicates)];
    const style = partyCode === 'AM' ? 'dmy' : chance(0.5) ? 'dmy' : 'iso';
    const lines = shuffle(entries).map((p) => {
      const script: Script = chance(nativeShare) ? own : 'ru';
      const value: Record<ListField, string> = {
        full_name: '',
        family_name: nameIn(p.family, p.nation, script),
        given_name: nameIn(p.given, p.nation, script),
        fathers_name: chance(0.9) ? fathersName(p, script) : '',
        sex: '',
        birth_date: dateText(p.birth, style, true),
        birth_place: chance(0.85) ? p.birthPlace[script] : '',
        rank: p.serviceman ? (RANKS[script][p.rank] ?? '') : '',
        unit: p.serviceman && chance(0.8) ? `${UNIT_WORD[script]} ${p.unit}` : '',
        event_date: dateText(p.eventDate, style, chance(0.5)),
        event_place: chance(0.9) ? p.eventPlace[script] : '',
        category: CATEGORY[script][p.serviceman ? 'serviceman' : 'civilian'],
        service_number: '',
        detention_place: '',
        source_id: '',
      };
      return [
        ...fields.map((f) => value[f]),
        chance(0.05) ? (own === 'hy' ? 'ստուգել' : 'yoxlanılmalı') : '',
      ];
    });
    return {
      partyCode,
      kind,
      fileName: `${partyCode.toLowerCase()}-${kind}-2020-12.${partyCode === 'AM' ? 'xlsx' : 'csv'}`,
      headers,
      rows: lines.map((values, i) => ({ row: i + 2, values })),
      mapping: Object.fromEntries(fields.map((f) => [f, headerOf[f]])) as ColumnMapping,
    };
  }

  // Armenians: 220 claimed missing by Armenia, 90 held by Azerbaijan, 70 of them on both lists.
  const armenians = Array.from({ length: 240 }, () => person('hy'));
  const heldByAz = armenians.slice(0, 90);
  const missingAm = [...armenians.slice(20, 90), ...armenians.slice(90)];
  // Azerbaijanis: 60 claimed missing by Azerbaijan, 30 held by Armenia, 20 of them on both lists.
  const azerbaijanis = Array.from({ length: 70 }, () => person('az'));
  const heldByAm = azerbaijanis.slice(0, 30);
  const missingAz = [...azerbaijanis.slice(10, 30), ...azerbaijanis.slice(30)];

  return [
    listFile('AM', 'missing', missingAm, 0.7, 3),
    listFile('AM', 'held', heldByAm, 0.5, 1),
    listFile('AZ', 'missing', missingAz, 0.7, 2),
    listFile('AZ', 'held', heldByAz, 0.6, 2),
  ];
}
