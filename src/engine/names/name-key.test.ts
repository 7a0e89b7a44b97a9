import { describe, expect, it } from 'vitest';
import { compareNames } from './compare-names.js';
import { canonicalKey, familyKey, fineKey, patronymicKey } from './name-key.js';
import { parseName } from './name-parts.js';

const MEET = new Set(['exact', 'transliteration']);
const family = (a: string, b: string) =>
  compareNames(parseName({ family: a }), parseName({ family: b })).level;
const given = (a: string, b: string) => compareNames(parseName({ given: a }), parseName({ given: b })).level;

describe('fine keys', () => {
  it('meet across glide and ending conventions', () => {
    expect(fineKey('yerevan')).toBe(fineKey('erevan'));
    expect(fineKey('aliyev')).toBe(fineKey('aliev'));
    expect(fineKey('pashinian')).toBe(fineKey('pashinyan'));
    expect(fineKey('grigoriy')).toBe(fineKey('grigorii'));
    expect(fineKey('hovhannisyan')).toBe(fineKey('hovhanisyan')); // doubled consonants
    expect(fineKey('aghababyan')).toBe(fineKey('agababyan')); // gh / g
    expect(fineKey('gadzhiev')).toBe(fineKey('gajiev')); // dzh / j
  });
});

describe('family-name forms', () => {
  it.each([
    ['ivanova', 'ivanov', 'f'],
    ['aliyeva', 'aliev', 'f'],
    ['kovalskaya', 'kovalski', 'f'],
    ['kovalskiy', 'kovalski', 'm'],
    ['putina', 'putin', 'f'],
    ['petrosyants', 'petrosyan', undefined],
    ['huseynlu', 'huseynli', undefined],
  ])('%s → %s', (input, key, sex) => {
    const k = familyKey(fineKey(input));
    expect(k.key).toBe(fineKey(key));
    expect(k.sex).toBe(sex);
  });
});

describe('patronymic forms give the father’s name', () => {
  it.each([
    ['akopovich', false, 'akop', 'm'],
    ['sergeevna', false, 'serge', 'f'],
    ['oleksandrovych', false, 'oleksandr', 'm'], // Ukrainian
    ['hakobi', true, 'hakob', undefined], // Armenian genitive
    ['vovayi', true, 'vova', undefined],
  ])('%s → %s', (input, genitive, key, sex) => {
    const k = patronymicKey(input, genitive);
    expect(k.key).toBe(key);
    expect(k.sex).toBe(sex);
  });
});

describe('canonical key', () => {
  it('collapses the Russian renderings of h, velars, voicing and affricates', () => {
    expect(canonicalKey('hakob')).toBe(canonicalKey('akop')); // Հակոբ → Акоп
    expect(canonicalKey('hajiev')).toBe(canonicalKey('gajiev')); // Hacıyev → Гаджиев
    expect(canonicalKey('ghazaryan')).toBe(canonicalKey('kazaryan')); // Ղազարյան → Казарян
    expect(canonicalKey('vahe')).toBe(canonicalKey('vage')); // Վահե → Ваге
    expect(canonicalKey('mammadov')).toBe(canonicalKey('mamedov')); // ə → е/а
    expect(canonicalKey('petros')).toBe(canonicalKey('bedros')); // Western Armenian
    expect(canonicalKey('abraham')).toBe(canonicalKey('abraam')); // Աբրահամ → Абраам
    expect(canonicalKey('tsarukyan')).toBe(canonicalKey('tsarukjan'.replace('j', 'y')));
    expect(canonicalKey('hovhanes')).toBe(canonicalKey('ovanes')); // Հովհաննես → Ованес
  });
  it('keeps tokens of other scripts as they are', () => {
    expect(canonicalKey('محمد')).toBe('محمد');
  });
});

