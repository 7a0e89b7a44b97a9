import { type ColumnMapping, LIST_FIELDS, type ListField } from './list-fields.js';

// Header words in the four working languages and the usual English ones; matched on folded headers.
const HEADER_WORDS: Record<ListField, readonly string[]> = {
  full_name: ['full name', 'name', 'fio', 'фио', 'имя фамилия', 'անուն ազգանուն', 'ad soyad', 'tam ad'],
  family_name: ['family name', 'surname', 'last name', 'фамилия', 'ազգանուն', 'soyad', 'soyadı'],
  given_name: ['given name', 'first name', 'forename', 'имя', 'անուն', 'ad', 'adı'],
  fathers_name: [
    'father',
    "father's name",
    'patronymic',
    'middle name',
    'отчество',
    'հայրանուն',
    'ata adı',
    'atasının adı',
  ],
  sex: ['sex', 'gender', 'пол', 'սեռ', 'cins', 'cinsi'],
  birth_date: [
    'birth date',
    'date of birth',
    'dob',
    'born',
    'дата рождения',
    'ծննդյան ամսաթիվ',
    'doğum tarixi',
  ],
  birth_place: ['birth place', 'place of birth', 'место рождения', 'ծննդավայր', 'doğum yeri'],
  rank: ['rank', 'звание', 'կոչում', 'rütbə', 'hərbi rütbə'],
  unit: ['unit', 'military unit', 'в/ч', 'воинская часть', 'часть', 'զորամաս', 'hərbi hissə'],
  service_number: [
    'service number',
    'personal number',
    'личный номер',
    'жетон',
    'անձնական համար',
    'şəxsi nömrə',
  ],
  event_date: [
    'capture date',
    'date of capture',
    'disappearance date',
    'date missing',
    'дата пленения',
    'дата исчезновения',
    'գերեվարման ամսաթիվ',
    'əsir düşmə tarixi',
    'itkin düşmə tarixi',
  ],
  event_place: [
    'capture place',
    'place of capture',
    'place missing',
    'место пленения',
    'место исчезновения',
    'գերեվարման վայր',
    'əsir düşmə yeri',
    'itkin düşmə yeri',
  ],
  detention_place: [
    'detention place',
    'place of detention',
    'место содержания',
    'պահման վայր',
    'saxlanma yeri',
  ],
  category: ['category', 'status', 'категория', 'статус', 'կարգավիճակ', 'kateqoriya'],
  source_id: ['id', 'no', '№', 'number', 'record id', 'номер', 'համար', 'nömrə'],
};

export const foldHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[_.:;\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A first guess at the mapping from a file's headers: the remembered mapping of the party's last upload where its
 * columns still exist, then exact header words, each column used once.
 */
export function suggestMapping(headers: readonly string[], remembered: ColumnMapping = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of LIST_FIELDS) {
    const column = remembered[field];
    if (column !== undefined && headers.includes(column) && !used.has(column)) {
      mapping[field] = column;
      used.add(column);
    }
  }
  for (const field of LIST_FIELDS) {
    if (mapping[field] !== undefined) continue;
    const words = new Set(HEADER_WORDS[field].map(foldHeader));
    const column = headers.find(
      (h) => !used.has(h) && (foldHeader(h) === field.replace(/_/g, ' ') || words.has(foldHeader(h))),
    );
    if (column !== undefined) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}
