// Rough renderings of names across the scripts the synthetic lists mix: what a clerk on the other side, one writing
// in Russian, or one writing for an English-speaking organisation would type. Conventional enough to look real,
// irregular enough to give the engine real work.

type Rule = readonly [from: string, to: string];

function render(word: string, rules: readonly Rule[], initial: readonly Rule[], locale: string): string {
  const text = word.toLocaleLowerCase(locale);
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const [from, to] of i === 0 ? [...initial, ...rules] : rules) {
      if (text.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

// Patronymic markers stay in lower case: `Rəşad oğlu`, `Рашад оглы`.
const LOWER_CASE_WORDS = new Set(['oğlu', 'qızı', 'оглы', 'кызы', 'օղլու', 'ղըզը']);

function capitalise(word: string, locale: string): string {
  if (LOWER_CASE_WORDS.has(word)) return word;
  return word.slice(0, 1).toLocaleUpperCase(locale) + word.slice(1);
}

function eachWord(text: string, fn: (word: string) => string): string {
  return text
    .split(/(\s+|-)/)
    .map((part) => (/^\s+$|^-$/.test(part) || part === '' ? part : fn(part)))
    .join('');
}

const ARMENIAN_TO_RUSSIAN: readonly Rule[] = [
  ['յու', 'ю'],
  ['յա', 'я'],
  ['իա', 'иа'],
  ['ու', 'у'],
  ['և', 'ев'],
  ['ա', 'а'],
  ['բ', 'б'],
  ['գ', 'г'],
  ['դ', 'д'],
  ['ե', 'е'],
  ['զ', 'з'],
  ['է', 'э'],
  ['ը', 'ы'],
  ['թ', 'т'],
  ['ժ', 'ж'],
  ['ի', 'и'],
  ['լ', 'л'],
  ['խ', 'х'],
  ['ծ', 'ц'],
  ['կ', 'к'],
  ['հ', 'г'],
  ['ձ', 'дз'],
  ['ղ', 'г'],
  ['ճ', 'ч'],
  ['մ', 'м'],
  ['յ', 'й'],
  ['ն', 'н'],
  ['շ', 'ш'],
  ['ո', 'о'],
  ['չ', 'ч'],
  ['պ', 'п'],
  ['ջ', 'дж'],
  ['ռ', 'р'],
  ['ս', 'с'],
  ['վ', 'в'],
  ['տ', 'т'],
  ['ր', 'р'],
  ['ց', 'ц'],
  ['ւ', 'в'],
  ['փ', 'п'],
  ['ք', 'к'],
  ['օ', 'о'],
  ['ֆ', 'ф'],
];
const ARMENIAN_TO_RUSSIAN_INITIAL: readonly Rule[] = [
  ['ո', 'во'],
  ['հով', 'ов'],
];

const ARMENIAN_TO_AZERBAIJANI: readonly Rule[] = [
  ['ու', 'u'],
  ['և', 'ev'],
  ['ա', 'a'],
  ['բ', 'b'],
  ['գ', 'q'],
  ['դ', 'd'],
  ['ե', 'e'],
  ['զ', 'z'],
  ['է', 'e'],
  ['ը', 'ı'],
  ['թ', 't'],
  ['ժ', 'j'],
  ['ի', 'i'],
  ['լ', 'l'],
  ['խ', 'x'],
  ['ծ', 'ts'],
  ['կ', 'k'],
  ['հ', 'h'],
  ['ձ', 'dz'],
  ['ղ', 'ğ'],
  ['ճ', 'ç'],
  ['մ', 'm'],
  ['յ', 'y'],
  ['ն', 'n'],
  ['շ', 'ş'],
  ['ո', 'o'],
  ['չ', 'ç'],
  ['պ', 'p'],
  ['ջ', 'c'],
  ['ռ', 'r'],
  ['ս', 's'],
  ['վ', 'v'],
  ['տ', 't'],
  ['ր', 'r'],
  ['ց', 'ts'],
  ['ւ', 'v'],
  ['փ', 'p'],
  ['ք', 'k'],
  ['օ', 'o'],
  ['ֆ', 'f'],
];
const ARMENIAN_TO_AZERBAIJANI_INITIAL: readonly Rule[] = [
  ['ե', 'ye'],
  ['ո', 'vo'],
];

const AZERBAIJANI_TO_RUSSIAN: readonly Rule[] = [
  ['oğlu', 'оглы'],
  ['qızı', 'кызы'],
  ['iyev', 'иев'],
  ['yev', 'ев'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['ye', 'е'],
  ['hü', 'гу'],
  ['yı', 'и'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'дж'],
  ['ç', 'ч'],
  ['d', 'д'],
  ['e', 'е'],
  ['ə', 'а'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'г'],
  ['h', 'г'],
  ['x', 'х'],
  ['ı', 'ы'],
  ['i', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['q', 'г'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['ö', 'ё'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['ü', 'ю'],
  ['v', 'в'],
  ['y', 'й'],
  ['z', 'з'],
];
const AZERBAIJANI_TO_RUSSIAN_INITIAL: readonly Rule[] = [
  ['ə', 'а'],
  ['e', 'э'],
];

const AZERBAIJANI_TO_ARMENIAN: readonly Rule[] = [
  ['iyev', 'իև'],
  ['yev', 'յև'],
  ['a', 'ա'],
  ['b', 'բ'],
  ['c', 'ջ'],
  ['ç', 'չ'],
  ['d', 'դ'],
  ['e', 'ե'],
  ['ə', 'ա'],
  ['f', 'ֆ'],
  ['g', 'գ'],
  ['ğ', 'ղ'],
  ['h', 'հ'],
  ['x', 'խ'],
  ['ı', 'ը'],
  ['i', 'ի'],
  ['j', 'ժ'],
  ['k', 'ք'],
  ['q', 'ղ'],
  ['l', 'լ'],
  ['m', 'մ'],
  ['n', 'ն'],
  ['o', 'ո'],
  ['ö', 'ո'],
  ['p', 'պ'],
  ['r', 'ր'],
  ['s', 'ս'],
  ['ş', 'շ'],
  ['t', 'թ'],
  ['u', 'ու'],
  ['ü', 'ու'],
  ['v', 'վ'],
  ['y', 'յ'],
  ['z', 'զ'],
];
const AZERBAIJANI_TO_ARMENIAN_INITIAL: readonly Rule[] = [
  ['e', 'է'],
  ['o', 'օ'],
];

// English-style renderings, letter by letter, as a clerk without a standard writes them.
const ARMENIAN_TO_ENGLISH: readonly Rule[] = [
  ['ու', 'u'],
  ['և', 'ev'],
  ['ա', 'a'],
  ['բ', 'b'],
  ['գ', 'g'],
  ['դ', 'd'],
  ['ե', 'e'],
  ['զ', 'z'],
  ['է', 'e'],
  ['ը', 'y'],
  ['թ', 't'],
  ['ժ', 'zh'],
  ['ի', 'i'],
  ['լ', 'l'],
  ['խ', 'kh'],
  ['ծ', 'ts'],
  ['կ', 'k'],
  ['հ', 'h'],
  ['ձ', 'dz'],
  ['ղ', 'gh'],
  ['ճ', 'ch'],
  ['մ', 'm'],
  ['յ', 'y'],
  ['ն', 'n'],
  ['շ', 'sh'],
  ['ո', 'o'],
  ['չ', 'ch'],
  ['պ', 'p'],
  ['ջ', 'j'],
  ['ռ', 'r'],
  ['ս', 's'],
  ['վ', 'v'],
  ['տ', 't'],
  ['ր', 'r'],
  ['ց', 'ts'],
  ['ւ', 'v'],
  ['փ', 'p'],
  ['ք', 'k'],
  ['օ', 'o'],
  ['ֆ', 'f'],
];
const AZERBAIJANI_TO_ENGLISH: readonly Rule[] = [
  ['ə', 'a'],
  ['ş', 'sh'],
  ['ç', 'ch'],
  ['ğ', 'gh'],
  ['ı', 'i'],
  ['ö', 'o'],
  ['ü', 'u'],
  ['x', 'kh'],
  ['c', 'j'],
  ['q', 'g'],
];
const RUSSIAN_TO_ENGLISH: readonly Rule[] = [
  ['а', 'a'],
  ['б', 'b'],
  ['в', 'v'],
  ['г', 'g'],
  ['д', 'd'],
  ['е', 'e'],
  ['ё', 'e'],
  ['ж', 'zh'],
  ['з', 'z'],
  ['и', 'i'],
  ['й', 'i'],
  ['к', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['о', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ф', 'f'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', 'ie'],
  ['ы', 'y'],
  ['ь', ''],
  ['э', 'e'],
  ['ю', 'iu'],
  ['я', 'ia'],
];
/** Writes each word of a text by `rules` (`initial` ones first at a word's start), capitalised for `to`. */
function writer(
  rules: readonly Rule[],
  initial: readonly Rule[],
  from: string,
  to: string,
): (text: string) => string {
  return (text) => eachWord(text, (w) => capitalise(render(w, rules, initial, from), to));
}

/** Whose name it is: its letters are that nation's (Armenian script, Azerbaijani Latin, Russian Cyrillic). */
export type Nation = 'hy' | 'az' | 'ru';
/** How it is written: Armenian script, Azerbaijani Latin, Russian Cyrillic, or an English transliteration. */
export type Script = 'hy' | 'az' | 'ru' | 'en';

const asWritten = (text: string) => text;
const russianToEnglish = writer(RUSSIAN_TO_ENGLISH, [], 'ru', 'en');

const WRITERS: Readonly<Record<Nation, Readonly<Record<Script, (text: string) => string>>>> = {
  hy: {
    hy: asWritten,
    az: writer(ARMENIAN_TO_AZERBAIJANI, ARMENIAN_TO_AZERBAIJANI_INITIAL, 'hy', 'az'),
    ru: writer(ARMENIAN_TO_RUSSIAN, ARMENIAN_TO_RUSSIAN_INITIAL, 'hy', 'ru'),
    // English: Petrosyan, Hovhannes, Ghukasyan.
    en: writer(ARMENIAN_TO_ENGLISH, [], 'hy', 'en'),
  },
  az: {
    hy: writer(AZERBAIJANI_TO_ARMENIAN, AZERBAIJANI_TO_ARMENIAN_INITIAL, 'az', 'hy'),
    az: asWritten,
    ru: writer(AZERBAIJANI_TO_RUSSIAN, AZERBAIJANI_TO_RUSSIAN_INITIAL, 'az', 'ru'),
    // English: Mammadov, Shahin, Jafarov.
    en: writer(AZERBAIJANI_TO_ENGLISH, [], 'az', 'en'),
  },
  // Russian names are not written in Armenian or Azerbaijani script on these lists: Cyrillic, or English.
  ru: { hy: asWritten, az: russianToEnglish, ru: asWritten, en: russianToEnglish },
};

/** A name of `nation` as a clerk writing in `script` types it. */
export function writeName(text: string, nation: Nation, script: Script): string {
  return WRITERS[nation][script](text);
}
