import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { nameComparison } from '../compare/comparisons.js';
import { buildPersonRecords } from '../records/build-record.js';
import { fathersAgreeShare, withFathersU } from './fathers-u.js';
import { seededRandom } from './random.js';
import { defaultModel } from './settings.js';

const FATHERS = (
  'Aram Ashot Gurgen Levon Vardan Samvel Karen Artur Davit Tigran Hrant Vahan Gagik Suren Arsen Armen ' +
  'Hamlet Robert Edgar Sergey Norayr Mher Grigor Khachik Zaven Rafik Sarkis Yervand Vazgen Garnik ' +
  'Ruben Mushegh Gevorg Petros Artak Manvel Sahak Sevak Hayk Narek'
).split(' ');
const GIVEN = ['Tigran', 'Armen', 'Davit', 'Narek', 'Gor'];
const FAMILY = ['Sargsyan', 'Melikyan', 'Avagyan', 'Danielyan'];

/** One list of people who all give a father's name, `withFather` of them. */
function list(prefix: string, count: number, withFather: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    full_name:
      `${FAMILY[i % FAMILY.length]} ${GIVEN[(i + prefix.length) % GIVEN.length]}` +
      (i < withFather ? ` ${FATHERS[i % FATHERS.length]}ovich` : ''),
  }));
  return buildPersonRecords(rows).records.map(toComparable);
}

describe("fathers' names agreeing among random pairs", () => {
  it('is about one pair in forty when forty fathers are met alike, and half that when half give none', () => {
    const left = list('l', 200, 200);
    const share = fathersAgreeShare(left, list('r', 200, 200), seededRandom(1));
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.04);
    const half = fathersAgreeShare(left, list('r', 200, 100), seededRandom(1));
    expect(half).toBeGreaterThan(0.4 * share!);
    expect(half).toBeLessThan(0.6 * share!);
  });

  it('says nothing when too few records give a father', () => {
    expect(fathersAgreeShare(list('l', 200, 5), list('r', 200, 200), seededRandom(1))).toBeUndefined();
  });
});

describe('u of names agreeing with the fathers', () => {
  const model = defaultModel([nameComparison()], 0.01);
  const uOf = (m: typeof model, id: string) => m.comparisons[0].levels.find((level) => level.id === id)!.u;
  const agreeing = ['sameFather', 'exact', 'transliteration', 'close'].reduce(
    (sum, id) => sum + uOf(model, id),
    0,
  );

  it('is at most u of agreeing names times the share of random pairs whose fathers agree', () => {
    const bounded = withFathersU(model, 0.001);
    expect(uOf(bounded, 'sameFather')).toBeCloseTo(agreeing * 0.001, 12);
    for (const id of ['exact', 'transliteration', 'close', 'partial', 'else'])
      expect(uOf(bounded, id)).toBe(uOf(model, id));
  });

  it('is left alone when random pairs say nothing or already show it rarer', () => {
    expect(withFathersU(model, undefined)).toBe(model);
    expect(uOf(withFathersU(model, 0.9), 'sameFather')).toBe(uOf(model, 'sameFather'));
  });
});
