// How each side writes a name it hears or reads: conventional Russian forms of Armenian and Azerbaijani
// names, English spellings, Azerbaijani Latin spellings of Armenian names, Armenian-script spellings of
// Russian forms. Written for this generator from the conventions clerks follow, with the randomness those
// conventions leave (Айк or Гайк, Мамедов or Маммедов, Qriqoryan or Grigoryan).

export type Random = () => number;

function capitalise(word: string): string {
  if (word === '') return word;
  return word.charAt(0).toLocaleUpperCase('ru') + word.slice(1);
}

const chance = (random: Random, p: number) => random() < p;

// --- Armenian script → Russian conventional form -------------------------------------------------------

const ARM_TO_RU: Record<string, string> = {
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
  ձ: 'дз',
  ճ: 'ч',
  մ: 'м',
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
};

/** Armenian script to the form a Russian clerk writes: initial հ dropped or г, ղ as г or х, յան as ян. */
export function armenianToRussian(word: string, random: Random): string {
  const chars = Array.from(word.toLowerCase());
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1] ?? '';
    const atStart = i === 0;
    if (ch === 'ո' && next === 'ւ') {
      out += 'у';
      i++;
      continue;
    }
    if (ch === 'յ' && next === 'ա') {
      out += 'я';
      i++;
      continue;
    }
    if (ch === 'յ' && next === 'ո' && chars[i + 2] === 'ւ') {
      out += 'ю';
      i += 2;
      continue;
    }
    if (ch === 'ի' && next === 'ա') {
      out += 'иа';
      i++;
      continue;
    }
    if (ch === 'հ') {
      if (atStart) out += next === 'ր' || chance(random, 0.45) ? 'г' : '';
      else if (chars[i - 1] === 'վ') out = `${out.slice(0, -1)}${chance(random, 0.5) ? 'г' : 'в'}`;
      else out += chance(random, 0.5) ? 'г' : chance(random, 0.5) ? 'х' : '';
      continue;
    }
    if (ch === 'ղ') {
      out += atStart ? 'к' : chance(random, 0.6) ? 'г' : 'х';
      continue;
    }
    if (ch === 'ո' && atStart) {
      out += 'во';
      continue;
    }
    if (ch === 'ե' && atStart) {
      out += 'е';
      continue;
    }
    if (ch === 'և') {
      out += 'ев';
      continue;
    }
    if (ch === 'յ') {
      out += 'й';
      continue;
    }
    // Final -րգ is heard as -рк (Геворк).
    if (ch === 'գ' && i === chars.length - 1 && chars[i - 1] === 'ր') {
      out += 'к';
      continue;
    }
    out += ARM_TO_RU[ch] ?? '';
  }
  // A doubled consonant is often written single (Ованесян).
  if (chance(random, 0.5)) out = out.replace(/нн/g, 'н');
  return capitalise(out);
}

// --- Armenian script → English ------------------------------------------------------------------------

const ARM_TO_EN: Record<string, string> = {
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
};

/** Armenian script to an English spelling; -yan or -ian, Ye- or E- at the start. */
export function armenianToEnglish(word: string, random: Random): string {
  const chars = Array.from(word.toLowerCase());
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1] ?? '';
    if (ch === 'ո' && next === 'ւ') {
      out += 'u';
      i++;
      continue;
    }
    if (ch === 'ո' && i === 0) {
      out += 'vo';
      continue;
    }
    if (ch === 'ե' && i === 0) {
      out += chance(random, 0.7) ? 'ye' : 'e';
      continue;
    }
    if (ch === 'և') {
      out += i === 0 ? 'yev' : 'ev';
      continue;
    }
    out += ARM_TO_EN[ch] ?? '';
  }
  if (out.endsWith('yan') && chance(random, 0.25)) out = `${out.slice(0, -3)}ian`;
  return capitalise(out);
}

// --- Armenian script → Azerbaijani Latin (how the Azerbaijani side writes an Armenian name) -----------

const ARM_TO_AZ: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'q',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'ı',
  թ: 't',
  ժ: 'j',
  ի: 'i',
  լ: 'l',
  խ: 'x',
  ծ: 's',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'ğ',
  ճ: 'ç',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'ş',
  ո: 'o',
  չ: 'ç',
  պ: 'p',
  ջ: 'c',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 's',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
};

