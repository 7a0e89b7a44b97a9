import { describe, expect, it } from 'vitest';
import { compareNames, nameBlockingKeys } from './compare-names.js';
import { parseName } from './name-parts.js';
import type { NameInput } from './types.js';

const cmp = (a: string | NameInput, b: string | NameInput) =>
  compareNames(
    parseName(typeof a === 'string' ? { full: a } : a),
    parseName(typeof b === 'string' ? { full: b } : b),
  );

describe('compareNames levels', () => {
  it('exact: the same name, whatever the case, punctuation and look-alike letters', () => {
    expect(cmp('Nikol Pashinyan', 'NIKOL PASHINYAN').level).toBe('exact');
    expect(cmp('Pashinyan, Nikol', 'Nikol Pashinyan').level).toBe('exact');
    expect(cmp('MƏMMƏDOV Əli', 'Məmmədov Əli').level).toBe('exact');
    expect(cmp('Nikol Pashinyаn', 'Nikol Pashinyan').level).toBe('exact'); // Cyrillic а
  });

  it('transliteration: the same name in another script or standard', () => {
    expect(cmp('Nikol Pashinyan', 'Никол Пашинян').level).toBe('transliteration');
    expect(cmp('Նիկոլ Փաշինյան', 'Nikol Paschinjan').level).toBe('transliteration');
    expect(cmp('Əli Məmmədov', 'Мамедов Али').level).toBe('transliteration');
    expect(cmp('Asəf Hacıyev', 'Гаджиев Асеф').level).toBe('transliteration');
    expect(cmp('Արամ Հովհաննիսյան', 'Арам Оганесян').level).toBe('transliteration');
  });

  it('tolerates a patronymic on one side only', () => {
    expect(cmp('Abraham Manukyan', 'Абраам Акопович Манукян').level).toBe('transliteration');
    expect(cmp('Ilham Aliyev', 'Əliyev İlham Heydər oğlu').level).toBe('transliteration');
  });

  it('meets a Russian patronymic and an Armenian genitive of the same father', () => {
    expect(cmp('Աբրահամ Հակոբի Մանուկյան', 'Манукян Абраам Акопович').level).toBe('transliteration');
  });

  it('close: typos and initials', () => {
    expect(cmp('Nikol Pashinyan', 'Nikol Pashinyam').level).toBe('close');
    expect(['close', 'transliteration']).toContain(cmp('Emmanuel Macron', 'Emmanuel Marcon').level);
    expect(cmp('N. Pashinyan', 'Nikol Pashinyan').level).toBe('close');
  });

  it('allows one extra middle name', () => {
    expect(['transliteration', 'close']).toContain(cmp('Ali Akbar Velayati', 'Ali Velayati').level);
  });

  it('partial: one part in common', () => {
    expect(cmp('Gasen Javadov', 'Cavadov Həsən').level).toBe('partial');
    expect(cmp('Sargsyan', 'Armen Sargsyan').level).toBe('partial');
    expect(cmp('N. N.', 'Nursultan Nazarbayev').level).toBe('partial');
  });

  it('partlyDifferent: one part in common, and a plainly different one on each side', () => {
    expect(cmp('Armen Sargsyan', 'Artak Sargsyan').level).toBe('partlyDifferent');
    expect(cmp('Гайк Мелконян', 'Грант Мелконян').level).toBe('partlyDifferent');
    // A patronymic read as the other side's surname does not make the surnames agree.
    expect(cmp('Zaur Heydarovich Maharramov', 'MUSTAFAYEV ZAUR').level).toBe('partlyDifferent');
  });

  it('one skeleton after first sounds that do not meet is two names, not a typo', () => {
    expect(cmp('Karapetyan Levon', 'Hayrapetyan Levon').level).toBe('partial');
    expect(cmp('Карапетян Левон', 'Айрапетян Левон').level).toBe('partial');
    // An h or г that comes and goes, or a velar written another way, still meets.
    expect(cmp('Hakobyan Levon', 'Акопян Левон').level).toBe('transliteration');
    expect(cmp('Ghazaryan Levon', 'Казарян Левон').level).toBe('transliteration');
  });

  it("says when both fathers' names are given and agree, in any script", () => {
    expect(cmp('Sargsyan Tigran Hakobovich', 'Саргсян Тигран Акопович').fathersAgree).toBe(true);
    expect(cmp('Սարգսյան Տիգրան Հակոբի', 'Sargsyan Tigran Hakobovich').fathersAgree).toBe(true);
    expect(cmp('Sargsyan Tigran Hakobovich', 'Sargsyan Tigran Hakobovich').fathersAgree).toBe(true);
    expect(cmp('Sargsyan Tigran Hakobovich', 'Саргсян Тигран').fathersAgree).toBe(false);
    expect(cmp('Sargsyan Tigran Hakobovich', 'Саргсян Тигран Гургенович').fathersAgree).toBe(false);
    expect(cmp('Sargsyan Tigran', 'Sargsyan Tigran').fathersAgree).toBe(false);
  });

  it('different fathers lower the level', () => {
    expect(cmp('Sergey Viktorovich Lavrov', 'Sergey Borisovich Lavrov').level).toBe('partial');
    // a diminutive of the same father's name: one step only
    expect(cmp('Ашот Сергеевич Агабабян', 'Ашот Сережаевич Агабабян').level).not.toBe('partial');
  });

  it('keeps the order of given names (Arabic chains)', () => {
    expect(cmp('SALMAN BIN MUHAMMAD AL-RAWI', 'MUHAMMAD BIN SALMAN AL-RAWI').level).toBe('partial');
  });

  it('different and missing', () => {
    expect(cmp('Nikol Pashinyan', 'Serzh Sargsyan').level).toBe('different');
    expect(cmp('', 'Nikol Pashinyan').level).toBe('missing');
    expect(cmp({}, {}).level).toBe('missing');
  });

  it('reports given/family swaps', () => {
    const r = cmp('Olaf Scholz', 'Scholz Olaf');
    expect(r.level).toBe('transliteration');
    expect(r.swapped).toBe(true);
    expect(cmp('Nikol Pashinyan', 'Никол Пашинян').swapped).toBe(false);
  });

  it('meets run-together and split names', () => {
    expect(cmp('SergeiLavrov', 'Sergei Lavrov').level).toBe('exact');
    expect(cmp('JanDaniel Bothma', 'Jan Daniel Bothma').level).toBe('exact');
    expect(['transliteration', 'close']).toContain(cmp('Margarita-Simonyan', 'Margarita Simonyan').level);
  });

  it('ignores particles, titles, numbers and legal forms', () => {
    expect(cmp('Алиев, Ильхам (1961)', 'Ильхам Алиев').level).not.toBe('partial');
    expect(['exact', 'transliteration']).toContain(
      cmp('OAO Gazprom', 'Open Joint Stock Company Gazprom').level,
    );
    expect(['exact', 'transliteration']).toContain(cmp('Siemens AG', 'Siemens Aktiengesellschaft').level);
    expect(['transliteration', 'close']).toContain(cmp('Bachar el-Assad', 'Bashar al-Assad').level);
    expect(['transliteration', 'close']).toContain(cmp('Dr. Ilie Bolojan', 'Ilie Bolojan').level);
  });

  it('orders similarity by level', () => {
    const levels = [
      cmp('Nikol Pashinyan', 'Nikol Pashinyan'),
      cmp('Nikol Pashinyan', 'Никол Пашинян'),
      cmp('Nikol Pashinyan', 'Nikol Pashinyam'),
      cmp('Armen Sargsyan', 'Artak Sargsyan'),
      cmp('Nikol Pashinyan', 'Serzh Sargsyan'),
    ].map((r) => r.similarity);
    expect([...levels].sort((x, y) => y - x)).toEqual(levels);
  });
});

