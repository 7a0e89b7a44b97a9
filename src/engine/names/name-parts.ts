import { detectScript } from './detect-script.js';
import { fineKey } from './name-key.js';
import { abbreviateLegalForms, cleanText, fixHomoglyphs, foldCase, splitTokens } from './normalize.js';
import { type BuiltToken, buildToken, publicToken } from './tokens.js';
import { toLatinReadings } from './transliterate.js';
import type { NameInput, ParsedName, TokenRole } from './types.js';

// Azerbaijani (and Turkic) patronymic markers that follow the father's name: Heydər oğlu, Гейдар оглы.
const SON_MARKERS = new Set([
  'oğlu',
  'oglu',
  'ogly',
  'oğlı',
  'ogli',
  'оглы',
  'оглу',
  'огли',
  'ugli',
  'ўғли',
  'угли',
]);
const DAUGHTER_MARKERS = new Set([
  'qızı',
  'qizi',
  'gizi',
  'gyzy',
  'kyzy',
  'kizi',
  'кызы',
  'гызы',
  'кизи',
  'qyzy',
  'qızy',
]);

const PATRONYMIC_CYR = /(?:ович|евич|ьич|ыч|овна|евна|ична|инична|овіч|евіч|аўна|еўна)$/u;
// Plain -ич (Ильич, Лукич) is also the end of given names (Мкртич): only when no stronger candidate.
const PATRONYMIC_CYR_WEAK = /(?:[^р]ич)$/u;
const PATRONYMIC_LAT =
  /(?:ovich|evich|ovitch|evitch|ovič|evič|ovych|evych|ovna|evna|ichna|yevich|yevna|ivna)$/u;

interface Raw {
  text: string;
  folded: string;
  fine: string;
}

const rawCache = new Map<string, Raw>();
const CACHE_LIMIT = 200_000;

function raw(text: string): Raw {
  let r = rawCache.get(text);
  if (!r) {
    r = rawUncached(text);
    if (rawCache.size >= CACHE_LIMIT) rawCache.clear();
    rawCache.set(text, r);
  }
  return r;
}

function rawUncached(text: string): Raw {
  const t = fixHomoglyphs(text);
  const folded = foldCase(t);
  const script = detectScript(t);
  return { text: t, folded, fine: fineKey(toLatinReadings(folded, script)[0] ?? '') };
}

function looksPatronymic(r: Raw): boolean {
  return (
    PATRONYMIC_CYR.test(r.folded) ||
    PATRONYMIC_LAT.test(r.folded) ||
    /(?:ovich|evich|ovna|evna)$/.test(r.fine)
  );
}

function looksArmenianGenitive(r: Raw): boolean {
  if (/[\u0530-\u058f]/u.test(r.folded))
    return /[^յ]ի$|այի$|ոյի$|ույի$|եի$/u.test(r.folded) && !/յան/u.test(r.folded);
  return false;
}

function looksLatinArmenianGenitive(r: Raw): boolean {
  return (
    /^[a-z]+$/.test(r.fine) && /(?:[bdgklmnprstvzh]i|[aeou][yj]i)$/u.test(r.folded) && !/yan/.test(r.fine)
  );
}

/** Evidence (0..3) that a token is a family name, from its ending. */
export function surnameScore(r: Raw): number {
  const f = r.fine;
  const t = r.folded;
  if (/(?:յան|յանց|եան|յանն)$/u.test(t)) return 3;
  if (/(?:yan|yants|yanc|yanz|unts)$/.test(f) && f.length >= 5) return 3;
  if (/(?:zade|zada|shvili|dze|enko|skiy|skaya|ski|ska|tski|ovich|evich)$/.test(f)) return 2.5;
  if (/(?:ov|ova|ev|eva)$/.test(f) && f.length >= 5) return 2.5;
  if (/(?:ли|лы|лу|li|lu|ly)$/u.test(t) && f.length >= 6) return 1.5;
  if (/(?:in|ina|yn|yna|uk|yuk|chuk|ko|yan)$/.test(f) && f.length >= 5) return 1;
  return 0;
}

function isUpperWord(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase() && s !== s.toLowerCase() && Array.from(s).length > 1;
}

