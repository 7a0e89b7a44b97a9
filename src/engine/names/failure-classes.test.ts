// The classes of true pairs that issue 10 found unlinked on held-back lists, each with names written for
// this test (not taken from any list).
import { describe, expect, it } from 'vitest';
import { compareNames, nameBlockingKeys } from './compare-names.js';
import { parseName } from './name-parts.js';

const level = (a: string, b: string) => compareNames(parseName({ full: a }), parseName({ full: b })).level;
const SAME = ['exact', 'transliteration'];
const SAME_OR_CLOSE = ['exact', 'transliteration', 'close'];

describe('issue 10 failure classes', () => {
  it('Armenian ջ written c in Azerbaijani Latin, dzh in Russian, j in English', () => {
    expect(SAME).toContain(level('Մելիքջանյան Արտակ', 'MELİKCANYAN ARTAK'));
    expect(SAME).toContain(level('Melikjanyan Artak', 'Melikcanyan Artak'));
    expect(SAME).toContain(level('Մելիքջանյան Արտակ', 'Меликджанян Артак'));
    expect(SAME).toContain(level('Ջիվան Սարոյան', 'Civan Saroyan'));
  });

  it('given names with and without the initial H or Г', () => {
    expect(SAME).toContain(level('Hayk Melkonyan', 'Айк Мелконян'));
    expect(SAME).toContain(level('Hayk Melkonyan', 'Гайк Мелконян'));
    expect(SAME_OR_CLOSE).toContain(level('Гайк Мелконян', 'Айк Мелконян'));
    expect(SAME_OR_CLOSE).toContain(level('Ayk Melkonyan', 'Гайк Мелконян'));
    expect(SAME_OR_CLOSE).toContain(level('Ovsep Tovmasyan', 'Говсеп Товмасян'));
  });

  it('a patronymic on one side only, whatever its form', () => {
    expect(SAME).toContain(level('ХАЧАТРЯН АРМЕН ВАЗГЕНОВИЧ', 'Armen Khachatryan'));
    expect(SAME).toContain(level('Ծատուրյան Արա Սամվելի', 'Ara Tsaturyan'));
    expect(SAME).toContain(level('MƏMMƏDLİ RAUF ELÇİN OĞLU', 'Мамедли Рауф'));
    expect(SAME).toContain(level('Rauf Mammadli', 'Мамедли Рауф Эльчинович'));
  });

  it('a surname with a doubled or dropped letter, in capitals', () => {
    expect(SAME).toContain(level('HOVHANISYAN TIGRAN', 'Tigran Hovhannisyan'));
    expect(SAME).toContain(level('MAMMADLI ELVIN', 'MAMADLI ELVIN'));
    expect(SAME).toContain(level('PETTROSYAN GOR', 'Петросян Гор'));
    expect(SAME).toContain(level('ALLAVERDYAN NAREK', 'Алавердян Нарек'));
  });

  it('still tells apart people who share only a surname, below names that are only misspelt', () => {
    // Namesakes: one part agrees and each side has another, plainly different, name.
    expect(level('HOVHANISYAN TIGRAN', 'Hovhannisyan Artur')).toBe('partlyDifferent');
    expect(level('Гайк Мелконян', 'Грант Мелконян')).toBe('partlyDifferent');
    expect(level('Zaur Heydarovich Maharramov', 'MUSTAFAYEV ZAUR')).toBe('partlyDifferent');
    // One person: a given name misspelt past a variant, or missing on one side, is no different name.
    expect(level('Javadov Gasen', 'Cavadov Həsən')).toBe('partial');
    expect(level('Mammadli Hilal', 'Mammadli')).toBe('partial');
  });

  it('tells apart surnames whose consonant skeletons meet but whose first sounds do not', () => {
    // The skeleton drops vowels, h, the velars and k at the start: these other names would otherwise meet.
    const family = (a: string, b: string) =>
      compareNames(parseName({ family: a }), parseName({ family: b })).level;
    expect(SAME).not.toContain(family('Karapetyan', 'Hayrapetyan'));
    expect(SAME).not.toContain(family('Карапетян', 'Айрапетян'));
    expect(SAME_OR_CLOSE).not.toContain(family('Guliyev', 'Aliyev'));
    expect(SAME_OR_CLOSE).not.toContain(family('Гулиев', 'Алиев'));
    expect(SAME_OR_CLOSE).not.toContain(family('Tsaturyan', 'Asatryan'));
    expect(SAME_OR_CLOSE).not.toContain(family('Рагимов', 'Каримов'));
    // What the skeleton is for still meets: velars written differently, an h dropped, a first letter misspelt.
    expect(SAME).toContain(family('Ղազարյան', 'Казарян'));
    expect(SAME).toContain(family('Qasımov', 'Касумов'));
    expect(SAME).toContain(family('Hakobyan', 'Акопян'));
    expect(SAME).toContain(family('Hüseynov', 'Гусейнов'));
    expect(SAME).toContain(family('Hovhannisyan', 'Ованесян'));
    expect(SAME).toContain(family('Ghukasyan', 'Кукасян'));
    expect(SAME).toContain(family('Zssadov', 'Asadov'));
  });

  it('reads every part of a name the Azerbaijani way when one part is plainly Azerbaijani Latin', () => {
    // Azerbaijani c is dzh and x is kh: CAVADOV has no letter of its own to say so, RƏŞAD and İ do.
    const keys = (full: string) => nameBlockingKeys(parseName({ full })).sort();
    expect(keys('CAVADOV RƏŞAD')).toEqual(keys('Джавадов Рашад'));
    expect(keys('CANİBEKYAN TİGRAN')).toEqual(keys('Ջանիբեկյան Տիգրան'));
    expect(keys('EXİAZARYAN ARUTYUN')).toEqual(keys('Եղիազարյան Արություն'));
    // Without such a letter c keeps its other readings first (Polish, Czech, ISO 9985: ts).
    expect(keys('Cavadov Rashad')).not.toEqual(keys('Джавадов Рашад'));
  });

  it('gives one blocking key to a name whose k the other side writes g or q, and to tch and ç', () => {
    const keys = (full: string) => nameBlockingKeys(parseName({ full })).sort();
    expect(keys('Natiq Babayev')).toEqual(keys('Натик Бабаев'));
    expect(keys('İlqar Vəliyev')).toEqual(keys('Илкар Валиев'));
    expect(keys('Gevorg Manukyan')).toEqual(keys('Геворк Манукян'));
    expect(keys('Mkrtchyan Ashot')).toEqual(keys('MKRTÇYAN AŞOT'));
  });

  it("does not take a father's name in the genitive, written last, for the other side's given name", () => {
    // Samvel is the father here, not the man: the son's own given name (Hovhannes) has no counterpart.
    expect(level('Գևորգյան Հովհաննես Սամվելի', 'SAMVEL QEVORQYAN')).toBe('partlyDifferent');
    expect(level('Ալավերդյան Մհեր Դավիթի', 'DAVİT ALAVERDYAN')).toBe('partlyDifferent');
    // The same order still links the man himself.
    expect(SAME).toContain(level('Գևորգյան Հովհաննես Սամվելի', 'HOVHANNES QEVORQYAN'));
    // Azerbaijani names in Armenian script, in that order, whose given name ends in -ի as well.
    expect(SAME).toContain(level('Մամմադով Ալի Տուրալի', 'Əli Məmmədov'));
    expect(SAME).toContain(level('Սաֆարով Սաբուգի Ֆարիդի', 'SƏFƏROV SƏBUHİ'));
  });
});
