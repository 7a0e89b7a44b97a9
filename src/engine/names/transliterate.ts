import type { Script } from './types.js';

// Romanisation tables. Letter values follow the standards described in
// /work/shared/data/names/transliteration (ICU/CLDR transforms, Unicode licence; iuliia, MIT;
// interscript maps, MIT), reduced to one phonemic ASCII spelling per letter so that every standard's
// output meets the same form. Ambiguous letters get variants (see latinVariants and cyrillicVariants).

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  ј: 'y',
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
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'gh',
  ҹ: 'j',
  ү: 'u',
  һ: 'h',
  ө: 'o',
  ҝ: 'g',
  ҳ: 'h',
  қ: 'k',
  ң: 'n',
  ұ: 'u',
  џ: 'j',
  ђ: 'j',
  ћ: 'ch',
  љ: 'ly',
  њ: 'ny',
  ѕ: 'dz',
  ӣ: 'i',
  ӯ: 'u',
  ӑ: 'a',
  ӗ: 'e',
  ҫ: 's',
  ӳ: 'u',
};

const ARMENIAN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'e',
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
  և: 'ev',
  օ: 'o',
  ֆ: 'f',
};

const ARM_VOWEL = /[աեէըիոօ]/u;

/** Armenian script (lowercase) to the phonemic Latin form (Eastern Armenian values). */
export function armenianToLatin(s: string): string {
  let out = '';
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const prev = i > 0 ? chars[i - 1] : '';
    const atStart = i === 0 || prev === '-';
    const next = chars[i + 1] ?? '';
    if (ch === 'ո' && next === 'ւ') {
      out += 'u';
      i++;
      continue;
    }
    if (ch === 'ո' && atStart) {
      out += 'vo';
      continue;
    }
    if (ch === 'ե' && (atStart || ARM_VOWEL.test(prev))) {
      out += 'ye';
      continue;
    }
    if (ch === 'յ' && atStart) {
      // Old orthography: initial Յ before a vowel is h (Յակոբ = Հակոբ).
      out += 'h';
      continue;
    }
    if (ch === 'և' && atStart) {
      out += 'yev';
      continue;
    }
    out += ARMENIAN[ch] ?? (ch === '-' ? '-' : '');
  }
  return out;
}

/** Cyrillic (lowercase) to the phonemic Latin form. */
export function cyrillicToLatin(s: string): string {
  // In Azerbaijani Cyrillic ы is the dotless ı (Гасымов = Qasımov), in Russian it is y.
  const azerbaijani = /[әҹғүһөҝј]/u.test(s);
  let out = '';
  for (const ch of s) {
    const v = azerbaijani && ch === 'ы' ? 'i' : CYRILLIC[ch];
    if (v !== undefined) out += v;
    else if (ch === '-') out += '-';
    else if (/[a-z]/.test(ch)) out += ch;
  }
  return out;
}

// Latin letters with diacritics, first pass (before digraph rules). Two-letter outputs are phonemic digraphs.
const LATIN_LETTERS: Record<string, string> = {
  ə: 'a',
  ä: 'a',
  ş: 'sh',
  ș: 'sh',
  ç: 'C',
  ğ: 'gh',
  ǧ: 'gh',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  š: 'sh',
  ž: 'zh',
  č: 'C',
  ć: 'C',
  ś: 'sh',
  ź: 'zh',
  ż: 'zh',
  ł: 'l',
  ñ: 'n',
  ń: 'n',
  ǰ: 'j',
  ġ: 'gh',
  ŝ: 'shC',
  đ: 'dj',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ț: 'ts',
  ţ: 'ts',
  ḥ: 'h',
  ḫ: 'kh',
  ẖ: 'kh',
  ř: 'rzh',
  ŭ: 'u',
  ʹ: '',
  ʺ: '',
  ё: 'e',
};