interface Assigned {
  given: Raw[];
  family: Raw[];
  patronymic: { r: Raw; armenianGenitive: boolean }[];
  sex?: 'm' | 'f';
}

function splitFull(full: string): Assigned {
  const cleaned = abbreviateLegalForms(cleanText(full));
  const out: Assigned = { given: [], family: [], patronymic: [] };
  let before: string[] = [];
  let after: string[];
  const comma = cleaned.indexOf(',');
  if (comma >= 0) {
    before = splitTokens(cleaned.slice(0, comma));
    after = splitTokens(cleaned.slice(comma + 1));
  } else {
    after = splitTokens(cleaned);
  }
  const hasComma = comma >= 0 && before.length > 0;
  const all = (hasComma ? [...before, ...after] : after).map(raw);
  // Azerbaijani markers: the token before is the father's name.
  const marked = new Set<number>();
  const markerIdx = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    const f = all[i].folded;
    if (SON_MARKERS.has(f) || DAUGHTER_MARKERS.has(f)) {
      markerIdx.add(i);
      if (i > 0 && !markerIdx.has(i - 1)) marked.add(i - 1);
      out.sex = SON_MARKERS.has(f) ? 'm' : 'f';
    }
  }
  const idx = all.map((_, i) => i).filter((i) => !markerIdx.has(i));
  const nCore = idx.length - marked.size;
  // Russian patronymics and Armenian genitive father's names, only in names of three or more tokens.
  let patIdx = -1;
  let armGen = false;
  if (marked.size === 0 && idx.length >= 3) {
    const candidates = idx.filter((i) => i !== idx[0] || hasComma);
    patIdx = candidates.find((i) => looksPatronymic(all[i])) ?? -1;
    if (patIdx < 0) {
      const weak = candidates.filter((i) => PATRONYMIC_CYR_WEAK.test(all[i].folded) && i !== idx[0]);
      if (weak.length > 0) patIdx = weak[weak.length - 1];
    }
    // The Armenian official order "Family Given Father's-name-in-genitive" (Ասատրյան Արամ Սամվելի, and
    // Azerbaijani names so written: Մամմադով Ալի Տուրալի): with the family name first, a genitive last is
    // the father's name, even when the given name also ends in -ի (Ասատրյան Անի Արամի, Ալի).
    const lastIdx = idx[idx.length - 1];
    if (
      patIdx < 0 &&
      !hasComma &&
      idx.length === 3 &&
      surnameScore(all[idx[0]]) >= 2.5 &&
      (looksArmenianGenitive(all[lastIdx]) ||
        (looksLatinArmenianGenitive(all[lastIdx]) && surnameScore(all[lastIdx]) < 1))
    ) {
      patIdx = lastIdx;
      armGen = true;
    }
    if (patIdx < 0) {
      const middle = idx.slice(1, -1);
      const candidates = hasComma ? idx.slice(before.length) : middle;
      for (const i of candidates) {
        if (looksArmenianGenitive(all[i])) {
          patIdx = i;
          armGen = true;
          break;
        }
      }
      if (patIdx < 0 && idx.some((i) => surnameScore(all[i]) >= 3)) {
        for (const i of middle) {
          if (looksLatinArmenianGenitive(all[i]) && surnameScore(all[i]) < 1) {
            patIdx = i;
            armGen = true;
            break;
          }
        }
      }
    }
  }
  for (const i of marked) out.patronymic.push({ r: all[i], armenianGenitive: false });
  if (patIdx >= 0) out.patronymic.push({ r: all[patIdx], armenianGenitive: armGen });
  const rest = idx.filter((i) => !marked.has(i) && i !== patIdx);
  if (hasComma) {
    for (const i of rest) {
      if (i < before.length) out.family.push(all[i]);
      else out.given.push(all[i]);
    }
    if (out.given.length === 0 && out.family.length > 1) out.given.push(out.family.pop()!);
    return out;
  }
  if (rest.length === 0) return out;
  if (rest.length === 1 || nCore <= 1) {
    out.family.push(all[rest[0]]);
    for (const i of rest.slice(1)) out.given.push(all[i]);
    return out;
  }
  // Which token is the family name? A word in capitals among others that are not (PASHINYAN Nikol) is.
  const mixedCase = /\p{Lu}{2}/u.test(full) && !isUpperWord(full);
  const scores = rest.map((i) => surnameScore(all[i]) + (mixedCase && isUpperWord(all[i].text) ? 2 : 0));
  const max = Math.max(...scores);
  let famPos: number;
  const first = 0;
  const last = rest.length - 1;
  if (max > 0 && scores.filter((s) => s === max).length === 1) {
    famPos = scores.indexOf(max);
  } else if (max > 0 && scores[first] === max && scores[last] === max) {
    famPos = last;
  } else if (max > 0) {
    const tied = scores.map((s, k) => (s === max ? k : -1)).filter((k) => k >= 0);
    famPos = tied.includes(last) ? last : tied.includes(first) ? first : tied[0];
  } else if (patIdx >= 0) {
    // "Family Given Patronymic" when the patronymic comes last; "Given Patronymic Family" otherwise.
    famPos = patIdx === idx[idx.length - 1] ? first : last;
  } else if (marked.size > 0) {
    // Azerbaijani: "Family Given Father oğlu" or "Given Father oğlu Family".
    const m = Math.max(...marked);
    famPos = m > rest[last] ? first : last;
  } else {
    famPos = last;
  }
  rest.forEach((i, k) => {
    if (k === famPos) out.family.push(all[i]);
    else out.given.push(all[i]);
  });
  return out;
}

