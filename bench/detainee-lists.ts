// Generates synthetic detainee lists as two parties would type them: Armenian, Azerbaijani and Russian
// people, written in Armenian script, Azerbaijani Latin, Russian Cyrillic or English, with typos, partial
// and wrong dates, duplicates and namesakes. Names come from the faker lists in the shared data folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './names-data.js';

const NAME_LISTS = join(sharedDir(), 'data', 'names', 'name_lists');

export interface GeneratedRow {
  id: string;
  full_name: string;
  sex: string;
  birth_date: string;
  birth_place: string;
  document_number: string;
  unit: string;
  /** The generated person behind the row: equal on both sides means a true link. */
  person: number;
}

export interface GeneratedLists {
  left: GeneratedRow[];
  right: GeneratedRow[];
  /** Pairs (left id, right id) of the same person; with duplicates a person may have several. */
  truePairs: Set<string>;
}

type Nationality = 'armenian' | 'azerbaijani' | 'russian';

interface Person {
  nationality: Nationality;
  sex: 'm' | 'f';
  given: string;
  family: string;
  father: string;
  year: number;
  month: number;
  day: number;
  place: string;
  document: string;
  unit: string;
}

function random32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readLists(file: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const line of readFileSync(`${NAME_LISTS}/${file}`, 'utf8').split('\n').slice(1)) {
    const [list, name] = line.split('\t');
    if (!name) continue;
    lists.set(list, [...(lists.get(list) ?? []), name.trim()]);
  }
  return lists;
}

const ARMENIAN_TO_LATIN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
  և: 'ev',
};
const ARMENIAN_TO_RUSSIAN: Record<string, string> = {
  ա: 'а',
  բ: 'б',
  գ: 'г',
  դ: 'д',
  ե: 'е',
  զ: 'з',
  է: 'э',
  ը: 'ы',
  թ: 'т',
  ժ: 'ж',
  ի: 'и',
  լ: 'л',
  խ: 'х',
  ծ: 'ц',
  կ: 'к',
  հ: 'г',
  ձ: 'дз',
  ղ: 'х',
  ճ: 'ч',
  մ: 'м',
  յ: 'й',
  ն: 'н',
  շ: 'ш',
  ո: 'о',
  չ: 'ч',
  պ: 'п',
  ջ: 'дж',
  ռ: 'р',
  ս: 'с',
  վ: 'в',
  տ: 'т',
  ր: 'р',
  ց: 'ц',
  ւ: 'в',
  փ: 'п',
  ք: 'к',
  օ: 'о',
  ֆ: 'ф',
  և: 'ев',
};
const AZERBAIJANI_TO_ENGLISH: Record<string, string> = {
  ə: 'a',
  ş: 'sh',
  ç: 'ch',
  ğ: 'gh',
  ı: 'i',
  i: 'i',
  ö: 'o',
  ü: 'u',
  x: 'kh',
  c: 'j',
  q: 'g',
};
const AZERBAIJANI_TO_RUSSIAN: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'дж',
  ç: 'ч',
  d: 'д',
  e: 'е',
  ə: 'а',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  h: 'г',
  x: 'х',
  ı: 'ы',
  i: 'и',
  j: 'ж',
  k: 'к',
  q: 'г',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  ö: 'ё',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ü: 'ю',
  v: 'в',
  y: 'й',
  z: 'з',
};
const RUSSIAN_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('ru') + word.slice(1);
}

function mapLetters(word: string, table: Record<string, string>, locale: string): string {
  let out = '';
  const lower = word.toLocaleLowerCase(locale);
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i];
    // Armenian ու is one vowel; յա is я in Russian.
    if (table === ARMENIAN_TO_RUSSIAN && char === 'ո' && lower[i + 1] === 'ւ') {
      out += 'у';
      i++;
      continue;
    }
    if (table === ARMENIAN_TO_LATIN && char === 'ո' && lower[i + 1] === 'ւ') {
      out += 'u';
      i++;
      continue;
    }
    if (table === ARMENIAN_TO_RUSSIAN && char === 'յ' && lower[i + 1] === 'ա') {
      out += 'я';
      i++;
      continue;
    }
    out += table[char] ?? char;
  }
  return capitalise(out);
}