const AZ_MARK = /[əşçğı]/u;
// ISO 9 / GOST 7.79 writes я, ю as â, û; Romanian, French and Turkish â, û come with their own letters.
const ISO9_MARK = /[čšžŝĉ]|[âû](?!.*[șțçéèàîô])/u;
const CENTRAL_EU_MARK = /(sch|sz|cz|w|ł|ż|ś|ź|ń|ć|č|š|ž|ř)/u;
const POLISH_MARK = /(sz|cz|ł|ż|ś|ź|ń|ć|ą|ę|ó)/u;

/**
 * Latin (lowercase, NFC) to the phonemic Latin form; returns one or more readings, the likeliest first.
 * Handles English, German, Polish, French, Czech/Croatian, ISO 9 / ISO 9985 and Azerbaijani spellings.
 * `azerbaijani`: another part of the same name is plainly Azerbaijani (CAVADOV RƏŞAD), so this part's
 * c is dzh and x is kh though it has no letter of its own to say so.
 */
export function latinVariants(input: string, azerbaijani = false): string[] {
  const az = azerbaijani || AZ_MARK.test(input);
  const iso9 = ISO9_MARK.test(input);
  const central = CENTRAL_EU_MARK.test(input);
  const isoArm = /[ēōǰġ]|ow/u.test(input) && !central;
  let s = '';
  for (const ch of input) {
    if (ch in LATIN_LETTERS) {
      s += LATIN_LETTERS[ch];
      continue;
    }
    if (iso9 && ch === 'â') {
      s += 'ya';
      continue;
    }
    if (iso9 && ch === 'û') {
      s += 'yu';
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    s += base;
  }
  // Capitals mark letters already certain: J is dzh, C is ch (from č, tsch): no variants for them.
  s = s.replace(/[^a-zJC-]/g, '');
  if (isoArm) s = s.replace(/ow/g, 'u');
  // Digraphs of German, Polish, French and others, longest first.
  s = s
    .replace(/szcz/g, 'shC')
    .replace(/shh/g, 'shC')
    .replace(/tsch/g, 'C')
    .replace(/tch/g, 'C')
    .replace(/tsh/g, 'C')
    .replace(/dsch/g, 'j')
    .replace(/sch/g, 'sh')
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'T')
    .replace(/rz/g, az ? 'rz' : 'R')
    .replace(/dzh/g, 'J')
    .replace(/dj/g, 'J')
    .replace(/tz/g, 'ts')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v');
  s = s.replace(/q/g, 'g');

  // Letters with several readings: c, j, ch. Build variants.
  let variants = [s];
  const expand = (re: RegExp, pick: (m: string, off: number, str: string) => string[]) => {
    const out: string[] = [];
    for (const v of variants) {
      const options: string[][] = [];
      const parts: string[] = [];
      let last = 0;
      v.replace(re, (m: string, ...rest: unknown[]) => {
        const off = rest[rest.length - 2] as number;
        parts.push(v.slice(last, off));
        options.push(pick(m, off, v));
        last = off + m.length;
        return m;
      });
      parts.push(v.slice(last));
      if (options.length === 0) {
        out.push(v);
        continue;
      }
      // First option everywhere, then each alternative applied everywhere (not the full product).
      const width = Math.max(...options.map((o) => o.length));
      for (let k = 0; k < width; k++) {
        let r = parts[0];
        for (let i = 0; i < options.length; i++) r += (options[i][k] ?? options[i][0]) + parts[i + 1];
        out.push(r);
      }
    }
    variants = dedupe(out).slice(0, 6);
  };
  // x: Azerbaijani x is kh (Xəlilov, Muxtar), English x is ks (Alexander).
  expand(/x/g, (_m, off) => (az || off === 0 ? ['kh'] : ['ks', 'kh']));
  // c not in ch: ts (Polish, German, Czech, ISO 9985), j (Azerbaijani), k (English).
  expand(/c(?!h)/g, (_m, off, str) => {
    if (az) return ['J'];
    const next = str[off + 1] ?? '';
    return /[eiy]/.test(next) ? ['ts', 's', 'J', 'ch'] : ['ts', 'k', 'J', 'ch'];
  });
  // ch: English ch (ч); German, Polish and Czech ch is kh (х); French ch is sh (ш: Pachinian, Bachar).
  expand(/ch/g, () => (central ? ['kh'] : az ? ['ch'] : ['ch', 'kh', 'sh']));
  // j: English dzh; German/Polish/Czech/ICU y; Azerbaijani and French zh (Jukov).
  expand(/j/g, () => (az ? ['zh'] : central ? ['y', 'j', 'zh'] : ['j', 'y', 'zh']));
  // The likeliest reading first: j between a consonant and a vowel, or before a consonant or at the end,
  // is y (Tsarukjan, Sergej); j at the start or between vowels is dzh (Jafarov, Aghajanyan).
  if (!az && !central && variants[0].includes('j')) {
    const guess = variants[0].replace(/j/g, (_m, off: number, str: string) => {
      const prev = off > 0 ? str[off - 1] : '';
      const next = str[off + 1] ?? '';
      const vowelNext = /[aeiouy]/.test(next);
      return (prev && !/[aeiouy-]/.test(prev) && vowelNext) || !vowelNext ? 'y' : 'j';
    });
    variants = dedupe([guess, ...variants]).slice(0, 6);
  }
  // rz: Polish zh (Grzegorz) or just r and z (Mirza, Herzog).
  expand(/R/g, () => (POLISH_MARK.test(input) ? ['zh', 'rz'] : ['rz', 'zh']));
  // cz: Polish ch (ч); GOST 7.79 system B ts (ц: Voronczov).
  expand(/T/g, () => ['ch', 'ts']);
  return variants.map((v) => v.replace(/J/g, 'j').replace(/C/g, 'ch'));
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Alternative readings of Cyrillic renderings: г may stand for h (Оганесян), х for h (Рахим). */
export function cyrillicVariants(primary: string, source: string): string[] {
  const out = [primary];
  const hasG = source.includes('г');
  const hasKh = source.includes('х');
  if (hasG) out.push(cyrillicToLatin(source.replace(/г/g, 'һ')));
  if (hasKh) out.push(cyrillicToLatin(source.replace(/х/g, 'һ')));
  if (hasG && hasKh) out.push(cyrillicToLatin(source.replace(/[гх]/g, 'һ')));
  return dedupe(out);
}

/**
 * Georgian (Mkhedruli) to Latin by the national romanisation of 2002, without the ejectives' apostrophes
 * (კ k, პ p, ტ t, წ ts, ჭ ch), as names are written in passports and in Latin-script lists.
 */
const GEORGIAN: Record<string, string> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

/** Mtavruli (Georgian capitals) sit 0xBC0 above their Mkhedruli letters. */
const MTAVRULI_OFFSET = 0x1c90 - 0x10d0;

/** Georgian letters of a token romanised, other characters kept; null when it has no Georgian letter. */
export function georgianToLatin(s: string): string | null {
  let out = '';
  let found = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const lower = cp >= 0x1c90 && cp <= 0x1cbf ? String.fromCodePoint(cp - MTAVRULI_OFFSET) : ch;
    const v = GEORGIAN[lower];
    if (v !== undefined) found = true;
    out += v ?? lower;
  }
  return found ? out : null;
}

/** Phonemic Latin readings of a case-folded token in the given script, likeliest first. */
export function toLatinReadings(folded: string, script: Script, azerbaijani = false): string[] {
  if (script === 'armenian') {
    const p = armenianToLatin(folded);
    // Mixed tokens may carry Latin letters too.
    return [p + latinVariants(folded.replace(/[\u0530-\u058f]/gu, ''), azerbaijani)[0]];
  }
  if (script === 'cyrillic') {
    return cyrillicVariants(cyrillicToLatin(folded), folded);
  }
  if (script === 'latin') return latinVariants(folded, azerbaijani);
  const georgian = georgianToLatin(folded);
  if (georgian !== null) return latinVariants(georgian);
  // Other scripts: strip marks, keep letters as they are (no romanisation).
  return [folded.normalize('NFD').replace(/\p{M}/gu, '').replace(/-/g, '')];
}