function fromParts(input: NameInput): Assigned {
  const toks = (s?: string) => (s ? splitTokens(cleanText(s)).map(raw) : []);
  const out: Assigned = { given: toks(input.given), family: toks(input.family), patronymic: [] };
  const pat = toks(input.patronymic).filter((r) => {
    if (SON_MARKERS.has(r.folded)) out.sex = 'm';
    else if (DAUGHTER_MARKERS.has(r.folded)) out.sex = 'f';
    else return true;
    return false;
  });
  for (const r of pat) out.patronymic.push({ r, armenianGenitive: looksArmenianGenitive(r) });
  // "Given Patronymic" typed into the given-name field.
  if (out.patronymic.length === 0 && out.given.length >= 2) {
    const lastG = out.given[out.given.length - 1];
    if (looksPatronymic(lastG)) out.patronymic.push({ r: out.given.pop()!, armenianGenitive: false });
    else if (SON_MARKERS.has(lastG.folded) || DAUGHTER_MARKERS.has(lastG.folded)) {
      out.sex = SON_MARKERS.has(lastG.folded) ? 'm' : 'f';
      out.given.pop();
      if (out.given.length >= 2) out.patronymic.push({ r: out.given.pop()!, armenianGenitive: false });
    }
  }
  return out;
}

/** Letters of Azerbaijani (and Turkish) Latin that no other spelling of the region's names uses. */
const AZERBAIJANI_LATIN = /[əƏğĞıİ]/u;

/** Parses a name into given, family and patronymic tokens, whatever the order it was written in. */
export function parseName(input: NameInput): ParsedName {
  const hasParts = !!(input.given?.trim() || input.family?.trim() || input.patronymic?.trim());
  const a = hasParts ? fromParts(input) : splitFull(input.full ?? '');
  // A letter only Azerbaijani (or Turkish) Latin has, anywhere in the name: its other parts are read so too.
  const written = hasParts ? [input.given, input.family, input.patronymic].join(' ') : (input.full ?? '');
  const azerbaijani = AZERBAIJANI_LATIN.test(written);
  const build = (rs: Raw[], role: TokenRole): BuiltToken[] =>
    rs.map((r) => buildToken(r.text, role, { azerbaijani }));
  const family = build(a.family, 'family');
  const given = build(a.given, 'given');
  const patronymic = a.patronymic.map((p) =>
    buildToken(p.r.text, 'patronymic', { armenianGenitive: p.armenianGenitive, azerbaijani }),
  );
  let sex = a.sex ?? patronymic.find((t) => t.sex)?.sex ?? family.find((t) => t.sex)?.sex;
  if (!sex && patronymic.length === 0 && family.length === 0) sex = undefined;
  const out: ParsedName = {
    given: given.map(publicToken),
    family: family.map(publicToken),
    patronymic: patronymic.map(publicToken),
  };
  if (sex) out.sex = sex;
  return out;
}
