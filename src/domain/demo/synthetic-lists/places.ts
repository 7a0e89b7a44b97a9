import type { Script } from './writing.js';

/** A place under each side's name for it (Stepanakert / Xankəndi / Степанакерт) and in English. */
export type Place = Readonly<Record<Script, string>>;

export const ARMENIAN_TOWNS: readonly Place[] = [
  { hy: 'Երևան', ru: 'Ереван', az: 'İrəvan', en: 'Yerevan' },
  { hy: 'Գյումրի', ru: 'Гюмри', az: 'Gümrü', en: 'Gyumri' },
  { hy: 'Վանաձոր', ru: 'Ванадзор', az: 'Vanadzor', en: 'Vanadzor' },
  { hy: 'Աբովյան', ru: 'Абовян', az: 'Abovyan', en: 'Abovyan' },
  { hy: 'Կապան', ru: 'Капан', az: 'Qafan', en: 'Kapan' },
  { hy: 'Գորիս', ru: 'Горис', az: 'Gorus', en: 'Goris' },
  { hy: 'Սիսիան', ru: 'Сисиан', az: 'Sisyan', en: 'Sisian' },
  { hy: 'Իջևան', ru: 'Иджеван', az: 'İcevan', en: 'Ijevan' },
  { hy: 'Մարտունի', ru: 'Мартуни', az: 'Martuni', en: 'Martuni' },
  { hy: 'Ստեփանակերտ', ru: 'Степанакерт', az: 'Xankəndi', en: 'Stepanakert' },
  { hy: 'Արմավիր', ru: 'Армавир', az: 'Armavir', en: 'Armavir' },
];

export const AZERBAIJANI_TOWNS: readonly Place[] = [
  { hy: 'Բաքու', ru: 'Баку', az: 'Bakı', en: 'Baku' },
  { hy: 'Գյանջա', ru: 'Гянджа', az: 'Gəncə', en: 'Ganja' },
  { hy: 'Սումգայիթ', ru: 'Сумгаит', az: 'Sumqayıt', en: 'Sumgait' },
  { hy: 'Շաքի', ru: 'Шеки', az: 'Şəki', en: 'Shaki' },
  { hy: 'Մինգեչաուր', ru: 'Мингечевир', az: 'Mingəçevir', en: 'Mingachevir' },
  { hy: 'Լենքորան', ru: 'Ленкорань', az: 'Lənkəran', en: 'Lankaran' },
  { hy: 'Բարդա', ru: 'Барда', az: 'Bərdə', en: 'Barda' },
  { hy: 'Աղդամ', ru: 'Агдам', az: 'Ağdam', en: 'Aghdam' },
  { hy: 'Թարթառ', ru: 'Тертер', az: 'Tərtər', en: 'Tartar' },
];

export const RUSSIAN_TOWNS: readonly Place[] = [
  { hy: 'Մոսկվա', ru: 'Москва', az: 'Moskva', en: 'Moscow' },
  { hy: 'Դոնի Ռոստով', ru: 'Ростов-на-Дону', az: 'Rostov-na-Donu', en: 'Rostov-on-Don' },
  { hy: 'Կրասնոդար', ru: 'Краснодар', az: 'Krasnodar', en: 'Krasnodar' },
  { hy: 'Ստավրոպոլ', ru: 'Ставрополь', az: 'Stavropol', en: 'Stavropol' },
  { hy: 'Վոլգոգրադ', ru: 'Волгоград', az: 'Volqoqrad', en: 'Volgograd' },
  { hy: 'Սամարա', ru: 'Самара', az: 'Samara', en: 'Samara' },
];

/** Where people were taken or went missing in the autumn of 2020. */
export const FRONT_PLACES: readonly Place[] = [
  { hy: 'Հադրութ', ru: 'Гадрут', az: 'Hadrut', en: 'Hadrut' },
  { hy: 'Շուշի', ru: 'Шуша', az: 'Şuşa', en: 'Shusha' },
  { hy: 'Ֆիզուլի', ru: 'Физули', az: 'Füzuli', en: 'Fuzuli' },
  { hy: 'Ջաբրայիլ', ru: 'Джебраил', az: 'Cəbrayıl', en: 'Jabrayil' },
  { hy: 'Կուբաթլու', ru: 'Кубатлы', az: 'Qubadlı', en: 'Qubadli' },
  { hy: 'Թալիշ', ru: 'Талыш', az: 'Talış', en: 'Talish' },
  { hy: 'Մատաղիս', ru: 'Мадагиз', az: 'Suqovuşan', en: 'Madaghis' },
];