describe('nameBlockingKeys', () => {
  const keys = (full: string) => nameBlockingKeys(parseName({ full })).sort();
  it('gives one canonical key per family and given token, the same across scripts', () => {
    expect(keys('Nikol Pashinyan')).toEqual(keys('Никол Пашинян'));
    expect(keys('Nikol Pashinyan')).toEqual(keys('Նիկոլ Փաշինյան'));
    expect(keys('Hakob Hakobyan')).toEqual(keys('Акоп Акопян'));
    expect(keys('Asəf Hacıyev')).toEqual(keys('Асеф Гаджиев'));
    expect(keys('Cəfərov Fuad')).toEqual(keys('Фуад Джафаров'));
    expect(keys('Nikol Pashinyan')).toHaveLength(2);
  });
  it('leaves out patronymics and particles', () => {
    expect(keys('Ilham Heydar oglu Aliyev')).toEqual(keys('Ilham Aliyev'));
    expect(keys('Bashar al Assad')).toEqual(keys('Bashar Assad'));
  });
});

describe('Russian conventional renderings of Armenian and Azerbaijani names (well-known figures)', () => {
  it.each([
    ['Heydər Əliyev', 'Гейдар Алиев'],
    ['Rəsul Quliyev', 'Расул Гулиев'],
    ['Əbülfəz Elçibəy', 'Абульфаз Эльчибей'],
    ['Müslüm Maqomayev', 'Муслим Магомаев'],
    ['Səməd Vurğun', 'Самед Вургун'],
    ['Üzeyir Hacıbəyov', 'Узеир Гаджибеков'],
    ['Qara Qarayev', 'Кара Караев'],
    ['Fikrət Əmirov', 'Фикрет Амиров'],
    ['Mirzə Fətəli Axundov', 'Мирза Фатали Ахундов'],
    ['Cəfər Cabbarlı', 'Джафар Джаббарлы'],
    ['Həsən bəy Zərdabi', 'Гасан-бек Зардаби'],
    ['Vaqif Mustafazadə', 'Вагиф Мустафазаде'],
    ['Արամ Խաչատրյան', 'Арам Хачатурян'],
    ['Շառլ Ազնավուր', 'Шарль Азнавур'],
    ['Ստեփան Շահումյան', 'Степан Шаумян'],
    ['Հովհաննես Թումանյան', 'Ованес Туманян'],
    ['Լևոն Տեր-Պետրոսյան', 'Левон Тер-Петросян'],
    ['Գարեգին Նժդեհ', 'Гарегин Нжде'],
    ['Վազգեն Սարգսյան', 'Вазген Саркисян'],
    ['Ռոբերտ Քոչարյան', 'Роберт Кочарян'],
    ['Համլետ Հովհաննիսյան', 'Гамлет Оганесян'],
    ['Վիկտոր Համբարձումյան', 'Виктор Амбарцумян'],
    ['Սերգեյ Փարաջանով', 'Сергей Параджанов'],
    ['Avetik Isahakyan', 'Аветик Исаакян'],
    ['Yeghishe Charents', 'Егише Чаренц'],
    ['Mikael Nalbandian', 'Микаэл Налбандян'],
  ])('%s ~ %s', (a, b) => {
    expect(['exact', 'transliteration']).toContain(cmp(a, b).level);
  });
});

describe('Georgian script', () => {
  it('is read by the national romanisation, so a Georgian name meets its Latin and Russian forms', () => {
    expect(cmp('ზურაბ ჟვანია', 'Zurab Zhvania').level).toBe('transliteration');
    expect(cmp('ნინო ბურჯანაძე', 'Нино Бурджанадзе').level).toBe('transliteration');
    expect(cmp('ᲒᲘᲝᲠᲒᲘ ᲬᲔᲠᲔᲗᲔᲚᲘ', 'Giorgi Tsereteli').level).toBe('transliteration'); // Mtavruli capitals
  });

  it('still tells two Georgian names apart', () => {
    expect(cmp('ზურაბ ჟვანია', 'Nino Burjanadze').level).toBe('different');
  });
});
