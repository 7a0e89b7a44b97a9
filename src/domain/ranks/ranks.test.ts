import { describe, expect, it } from 'vitest';
import { MILITARY_RANKS } from './military-ranks.js';
import { findRank, rankEquivalences } from './rank-lookup.js';

describe('military ranks', () => {
  it('reads the same rank in Armenian, Azerbaijani, Russian and English as one', () => {
    for (const text of [
      'կրտսեր սերժանտ',
      'kiçik çavuş',
      'младший сержант',
      'Junior sergeant',
      'МЛ. СЕРЖАНТ',
      'mladshiy serzhant',
    ])
      expect(findRank(text)?.id, text).toBe('junior_sergeant');
  });

  it('tells apart ranks that share words', () => {
    expect(findRank('лейтенант')?.id).toBe('lieutenant');
    expect(findRank('старший лейтенант')?.id).toBe('senior_lieutenant');
    expect(findRank('baş leytenant')?.id).toBe('senior_lieutenant');
    expect(findRank('polkovnik-leytenant')?.id).toBe('lieutenant_colonel');
    expect(findRank('polkovnik')?.id).toBe('colonel');
    expect(findRank('general-mayor')?.id).toBe('major_general');
    expect(findRank('mayor')?.id).toBe('major');
  });

  it('reads Azerbaijani capitals with the dotted and dotless i as written', () => {
    expect(findRank('KİÇİK ÇAVUŞ')?.id).toBe('junior_sergeant');
    expect(findRank('BAŞ GİZİR')?.id).toBe('senior_warrant_officer');
    expect(findRank('LIEUTENANT COLONEL')?.id).toBe('lieutenant_colonel');
  });

  it('knows nothing of a word that is not a rank', () => {
    expect(findRank('driver')).toBeNull();
    expect(findRank('')).toBeNull();
  });

  it('gives every rank a name in each language and a distinct grade', () => {
    const grades = new Set(MILITARY_RANKS.map((rank) => rank.grade));
    expect(grades.size).toBe(MILITARY_RANKS.length);
    for (const rank of MILITARY_RANKS)
      for (const name of Object.values(rank.names)) expect(findRank(name)?.id).toBe(rank.id);
    expect(rankEquivalences()).toHaveLength(MILITARY_RANKS.length);
  });
});