describe('one name under several standards and conventions meets', () => {
  it.each([
    // Armenian: ISO 9985, BGN/PCGN, ICU, German, Polish, French, Russian
    ['Փաշինյան', 'Pashinyan'],
    ['Փաշինյան', "P'ashinyan"],
    ['Փաշինյան', 'Pašinjan'],
    ['Pashinyan', 'Paschinjan'],
    ['Pashinyan', 'Paszinian'],
    ['Փաշինյան', 'Пашинян'],
    ['Պետրոսյան', 'Petrosian'],
    ['Petrosyan', 'Петросянц'],
    ['Տեր-Պետրոսյան', 'Тер-Петросян'],
    ['Խաչատրյան', 'Khachatryan'],
    ['Խաչատրյան', 'Хачатрян'],
    ['Khachaturyan', 'Chatschaturjan'],
    ['Մխիթարյան', 'Мхитарян'],
    ['Ոսկանյան', 'Восканян'],
    ['Ղազարյան', 'Казарян'],
    ['Հովհաննիսյան', 'Оганесян'],
    ['Հովհաննիսյան', 'Ованесян'],
    ['Hovhannisyan', 'Hovhanissian'],
    ['Հակոբյան', 'Акопян'],
    ['Սահակյան', 'Саакян'],
    ['Նահապետյան', 'Нагапетян'],
    // Russian: ICAO 9303, old passports, GOST 7.79, BGN/PCGN, Wikipedia, German, Polish
    ['Щербаков', 'Shcherbakov'],
    ['Щербаков', 'Ŝerbakov'],
    ['Щербаков', 'Shherbakov'],
    ['Щербаков', 'Schtscherbakow'],
    ['Щербаков', 'Szczerbakow'],
    ['Хрущёв', 'Khrushchev'],
    ['Хрущёв', 'Chruschtschow'],
    // Azerbaijani Latin ↔ Cyrillic (Azerbaijani and Russian)
    ['Əliyev', 'Әлијев'],
    ['Əliyev', 'Алиев'],
    ['Əliyeva', 'Алиева'],
    ['Cəfərov', 'Ҹәфәров'],
    ['Cəfərov', 'Джафаров'],
    ['Cəfərov', 'Jafarov'],
    ['Hüseynov', 'Һүсејнов'],
    ['Hüseynov', 'Гусейнов'],
    ['Hacıyev', 'Гаджиев'],
    ['Hacıyev', 'Hajiyev'],
    ['Məmmədov', 'Мамедов'],
    ['Məmmədov', 'Mammadov'],
    ['Qasımov', 'Касумов'],
    ['Quliyev', 'Кулиев'],
    ['Quliyev', 'Guliyev'],
    ['Xəlilov', 'Халилов'],
    ['Xəlilov', 'Khalilov'],
    ['Mustafayeva', 'Мустафаева'],
  ])('family %s ~ %s', (a, b) => {
    expect(MEET.has(family(a, b))).toBe(true);
  });

  it.each([
    ['Հակոբ', 'Акоп'],
    ['Hakob', 'Akop'],
    ['Hakob', 'Hagop'], // Western Armenian
    ['Գևորգ', 'Kevork'],
    ['Պետրոս', 'Bedros'],
    ['Վահե', 'Ваге'],
    ['Աբրահամ', 'Абраам'],
    ['Արմենուհի', 'Арменуи'],
    ['Հովհաննես', 'Ованес'],
    ['Հովհաննես', 'Оганес'],
    ['Алексей', 'Aleksei'],
    ['Алексей', 'Aleksey'],
    ['Алексей', 'Alexei'],
    ['Юрий', 'Iurii'],
    ['Юрий', 'Yuriy'],
    ['Юрий', 'Juri'],
    ['Ксения', 'Kseniia'],
    ['Ксения', 'Kseniya'],
    ['Heydər', 'Гейдар'],
    ['Rəhim', 'Рахим'],
    ['Cəlal', 'Celal'],
    ['Muxtar', 'Muhtar'],
    ['Ilham', 'İLHAM'],
  ])('given %s ~ %s', (a, b) => {
    expect(MEET.has(given(a, b))).toBe(true);
  });

  it.each([
    ['Karen', 'Koryun'],
    ['Armen', 'Karen'],
    ['Aram', 'Ararat'],
    ['Sargsyan', 'Sarkisov'],
  ])('%s and %s stay apart', (a, b) => {
    expect(MEET.has(given(a, b))).toBe(false);
  });
});