/** Armenian script straight into Azerbaijani letters: ջ is c (Hakobcanyan), գ often q (Qriqoryan). */
export function armenianToAzerbaijani(word: string, random: Random): string {
  const chars = Array.from(word.toLowerCase());
  const gAsQ = chance(random, 0.6);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1] ?? '';
    if (ch === 'ո' && next === 'ւ') {
      out += 'u';
      i++;
      continue;
    }
    if (ch === 'ո' && i === 0) {
      out += 'vo';
      continue;
    }
    if (ch === 'ե' && i === 0) {
      out += 'ye';
      continue;
    }
    if (ch === 'և') {
      out += 'ev';
      continue;
    }
    if (ch === 'գ' && !gAsQ) {
      out += 'g';
      continue;
    }
    if (ch === 'հ' && i === 0 && chance(random, 0.3)) continue;
    out += ARM_TO_AZ[ch] ?? '';
  }
  return capitaliseAz(out);
}

// --- Russian → Azerbaijani Latin, Russian → Armenian script, Russian → English ------------------------

const RU_TO_AZ: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'q',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
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
  х: 'x',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ы: 'ı',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ь: '',
  ъ: '',
};

export function russianToAzerbaijani(word: string): string {
  const lower = word.toLowerCase().replace(/дж/g, 'c');
  let out = '';
  for (const ch of lower) out += ch === 'c' ? 'c' : (RU_TO_AZ[ch] ?? '');
  return capitaliseAz(out);
}

const RU_TO_ARM: Record<string, string> = {
  а: 'ա',
  б: 'բ',
  в: 'վ',
  г: 'գ',
  д: 'դ',
  е: 'ե',
  ё: 'յո',
  ж: 'ժ',
  з: 'զ',
  и: 'ի',
  й: 'յ',
  к: 'կ',
  л: 'լ',
  м: 'մ',
  н: 'ն',
  о: 'ո',
  п: 'պ',
  р: 'ր',
  с: 'ս',
  т: 'տ',
  у: 'ու',
  ф: 'ֆ',
  х: 'խ',
  ц: 'ց',
  ч: 'չ',
  ш: 'շ',
  щ: 'շչ',
  ы: 'ը',
  э: 'է',
  ю: 'յու',
  я: 'յա',
  ь: '',
  ъ: '',
};

/** A Russian form into Armenian letters (how the Armenian side writes an Azerbaijani name it heard). */
export function russianToArmenian(word: string): string {
  const lower = word.toLowerCase().replace(/дж/g, 'ջ');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if (ch === 'ջ') out += 'ջ';
    else if (ch === 'о' && i === 0) out += 'օ';
    else if (ch === 'е' && i === 0) out += 'է';
    else out += RU_TO_ARM[ch] ?? '';
  }
  return out.charAt(0).toLocaleUpperCase('hy') + out.slice(1);
}

const RU_TO_EN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
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
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ь: '',
  ъ: '',
};

export function russianToEnglish(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += RU_TO_EN[ch] ?? '';
  return capitalise(out);
}

// --- Azerbaijani Latin → Russian conventional form, → English -----------------------------------------

