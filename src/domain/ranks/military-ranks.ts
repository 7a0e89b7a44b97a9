/**
 * Military ranks of the armed forces whose lists Parley reads, as data: each rank with its name in English,
 * Russian, Armenian and Azerbaijani, the abbreviations and Latin spellings lists use, and its grade on the NATO
 * STANAG 2116 scale (OR-1 … OF-8) so that ranks of different armies can be compared; the three lieutenant ranks,
 * all OF-1 there, are told apart as OF-1a, b and c.
 *
 * Sources: Armenia, Law on Military Service and the Status of Servicemen (HO-206-N, 2017); Azerbaijan,
 * Regulation on Military Service (Hərbi xidmətkeçmə haqqında Əsasnamə, 2001), "Hərbi rütbələrin adları";
 * Russia, Federal Law 53-FZ "On Military Duty and Military Service", art. 46. Grades after STANAG 2116.
 */
export interface MilitaryRank {
  id: string;
  grade: string;
  names: { en: string; ru: string; hy: string; az: string };
  /** Other ways lists write it: abbreviations, transliterations, older forms. */
  aliases: readonly string[];
}

export const MILITARY_RANKS: readonly MilitaryRank[] = [
  {
    id: 'private',
    grade: 'OR-1',
    names: { en: 'private', ru: 'рядовой', hy: 'շարքային', az: 'əsgər' },
    aliases: [
      'ryadovoy',
      'riadovoi',
      'sharqayin',
      'sharkayin',
      'esger',
      'asgar',
      'soldier',
      'матрос',
      'matros',
    ],
  },
  {
    id: 'private_first_class',
    grade: 'OR-2',
    names: { en: 'private first class', ru: 'ефрейтор', hy: 'եֆրեյտոր', az: 'baş əsgər' },
    aliases: [
      'efreytor',
      'yefreytor',
      'jefrejtor',
      'lance corporal',
      'bash esger',
      'baş matros',
      'старший матрос',
    ],
  },
  {
    id: 'junior_sergeant',
    grade: 'OR-3',
    names: { en: 'junior sergeant', ru: 'младший сержант', hy: 'կրտսեր սերժանտ', az: 'kiçik çavuş' },
    aliases: [
      'мл. сержант',
      'мл сержант',
      'mladshiy serzhant',
      'mladshii serzhant',
      'krtser serzhant',
      'kichik chavush',
      'corporal',
    ],
  },
  {
    id: 'sergeant',
    grade: 'OR-4',
    names: { en: 'sergeant', ru: 'сержант', hy: 'սերժանտ', az: 'çavuş' },
    aliases: ['serzhant', 'serjant', 'chavush', 'çavuş'],
  },
  {
    id: 'senior_sergeant',
    grade: 'OR-5',
    names: { en: 'senior sergeant', ru: 'старший сержант', hy: 'ավագ սերժանտ', az: 'baş çavuş' },
    aliases: [
      'ст. сержант',
      'ст сержант',
      'starshiy serzhant',
      'avag serzhant',
      'bash chavush',
      'staff sergeant',
    ],
  },
  {
    id: 'sergeant_major',
    grade: 'OR-6',
    names: { en: 'sergeant major', ru: 'старшина', hy: 'ավագ', az: 'starşina' },
    aliases: ['starshina', 'главный старшина', 'avag'],
  },
  {
    id: 'junior_warrant_officer',
    grade: 'OR-7',
    names: { en: 'junior warrant officer', ru: 'младший прапорщик', hy: 'կրտսեր ենթասպա', az: 'kiçik gizir' },
    aliases: ['kichik gizir', 'kiçik miçman', 'krtser yentaspa'],
  },
  {
    id: 'warrant_officer',
    grade: 'OR-8',
    names: { en: 'warrant officer', ru: 'прапорщик', hy: 'ենթասպա', az: 'gizir' },
    aliases: ['praporshchik', 'praporshik', 'yentaspa', 'entaspa', 'miçman', 'мичман', 'michman'],
  },
  {
    id: 'senior_warrant_officer',
    grade: 'OR-9',
    names: { en: 'senior warrant officer', ru: 'старший прапорщик', hy: 'ավագ ենթասպա', az: 'baş gizir' },
    aliases: [
      'ст. прапорщик',
      'starshiy praporshchik',
      'avag yentaspa',
      'bash gizir',
      'baş miçman',
      'старший мичман',
    ],
  },
  {
    id: 'junior_lieutenant',
    grade: 'OF-1a',
    names: {
      en: 'junior lieutenant',
      ru: 'младший лейтенант',
      hy: 'կրտսեր լեյտենանտ',
      az: 'kiçik leytenant',
    },
    aliases: ['мл. лейтенант', 'мл лейтенант', 'mladshiy leytenant', 'krtser leytenant', 'kichik leytenant'],
  },
  {
    id: 'lieutenant',
    grade: 'OF-1b',
    names: { en: 'lieutenant', ru: 'лейтенант', hy: 'լեյտենանտ', az: 'leytenant' },
    aliases: ['leitenant', 'lejtenant', 'lt'],
  },
  {
    id: 'senior_lieutenant',
    grade: 'OF-1c',
    names: { en: 'senior lieutenant', ru: 'старший лейтенант', hy: 'ավագ լեյտենանտ', az: 'baş leytenant' },
    aliases: [
      'ст. лейтенант',
      'ст лейтенант',
      'starshiy leytenant',
      'avag leytenant',
      'bash leytenant',
      'first lieutenant',
    ],
  },
  {
    id: 'captain',
    grade: 'OF-2',
    names: { en: 'captain', ru: 'капитан', hy: 'կապիտան', az: 'kapitan' },
    aliases: ['kapitan', 'kapitan-leytenant', 'капитан-лейтенант', 'capt'],
  },
  {
    id: 'major',
    grade: 'OF-3',
    names: { en: 'major', ru: 'майор', hy: 'մայոր', az: 'mayor' },
    aliases: ['mayor', 'maior', 'major', '3-cü dərəcəli kapitan', 'капитан 3-го ранга'],
  },
  {
    id: 'lieutenant_colonel',
    grade: 'OF-4',
    names: { en: 'lieutenant colonel', ru: 'подполковник', hy: 'փոխգնդապետ', az: 'polkovnik-leytenant' },
    aliases: [
      'podpolkovnik',
      'p/polkovnik',
      'п/полковник',
      'pokhgndapet',
      'polkovnik leytenant',
      'lt col',
      'капитан 2-го ранга',
    ],
  },
  {
    id: 'colonel',
    grade: 'OF-5',
    names: { en: 'colonel', ru: 'полковник', hy: 'գնդապետ', az: 'polkovnik' },
    aliases: ['polkovnik', 'gndapet', 'col', 'капитан 1-го ранга'],
  },
  {
    id: 'major_general',
    grade: 'OF-6',
    names: { en: 'major general', ru: 'генерал-майор', hy: 'գեներալ-մայոր', az: 'general-mayor' },
    aliases: ['general-major', 'general mayor', 'генерал майор'],
  },
  {
    id: 'lieutenant_general',
    grade: 'OF-7',
    names: {
      en: 'lieutenant general',
      ru: 'генерал-лейтенант',
      hy: 'գեներալ-լեյտենանտ',
      az: 'general-leytenant',
    },
    aliases: ['general-leytenant', 'генерал лейтенант'],
  },
  {
    id: 'colonel_general',
    grade: 'OF-8',
    names: { en: 'colonel general', ru: 'генерал-полковник', hy: 'գեներալ-գնդապետ', az: 'general-polkovnik' },
    aliases: ['general-polkovnik', 'генерал полковник'],
  },
];
