import type { ColumnMapping, ListField } from '../../exchange/list-fields.js';
import type { ListKind } from '../../exchange/types.js';
import { dateText, fathersName } from './clerk.js';
import { seededDice } from './dice.js';
import { type Person, Population } from './population.js';
import { writeName } from './writing.js';

/** One generated list file, as a liaison would upload it: headers in the party's language, rows in two scripts. */
export interface DemoListFile {
  partyCode: 'AM' | 'AZ';
  kind: ListKind;
  fileName: string;
  headers: string[];
  /** Each row with its number in the file (header = 1). */
  rows: { row: number; values: string[] }[];
  /** The generated person behind each row, in the order of `rows`: equal across files means the same person. */
  persons: number[];
  mapping: ColumnMapping;
}

/** The scripts the demo's clerks write in: their own side's, or Russian. */
type ClerkScript = 'hy' | 'az' | 'ru';

const RANKS: Readonly<Record<ClerkScript, readonly string[]>> = {
  hy: ['շարքային', 'շարքային', 'շարքային', 'կրտսեր սերժանտ', 'սերժանտ', 'լեյտենանտ', 'կապիտան'],
  ru: ['рядовой', 'рядовой', 'рядовой', 'младший сержант', 'сержант', 'лейтенант', 'капитан'],
  az: ['əsgər', 'əsgər', 'əsgər', 'kiçik çavuş', 'çavuş', 'leytenant', 'kapitan'],
};
const CATEGORY: Readonly<Record<ClerkScript, { serviceman: string; civilian: string }>> = {
  hy: { serviceman: 'զինծառայող', civilian: 'քաղաքացիական' },
  ru: { serviceman: 'военнослужащий', civilian: 'гражданский' },
  az: { serviceman: 'hərbçi', civilian: 'mülki' },
};
const UNIT_WORD: Readonly<Record<ClerkScript, string>> = { hy: 'զ/մ', ru: 'в/ч', az: 'h/h' };

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

/**
 * The demo's four lists (each party's missing and held), the same for a given seed: Armenians and Azerbaijanis,
 * some on both sides' lists, written by each side's clerks in its own script or in Russian, with duplicates.
 */
export function generateDemoLists(seed = 20201214): DemoListFile[] {
  const dice = seededDice(seed);
  const population = new Population(dice);

  function listFile(
    partyCode: 'AM' | 'AZ',
    kind: ListKind,
    persons: Person[],
    nativeShare: number,
    duplicates: number,
  ): DemoListFile {
    const own: ClerkScript = partyCode === 'AM' ? 'hy' : 'az';
    const headerOf: Partial<Record<ListField, string>> = {
      ...HEADERS[partyCode],
      ...(kind === 'missing' ? MISSING_EVENT_HEADERS[partyCode] : {}),
    };
    const fields = Object.keys(headerOf) as ListField[];
    const headers = [...fields.map((f) => headerOf[f] as string), NOTE_HEADER[partyCode]];
    const entries = dice.shuffle([...persons, ...persons.slice(0, duplicates)]);
    const style = partyCode === 'AM' ? 'dmy' : dice.chance(0.5) ? 'dmy' : 'iso';
    const lines = entries.map((p) => {
      const script: ClerkScript = dice.chance(nativeShare) ? own : 'ru';
      const value: Record<ListField, string> = {
        full_name: '',
        family_name: writeName(p.family, p.nation, script),
        given_name: writeName(p.given, p.nation, script),
        fathers_name: dice.chance(0.9) ? fathersName(p, script, false) : '',
        sex: '',
        birth_date: dateText(dice, p.birth, style, true),
        birth_place: dice.chance(0.85) ? p.birthPlace[script] : '',
        rank: p.serviceman ? (RANKS[script][p.rank] ?? '') : '',
        unit: p.serviceman && dice.chance(0.8) ? `${UNIT_WORD[script]} ${p.unit}` : '',
        event_date: dateText(dice, p.eventDate, style, dice.chance(0.5)),
        event_place: dice.chance(0.9) ? p.eventPlace[script] : '',
        category: CATEGORY[script][p.serviceman ? 'serviceman' : 'civilian'],
        service_number: '',
        detention_place: '',
        source_id: '',
      };
      return [
        ...fields.map((f) => value[f]),
        dice.chance(0.05) ? (own === 'hy' ? 'ստուգել' : 'yoxlanılmalı') : '',
      ];
    });
    return {
      partyCode,
      kind,
      fileName: `${partyCode.toLowerCase()}-${kind}-2020-12.${partyCode === 'AM' ? 'xlsx' : 'csv'}`,
      headers,
      rows: lines.map((values, i) => ({ row: i + 2, values })),
      persons: entries.map((p) => p.id),
      mapping: Object.fromEntries(fields.map((f) => [f, headerOf[f]])) as ColumnMapping,
    };
  }

  // Armenians: 220 claimed missing by Armenia, 90 held by Azerbaijan, 70 of them on both lists.
  const armenians = Array.from({ length: 240 }, () => population.add('hy'));
  const heldByAz = armenians.slice(0, 90);
  const missingAm = [...armenians.slice(20, 90), ...armenians.slice(90)];
  // Azerbaijanis: 60 claimed missing by Azerbaijan, 30 held by Armenia, 20 of them on both lists.
  const azerbaijanis = Array.from({ length: 70 }, () => population.add('az'));
  const heldByAm = azerbaijanis.slice(0, 30);
  const missingAz = [...azerbaijanis.slice(10, 30), ...azerbaijanis.slice(30)];

  return [
    listFile('AM', 'missing', missingAm, 0.7, 3),
    listFile('AM', 'held', heldByAm, 0.5, 1),
    listFile('AZ', 'missing', missingAz, 0.7, 2),
    listFile('AZ', 'held', heldByAz, 0.6, 2),
  ];
}