/** Azerbaijani Latin to the Russian form: Məmmədov → Мамедов, Hüseynov → Гусейнов, Cəfərov → Джафаров. */
export function azerbaijaniToRussian(word: string, random: Random): string {
  const s = lowerAz(word);
  let out = '';
  let seenVowel = false;
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1] ?? '';
    const atStart = i === 0;
    if (ch === next && 'mnlr'.includes(ch) && chance(random, 0.7)) continue;
    if (ch === 'y' && (next === 'e' || next === 'ə') && i > 0) {
      out += 'е';
      i++;
      seenVowel = true;
      continue;
    }
    if (ch === 'y' && next === 'a') {
      out += 'я';
      i++;
      continue;
    }
    if (ch === 'y' && next === 'u') {
      out += 'ю';
      i++;
      continue;
    }
    switch (ch) {
      case 'ə':
        out += !seenVowel || chance(random, 0.5) ? 'а' : 'е';
        seenVowel = true;
        continue;
      case 'a':
        out += 'а';
        break;
      case 'b':
        out += 'б';
        break;
      case 'c':
        out += 'дж';
        break;
      case 'ç':
        out += 'ч';
        break;
      case 'd':
        out += 'д';
        break;
      case 'e':
        out += atStart ? 'э' : 'е';
        break;
      case 'f':
        out += 'ф';
        break;
      case 'g':
        out += 'г';
        break;
      case 'ğ':
        out += 'г';
        break;
      case 'h':
        out += atStart || chance(random, 0.5) ? 'г' : 'х';
        break;
      case 'x':
        out += 'х';
        break;
      case 'ı':
        out += 'ы';
        break;
      case 'i':
        out += 'и';
        break;
      case 'j':
        out += 'ж';
        break;
      case 'k':
        out += 'к';
        break;
      case 'q':
        out += atStart ? 'г' : chance(random, 0.5) ? 'г' : 'к';
        break;
      case 'l':
        out += 'л';
        break;
      case 'm':
        out += 'м';
        break;
      case 'n':
        out += 'н';
        break;
      case 'o':
        out += 'о';
        break;
      case 'ö':
        out += 'ё';
        break;
      case 'p':
        out += 'п';
        break;
      case 'r':
        out += 'р';
        break;
      case 's':
        out += 'с';
        break;
      case 'ş':
        out += 'ш';
        break;
      case 't':
        out += 'т';
        break;
      case 'u':
        out += 'у';
        break;
      case 'ü':
        out += chance(random, 0.5) ? 'у' : 'ю';
        break;
      case 'v':
        out += 'в';
        break;
      case 'y':
        out += 'й';
        break;
      case 'z':
        out += 'з';
        break;
      default:
        break;
    }
    if ('aeiıoöuü'.includes(ch)) seenVowel = true;
  }
  return capitalise(out);
}

const AZ_TO_EN: Record<string, string> = {
  ə: 'a',
  ş: 'sh',
  ç: 'ch',
  c: 'j',
  x: 'kh',
  ğ: 'gh',
  q: 'g',
  ı: 'i',
  ö: 'o',
  ü: 'u',
};

export function azerbaijaniToEnglish(word: string): string {
  let out = '';
  for (const ch of lowerAz(word)) out += AZ_TO_EN[ch] ?? ch;
  return capitalise(out);
}

// --- Azerbaijani casing -----------------------------------------------------------------------------------

export function lowerAz(word: string): string {
  return word.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}

export function upperAz(word: string): string {
  return word.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();
}

function capitaliseAz(word: string): string {
  if (word === '') return word;
  return upperAz(word.charAt(0)) + word.slice(1);
}

/** A word in capitals in the script's own casing rules. */
export function inCapitals(word: string, azerbaijani: boolean): string {
  return azerbaijani ? upperAz(word) : word.toLocaleUpperCase('ru');
}

// --- Slips of the pen ------------------------------------------------------------------------------------

/** A doubled letter written once, or a single one written twice (HOVHANISYAN, MAMMEDOV). */
export function doubledOrDropped(word: string, random: Random): string {
  const chars = Array.from(word);
  const doubled: number[] = [];
  for (let i = 1; i < chars.length; i++)
    if (chars[i].toLowerCase() === chars[i - 1].toLowerCase()) doubled.push(i);
  if (doubled.length > 0 && chance(random, 0.6)) {
    const at = doubled[Math.floor(random() * doubled.length)];
    return [...chars.slice(0, at), ...chars.slice(at + 1)].join('');
  }
  const consonants: number[] = [];
  for (let i = 1; i < chars.length - 1; i++)
    if (!/[aeiouəıöüyаеиоуыэюяաեէըիոօ]/iu.test(chars[i])) consonants.push(i);
  if (consonants.length === 0) return word;
  const at = consonants[Math.floor(random() * consonants.length)];
  return [...chars.slice(0, at + 1), chars[at], ...chars.slice(at + 1)].join('');
}

/** A keyboard slip: one letter dropped, two swapped, or one repeated in the wrong place. */
export function typo(word: string, random: Random): string {
  const chars = Array.from(word);
  if (chars.length < 4) return word;
  const at = 1 + Math.floor(random() * (chars.length - 2));
  const roll = random();
  if (roll < 0.35) return [...chars.slice(0, at), ...chars.slice(at + 1)].join('');
  if (roll < 0.7) return [...chars.slice(0, at), chars[at + 1], chars[at], ...chars.slice(at + 2)].join('');
  return [...chars.slice(0, at), chars[at - 1], ...chars.slice(at + 1)].join('');
}
