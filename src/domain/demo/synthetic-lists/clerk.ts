import type { Dice } from './dice.js';
import type { Day, Person } from './population.js';
import { type Script, writeName } from './writing.js';

// How a clerk writes a person down: the slips and the local habits that make two lists of one person differ.

const pad = (n: number) => String(n).padStart(2, '0');

/** A slip of the hand in a word of four letters or more: a letter dropped, two swapped, or one doubled. */
export function typo(dice: Dice, word: string): string {
  if (word.length < 4) return word;
  const at = 1 + dice.below(word.length - 2);
  const kind = dice.random();
  if (kind < 0.4) return word.slice(0, at) + word.slice(at + 1);
  if (kind < 0.7) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word[at - 1] + word.slice(at);
}

/**
 * A date as one clerk writes it. A careless one now and then gives only the year, swaps day and month, is a year
 * off, or leaves it out.
 */
export function dateText(dice: Dice, d: Day, style: 'dmy' | 'iso', careless: boolean): string {
  let { year, month, day } = d;
  if (careless) {
    const roll = dice.random();
    if (roll < 0.1) return String(year);
    if (roll < 0.14 && day <= 12 && day !== month) [month, day] = [day, month];
    else if (roll < 0.17) {
      year += dice.chance(0.5) ? 1 : -1;
      if (month === 2 && day === 29) day = 28;
    } else if (roll < 0.22) return '';
  }
  return style === 'dmy' ? `${pad(day)}.${pad(month)}.${year}` : `${year}-${pad(month)}-${pad(day)}`;
}

const SON_OF: Readonly<Record<Script, { m: string; f: string }>> = {
  az: { m: 'oğlu', f: 'qızı' },
  en: { m: 'oglu', f: 'kyzy' },
  ru: { m: 'оглы', f: 'кызы' },
  hy: { m: 'օղլու', f: 'ղըզը' },
};

/**
 * The father's name as a clerk writing in `script` gives it: a Russian patronymic (Ашотович), an Armenian genitive
 * (Աշոտի), an Azerbaijani father's name with oğlu / qızı when `marked`, or the patronymic of a Russian as it is.
 */
export function fathersName(p: Person, script: Script, marked: boolean): string {
  const father = writeName(p.father, p.nation, script);
  if (p.nation === 'ru') return father;
  if (p.nation === 'az') return marked || script === 'ru' ? `${father} ${SON_OF[script][p.sex]}` : father;
  if (script === 'ru') {
    const stem = /[аяеио]$/.test(father) ? father.slice(0, -1) : father.replace(/й$/, 'е');
    return `${stem}${p.sex === 'm' ? 'ович' : 'овна'}`;
  }
  if (script === 'hy') return father.endsWith('ա') ? `${father}յի` : `${father}ի`;
  return father;
}