const PLACES: Record<Nationality, string[]> = {
  armenian: [
    'Երևան',
    'Գյումրի',
    'Վանաձոր',
    'Աբովյան',
    'Կապան',
    'Գորիս',
    'Սիսիան',
    'Իջևան',
    'Մարտունի',
    'Ստեփանակերտ',
  ],
  azerbaijani: [
    'Bakı',
    'Gəncə',
    'Sumqayıt',
    'Mingəçevir',
    'Şəki',
    'Lənkəran',
    'Bərdə',
    'Ağdam',
    'Füzuli',
    'Tərtər',
  ],
  russian: ['Москва', 'Ростов-на-Дону', 'Краснодар', 'Ставрополь', 'Волгоград', 'Самара'],
};

export function generateDetaineeLists(size: number, seed = 1): GeneratedLists {
  const random = random32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const hy = readLists('faker_hy_AM_person_names.tsv');
  const az = readLists('faker_az_AZ_person_names.tsv');
  const ru = readLists('faker_ru_RU_person_names.tsv');

  const newPerson = (): Person => {
    const roll = random();
    const nationality: Nationality = roll < 0.45 ? 'armenian' : roll < 0.9 ? 'azerbaijani' : 'russian';
    const sex = chance(0.9) ? 'm' : 'f';
    const given = (lists: Map<string, string[]>) =>
      pick(lists.get(sex === 'm' ? 'first_names_male' : 'first_names_female')!);
    const person = (fields: Pick<Person, 'given' | 'family' | 'father'>): Person => ({
      nationality,
      sex,
      ...fields,
      year: 1960 + Math.floor(random() * 44),
      month: 1 + Math.floor(random() * 12),
      day: 1 + Math.floor(random() * 28),
      place: pick(PLACES[nationality]),
      document: `${nationality === 'armenian' ? 'AN' : nationality === 'azerbaijani' ? 'AZE' : 'RU'}${String(
        Math.floor(random() * 1e8),
      ).padStart(8, '0')}`,
      unit: String(10000 + Math.floor(random() * 90000)),
    });
    if (nationality === 'armenian') {
      return person({
        given: given(hy),
        family: pick(hy.get('last_names')!),
        father: pick(hy.get('first_names_male')!),
      });
    }
    if (nationality === 'azerbaijani') {
      const family = pick([
        ...az.get(sex === 'm' ? 'last_names_male' : 'last_names_female')!,
        ...az.get('last_names_unisex')!,
      ]);
      return person({ given: given(az), family, father: pick(az.get('first_names_male')!) });
    }
    return person({
      given: given(ru),
      family: pick(ru.get(sex === 'm' ? 'last_names_male' : 'last_names_female')!),
      father: pick(ru.get(sex === 'm' ? 'middle_names_male' : 'middle_names_female')!),
    });
  };

  type Writing = 'original' | 'latin' | 'cyrillic';
  const write = (word: string, nationality: Nationality, writing: Writing): string => {
    if (writing === 'original') return word;
    if (nationality === 'armenian')
      return mapLetters(word, writing === 'latin' ? ARMENIAN_TO_LATIN : ARMENIAN_TO_RUSSIAN, 'hy');
    if (nationality === 'azerbaijani') {
      return mapLetters(word, writing === 'latin' ? AZERBAIJANI_TO_ENGLISH : AZERBAIJANI_TO_RUSSIAN, 'az');
    }
    return writing === 'latin' ? mapLetters(word, RUSSIAN_TO_LATIN, 'ru') : word;
  };
  const typo = (word: string): string => {
    if (word.length < 4) return word;
    const at = 1 + Math.floor(random() * (word.length - 2));
    const kind = random();
    if (kind < 0.4) return word.slice(0, at) + word.slice(at + 1);
    if (kind < 0.7) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    return word.slice(0, at) + word[at - 1] + word.slice(at);
  };
  const pad = (n: number) => String(n).padStart(2, '0');

  const render = (person: Person, index: number, id: string, writing: Writing): GeneratedRow => {
    let given = write(person.given, person.nationality, writing);
    let family = write(person.family, person.nationality, writing);
    if (chance(0.08)) given = typo(given);
    if (chance(0.08)) family = typo(family);
    let father = '';
    if (person.nationality === 'azerbaijani' && chance(0.4)) {
      const word =
        person.sex === 'm'
          ? { original: 'oğlu', latin: 'oglu', cyrillic: 'оглы' }
          : { original: 'qızı', latin: 'kyzy', cyrillic: 'кызы' };
      father = `${write(person.father, person.nationality, writing)} ${word[writing]}`;
    } else if (person.nationality === 'russian' && chance(0.6)) {
      father = write(person.father, person.nationality, writing);
    }
    const surnameFirst = chance(0.5);
    const full = (surnameFirst ? [family, given, father] : [given, father, family]).filter(Boolean).join(' ');
    let { year, month, day } = person;
    const dateRoll = random();
    let birth: string;
    if (dateRoll < 0.05) birth = '';
    else if (dateRoll < 0.15) birth = String(year);
    else {
      if (dateRoll < 0.18 && day <= 12) [day, month] = [month, day];
      else if (dateRoll < 0.21) year += chance(0.5) ? 1 : -1;
      birth = chance(0.5) ? `${year}-${pad(month)}-${pad(day)}` : `${pad(day)}.${pad(month)}.${year}`;
    }
    return {
      id,
      full_name: full,
      sex: chance(0.7) ? person.sex : '',
      birth_date: birth,
      birth_place: chance(0.6) ? write(person.place, person.nationality, writing) : '',
      document_number: chance(0.5) ? (chance(0.03) ? typo(person.document) : person.document) : '',
      unit: chance(0.3) ? person.unit : '',
      person: index,
    };
  };

  const people: Person[] = [];
  const nextPerson = (): number => {
    // Namesakes: a new person who shares an earlier person's name.
    if (people.length > 0 && chance(0.05)) {
      const twin = people[Math.floor(random() * people.length)];
      people.push({
        ...newPerson(),
        nationality: twin.nationality,
        given: twin.given,
        family: twin.family,
        sex: twin.sex,
      });
    } else people.push(newPerson());
    return people.length - 1;
  };
  const left: GeneratedRow[] = [];
  const right: GeneratedRow[] = [];
  const truePairs = new Set<string>();
  const leftIdOf = new Map<number, string>();
  // Left: `size` people in their own script or Latin. Right: `size` rows, 70% people of the left and the
  // rest others, in Russian Cyrillic or Latin, 2% of them written twice.
  while (left.length < size) {
    const p = nextPerson();
    const id = `L${left.length + 1}`;
    left.push(render(people[p], p, id, chance(0.6) ? 'original' : 'latin'));
    leftIdOf.set(p, id);
  }
  let shared = 0;
  while (right.length < size) {
    const p = chance(0.7) && shared < people.length ? shared++ : nextPerson();
    const copies = chance(0.02) ? 2 : 1;
    for (let c = 0; c < copies && right.length < size; c++) {
      const id = `R${right.length + 1}`;
      const writing: Writing =
        people[p].nationality === 'russian'
          ? chance(0.7)
            ? 'original'
            : 'latin'
          : chance(0.5)
            ? 'cyrillic'
            : 'latin';
      right.push(render(people[p], p, id, writing));
      const leftId = leftIdOf.get(p);
      if (leftId) truePairs.add(`${leftId}\u0000${id}`);
    }
  }
  return { left, right, truePairs };
}
