// The statement of 10 November 2020 and the events after it in every UI language, each text with its source: the
// Russian text and the English translation as the President of Russia published them; the Armenian and Azerbaijani
// texts are Parley's renderings of the Russian text (source `parley:translation:ru`): the official Armenian
// (primeminister.am) and Azerbaijani (president.az) texts were not at hand to check against, so they are not
// presented as official. A verified official text is added as another source of the same language.
import type { LocalisedText, ProvisionText } from '../agreements/types.js';

type Language = keyof LocalisedText;

/** Where each language's text of the statement comes from. */
export const STATEMENT_TEXT_SOURCES: Record<Language, string> = {
  en: 'President of Russia, en.kremlin.ru/events/president/news/64384 (the published English translation)',
  ru: 'Президент России, kremlin.ru/events/president/news/64384',
  hy: 'parley:translation:ru',
  az: 'parley:translation:ru',
};

/** The statement's source note in Russian, Armenian and Azerbaijani (the English one is the agreement's `sourceNote`). */
export const STATEMENT_SOURCE_NOTE: { ru: string; hy: string; az: string } = {
  ru: 'Трёхстороннее заявление от 10 ноября 2020 года (подписано в ночь с 9 на 10 ноября), опубликованное Президентом России (kremlin.ru) и сторонами; английский текст — по опубликованному переводу. Ход его выполнения — по материалу «Лавров о роли России в Карабахе» (18 января 2021 года, ТАСС, Москва).',
  hy: 'Եռակողմ հայտարարություն 2020 թվականի նոյեմբերի 10-ի (ստորագրվել է նոյեմբերի 9-ից 10-ի գիշերը), ինչպես հրապարակել են Ռուսաստանի Նախագահը (kremlin.ru) և կողմերը. անգլերեն տեքստը՝ հրապարակված թարգմանությամբ, հայերեն տեքստը՝ Parley-ի թարգմանությամբ ռուսերենից։ Դրա կատարման ընթացքը՝ ըստ «Լավրովը՝ Ղարաբաղում Ռուսաստանի դերի մասին» նյութի (2021 թվականի հունվարի 18, ՏԱՍՍ, Մոսկվա)։',
  az: '10 noyabr 2020-ci il tarixli üçtərəfli bəyanat (9–10 noyabr gecəsi imzalanıb), Rusiya Prezidenti (kremlin.ru) və tərəflər tərəfindən dərc edildiyi kimi; ingilis mətni dərc edilmiş tərcüməyə, Azərbaycan mətni isə Parley-in rus mətnindən tərcüməsinə əsaslanır. Onun icrası «Lavrov Rusiyanın Qarabağdakı rolu haqqında» materialına əsasən (18 yanvar 2021-ci il, TASS, Moskva).',
};

/** Points 1–9 in Armenian and Azerbaijani (Parley's renderings of the Russian text). */
export const STATEMENT_TRANSLATIONS: Record<number, { hy: string; az: string }> = {
  1: {
    hy: 'Լեռնային Ղարաբաղի հակամարտության գոտում 2020 թվականի նոյեմբերի 10-ից՝ Մոսկվայի ժամանակով ժամը 00:00-ից, հայտարարվում է կրակի ամբողջական դադարեցում և բոլոր ռազմական գործողությունների դադարեցում։ Ադրբեջանի Հանրապետությունը և Հայաստանի Հանրապետությունը, այսուհետ՝ Կողմեր, կանգ են առնում իրենց զբաղեցրած դիրքերում։',
    az: '2020-ci il noyabrın 10-u Moskva vaxtı ilə saat 00:00-dan Dağlıq Qarabağ münaqişəsi zonasında tam atəşkəs və bütün hərbi əməliyyatların dayandırılması elan edilir. Bundan sonra Tərəflər adlandırılacaq Azərbaycan Respublikası və Ermənistan Respublikası tutduqları mövqelərdə dayanırlar.',
  },
  2: {
    hy: 'Աղդամի շրջանը մինչև 2020 թվականի նոյեմբերի 20-ը պետք է վերադարձվի Ադրբեջանի Հանրապետությանը։',
    az: 'Ağdam rayonu 2020-ci il noyabrın 20-dək Azərbaycan Respublikasına qaytarılmalıdır.',
  },
  3: {
    hy: 'Լեռնային Ղարաբաղում շփման գծի և Լաչինի միջանցքի երկայնքով տեղակայվում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմ՝ հրաձգային զենքով 1960 զինծառայող, 90 զրահափոխադրիչ, 380 միավոր ավտոմոբիլային և հատուկ տեխնիկա։',
    az: 'Dağlıq Qarabağda təmas xətti və Laçın dəhlizi boyunca Rusiya Federasiyasının sülhməramlı kontingenti yerləşdirilir: atıcı silahlı 1960 hərbi qulluqçu, 90 zirehli transportyor, 380 ədəd avtomobil və xüsusi texnika.',
  },
  4: {
    hy: 'Ռուսաստանի Դաշնության խաղաղապահ զորակազմը տեղակայվում է հայկական զինված ուժերի դուրսբերմանը զուգահեռ։ Ռուսաստանի Դաշնության խաղաղապահ զորակազմի գտնվելու ժամկետը 5 տարի է՝ հաջորդ 5-ամյա ժամկետներով ինքնաբերաբար երկարաձգմամբ, եթե Կողմերից ոչ մեկը ժամկետի ավարտից 6 ամիս առաջ չհայտարարի սույն դրույթի կիրառումը դադարեցնելու մտադրության մասին։',
    az: 'Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel olaraq yerləşdirilir. Rusiya Federasiyasının sülhməramlı kontingentinin qalma müddəti 5 ildir; Tərəflərdən heç biri müddətin bitməsinə 6 ay qalmış bu müddəanın tətbiqinə xitam vermək niyyətini bildirməzsə, müddət növbəti 5 illik dövrlərə avtomatik uzadılır.',
  },
  5: {
    hy: 'Հակամարտության Կողմերի կողմից պայմանավորվածությունների կատարման նկատմամբ վերահսկողության արդյունավետությունը բարձրացնելու նպատակով տեղակայվում է կրակի դադարեցման նկատմամբ վերահսկողության խաղաղապահ կենտրոն։',
    az: 'Münaqişə Tərəflərinin razılaşmaları yerinə yetirməsinə nəzarətin səmərəliliyini artırmaq məqsədilə atəşkəsə nəzarət üzrə sülhməramlı mərkəz yerləşdirilir.',
  },
  6: {
    hy: 'Հայաստանի Հանրապետությունը մինչև 2020 թվականի նոյեմբերի 15-ը Ադրբեջանի Հանրապետությանը վերադարձնում է Քելբաջարի շրջանը, իսկ մինչև 2020 թվականի դեկտեմբերի 1-ը՝ Լաչինի շրջանը։ Ընդ որում, պահպանվում է Լաչինի միջանցքը (5 կմ լայնությամբ), որը կապահովի Լեռնային Ղարաբաղի կապը Հայաստանի հետ և չի անցնի Շուշի քաղաքով։ Լաչինի միջանցքը մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության ներքո։ Կողմերի համաձայնությամբ առաջիկա երեք տարում կորոշվի Լաչինի միջանցքով նոր երթուղու կառուցման պլան, որը կապահովի Լեռնային Ղարաբաղի և Հայաստանի միջև կապը, և այդ երթուղու պահպանության համար ռուսական խաղաղապահ զորակազմը հետագայում կվերատեղակայվի։ Ադրբեջանի Հանրապետությունը երաշխավորում է Լաչինի միջանցքով քաղաքացիների, տրանսպորտային միջոցների և բեռների երթևեկության անվտանգությունը երկու ուղղությամբ։',
    az: 'Ermənistan Respublikası 2020-ci il noyabrın 15-dək Kəlbəcər rayonunu, 2020-ci il dekabrın 1-dək isə Laçın rayonunu Azərbaycan Respublikasına qaytarır. Bu zaman Dağlıq Qarabağın Ermənistanla əlaqəsini təmin edəcək və Şuşa şəhərindən keçməyəcək Laçın dəhlizi (5 km enində) saxlanılır. Laçın dəhlizi Rusiya Federasiyasının sülhməramlı kontingentinin nəzarəti altında qalır. Tərəflərin razılığı ilə yaxın üç il ərzində Dağlıq Qarabağ ilə Ermənistan arasında əlaqəni təmin edən Laçın dəhlizi boyunca yeni hərəkət marşrutunun tikintisi planı müəyyənləşdiriləcək, sonra isə bu marşrutun mühafizəsi üçün Rusiya sülhməramlı kontingenti yenidən yerləşdiriləcək. Azərbaycan Respublikası Laçın dəhlizi ilə hər iki istiqamətdə vətəndaşların, nəqliyyat vasitələrinin və yüklərin hərəkətinin təhlükəsizliyinə təminat verir.',
  },
  7: {
    hy: 'Ներքին տեղահանված անձինք և փախստականները վերադառնում են Լեռնային Ղարաբաղի տարածք և հարակից շրջաններ՝ Փախստականների հարցերով ՄԱԿ-ի գերագույն հանձնակատարի գրասենյակի վերահսկողությամբ։',
    az: 'Məcburi köçkünlər və qaçqınlar BMT-nin Qaçqınlar üzrə Ali Komissarlığının nəzarəti altında Dağlıq Qarabağ ərazisinə və ona bitişik rayonlara qayıdırlar.',
  },
  8: {
    hy: 'Կատարվում է ռազմագերիների, պատանդների և պահվող այլ անձանց, ինչպես նաև զոհվածների մարմինների փոխանակում։',
    az: 'Hərbi əsirlərin, girovların və digər saxlanılan şəxslərin, həmçinin həlak olanların cəsədlərinin mübadiləsi həyata keçirilir.',
  },
  9: {
    hy: 'Տարածաշրջանում ապաշրջափակվում են բոլոր տնտեսական և տրանսպորտային կապերը։ Հայաստանի Հանրապետությունը երաշխավորում է Ադրբեջանի Հանրապետության արևմտյան շրջանների և Նախիջևանի Ինքնավար Հանրապետության միջև տրանսպորտային հաղորդակցության անվտանգությունը՝ քաղաքացիների, տրանսպորտային միջոցների և բեռների երկու ուղղությամբ անարգել տեղաշարժը կազմակերպելու նպատակով։ Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ սահմանապահ ծառայության մարմինները։ Կողմերի համաձայնությամբ կապահովվի Նախիջևանի Ինքնավար Հանրապետությունը Ադրբեջանի արևմտյան շրջանների հետ կապող նոր տրանսպորտային հաղորդակցուղիների կառուցումը։',
    az: 'Regionda bütün iqtisadi və nəqliyyat əlaqələri blokadadan çıxarılır. Ermənistan Respublikası vətəndaşların, nəqliyyat vasitələrinin və yüklərin hər iki istiqamətdə maneəsiz hərəkətini təşkil etmək məqsədilə Azərbaycan Respublikasının qərb rayonları ilə Naxçıvan Muxtar Respublikası arasında nəqliyyat əlaqəsinin təhlükəsizliyinə təminat verir. Nəqliyyat əlaqəsinə nəzarəti Rusiya FTX-nin Sərhəd Xidmətinin orqanları həyata keçirir. Tərəflərin razılığı ilə Naxçıvan Muxtar Respublikasını Azərbaycanın qərb rayonları ilə birləşdirən yeni nəqliyyat kommunikasiyalarının tikintisi təmin ediləcək.',
  },
};

/** A point's text in each language and its texts by source. */
export function withStatementTexts<P extends { number: number; text: LocalisedText }>(
  provision: P,
): P & { texts: ProvisionText[] } {
  const translated = STATEMENT_TRANSLATIONS[provision.number];
  const text: LocalisedText = { ...provision.text, ...translated };
  const texts = (Object.keys(STATEMENT_TEXT_SOURCES) as Language[]).flatMap((language) => {
    const value = text[language];
    return value ? [{ language, source: STATEMENT_TEXT_SOURCES[language], text: value }] : [];
  });
  return { ...provision, text, texts };
}

export interface EventTranslation {
  title: { hy: string; az: string };
  summary: { hy: string; az: string };
  placeText: LocalisedText;
  participantsText: LocalisedText[];
  sourceText: LocalisedText;
}

/** The demo events' titles and summaries in Armenian and Azerbaijani, places, participants and sources in all four. */
export const EVENT_TRANSLATIONS: Record<string, EventTranslation> = {
  '2020-12-12': {
    title: {
      hy: 'ԵԱՀԿ Մինսկի խմբի համանախագահների այցը տարածաշրջան',
      az: 'ATƏT-in Minsk qrupu həmsədrlərinin regiona səfəri',
    },
    summary: {
      hy: 'Համանախագահները նոյեմբերի 10-ի հայտարարությունից հետո վերսկսեցին շփումները կողմերի հետ. Լեռնային Ղարաբաղի ապագա կարգավիճակի հարցը թողնվեց հետագա բանակցություններին, որոնցում Մինսկի խումբը պահպանում է իր դերը։',
      az: 'Həmsədrlər 10 noyabr bəyanatından sonra tərəflərlə təmaslarını bərpa etdilər; Dağlıq Qarabağın gələcək statusu məsələsi Minsk qrupunun rolunu saxladığı sonrakı danışıqlara saxlanıldı.',
    },
    placeText: {
      en: 'Baku and Yerevan',
      ru: 'Баку и Ереван',
      hy: 'Բաքու և Երևան',
      az: 'Bakı və İrəvan',
    },
    participantsText: [
      {
        en: 'OSCE Minsk Group co-chairs (Russia, France, United States)',
        ru: 'Сопредседатели Минской группы ОБСЕ (Россия, Франция, США)',
        hy: 'ԵԱՀԿ Մինսկի խմբի համանախագահներ (Ռուսաստան, Ֆրանսիա, ԱՄՆ)',
        az: 'ATƏT-in Minsk qrupunun həmsədrləri (Rusiya, Fransa, ABŞ)',
      },
      {
        en: 'Azerbaijan',
        ru: 'Азербайджан',
        hy: 'Ադրբեջան',
        az: 'Azərbaycan',
      },
      {
        en: 'Armenia',
        ru: 'Армения',
        hy: 'Հայաստան',
        az: 'Ermənistan',
      },
    ],
    sourceText: {
      en: 'Lavrov explains Russia’s role in Karabakh, 18 January 2021 (with TASS news agency, Moscow)',
      ru: 'Лавров о роли России в Карабахе, 18 января 2021 года (ТАСС, Москва)',
      hy: 'Լավրովը՝ Ղարաբաղում Ռուսաստանի դերի մասին, 2021 թվականի հունվարի 18 (ՏԱՍՍ, Մոսկվա)',
      az: 'Lavrov Rusiyanın Qarabağdakı rolu haqqında, 18 yanvar 2021-ci il (TASS, Moskva)',
    },
  },
  '2021-01-11': {
    title: {
      hy: 'Ռուսաստանի, Ադրբեջանի և Հայաստանի ղեկավարների հանդիպումը',
      az: 'Rusiya, Azərbaycan və Ermənistan liderlərinin görüşü',
    },
    summary: {
      hy: 'Քննարկվեց նոյեմբերի 10-ի հայտարարության կատարումը՝ խաղաղապահների մանդատը (եռակողմ համաձայնագրի առարկա), ռազմագերիների փոխանակումը «բոլորը բոլորի դիմաց» սկզբունքով և տնտեսական ու տրանսպորտային կապերի ապաշրջափակումը, որի համար ստեղծվեց փոխվարչապետների մակարդակով եռակողմ աշխատանքային խումբ։',
      az: '10 noyabr bəyanatının icrası nəzərdən keçirildi: sülhməramlıların mandatı (üçtərəfli sazişin mövzusu), hərbi əsirlərin «hamı hamıya» prinsipi ilə mübadiləsi və iqtisadi və nəqliyyat əlaqələrinin blokadadan çıxarılması; bunun üçün baş nazir müavinləri səviyyəsində üçtərəfli işçi qrupu yaradıldı.',
    },
    placeText: {
      en: 'Moscow',
      ru: 'Москва',
      hy: 'Մոսկվա',
      az: 'Moskva',
    },
    participantsText: [
      {
        en: 'Vladimir Putin',
        ru: 'Владимир Путин',
        hy: 'Վլադիմիր Պուտին',
        az: 'Vladimir Putin',
      },
      {
        en: 'Ilham Aliyev',
        ru: 'Ильхам Алиев',
        hy: 'Իլհամ Ալիև',
        az: 'İlham Əliyev',
      },
      {
        en: 'Nikol Pashinyan',
        ru: 'Никол Пашинян',
        hy: 'Նիկոլ Փաշինյան',
        az: 'Nikol Paşinyan',
      },
    ],
    sourceText: {
      en: 'Lavrov explains Russia’s role in Karabakh, 18 January 2021 (with TASS news agency, Moscow); joint statement of the three leaders of 11 January 2021',
      ru: 'Лавров о роли России в Карабахе, 18 января 2021 года (ТАСС, Москва); совместное заявление трёх лидеров от 11 января 2021 года',
      hy: 'Լավրովը՝ Ղարաբաղում Ռուսաստանի դերի մասին, 2021 թվականի հունվարի 18 (ՏԱՍՍ, Մոսկվա); երեք ղեկավարների 2021 թվականի հունվարի 11-ի համատեղ հայտարարությունը',
      az: 'Lavrov Rusiyanın Qarabağdakı rolu haqqında, 18 yanvar 2021-ci il (TASS, Moskva); üç liderin 11 yanvar 2021-ci il tarixli birgə bəyanatı',
    },
  },
  '2021-01-18': {
    title: {
      hy: 'Սերգեյ Լավրովը Ղարաբաղում Ռուսաստանի դերի մասին (ամենամյա մամուլի ասուլիս)',
      az: 'Sergey Lavrov Rusiyanın Qarabağdakı rolu haqqında (illik mətbuat konfransı)',
    },
    summary: {
      hy: 'Հայտարարությունը կատարվում է արդյունավետ, բացառությամբ ռազմագերիների հարցի. գաղտնի հավելվածներ չկան. վերադարձել է մոտ 50 000 մարդ. պահվող անձանց ցուցակները ճշտվում են երկու կողմերի զինվորականների կողմից՝ խաղաղապահների մասնակցությամբ, և խոսքը վերաբերում է ավելի շատ գերիների, քան սկզբում հաշվված 62-ը։',
      az: 'Bəyanat hərbi əsirlər məsələsi istisna olmaqla səmərəli icra olunur; gizli əlavələr yoxdur; təxminən 50 min nəfər qayıdıb; saxlanılan şəxslərin siyahıları sülhməramlıların iştirakı ilə hər iki tərəfin hərbçiləri tərəfindən tutuşdurulur və söhbət ilkin hesablanmış 62 əsirdən daha çoxundan gedir.',
    },
    placeText: {
      en: 'Moscow',
      ru: 'Москва',
      hy: 'Մոսկվա',
      az: 'Moskva',
    },
    participantsText: [
      {
        en: 'Sergei Lavrov',
        ru: 'Сергей Лавров',
        hy: 'Սերգեյ Լավրով',
        az: 'Sergey Lavrov',
      },
    ],
    sourceText: {
      en: 'Lavrov explains Russia’s role in Karabakh, 18 January 2021 (with TASS news agency, Moscow)',
      ru: 'Лавров о роли России в Карабахе, 18 января 2021 года (ТАСС, Москва)',
      hy: 'Լավրովը՝ Ղարաբաղում Ռուսաստանի դերի մասին, 2021 թվականի հունվարի 18 (ՏԱՍՍ, Մոսկվա)',
      az: 'Lavrov Rusiyanın Qarabağdakı rolu haqqında, 18 yanvar 2021-ci il (TASS, Moskva)',
    },
  },
  '2021-01-30': {
    title: {
      hy: 'Տնտեսական և տրանսպորտային կապերի ապաշրջափակման եռակողմ աշխատանքային խմբի առաջին նիստը',
      az: 'İqtisadi və nəqliyyat əlaqələrinin blokadadan çıxarılması üzrə üçtərəfli işçi qrupunun ilk iclası',
    },
    summary: {
      hy: 'Երեք փոխվարչապետների համանախագահությամբ աշխատանքային խումբը սկսեց աշխատանքը հայտարարության 9-րդ կետի ուղղությամբ՝ երկաթուղային և ավտոմոբիլային կապեր տարածաշրջանում, այդ թվում Ադրբեջանի արևմտյան շրջանների և Նախիջևանի միջև։',
      az: 'Üç baş nazir müavininin həmsədrliyi ilə işçi qrupu bəyanatın 9-cu bəndi üzrə işə başladı: regionda, o cümlədən Azərbaycanın qərb rayonları ilə Naxçıvan arasında dəmir yolu və avtomobil əlaqələri.',
    },
    placeText: {
      en: 'Moscow',
      ru: 'Москва',
      hy: 'Մոսկվա',
      az: 'Moskva',
    },
    participantsText: [
      {
        en: 'Alexei Overchuk (Deputy Prime Minister of Russia)',
        ru: 'Алексей Оверчук (вице-премьер России)',
        hy: 'Ալեքսեյ Օվերչուկ (Ռուսաստանի փոխվարչապետ)',
        az: 'Aleksey Overçuk (Rusiyanın Baş nazirinin müavini)',
      },
      {
        en: 'Shahin Mustafayev (Deputy Prime Minister of Azerbaijan)',
        ru: 'Шахин Мустафаев (вице-премьер Азербайджана)',
        hy: 'Շահին Մուստաֆաև (Ադրբեջանի փոխվարչապետ)',
        az: 'Şahin Mustafayev (Azərbaycanın Baş nazirinin müavini)',
      },
      {
        en: 'Mher Grigoryan (Deputy Prime Minister of Armenia)',
        ru: 'Мгер Григорян (вице-премьер Армении)',
        hy: 'Մհեր Գրիգորյան (Հայաստանի փոխվարչապետ)',
        az: 'Mher Qriqoryan (Ermənistanın Baş nazirinin müavini)',
      },
    ],
    sourceText: {
      en: 'Working group set up by the joint statement of 11 January 2021; public reports of its first meeting',
      ru: 'Рабочая группа создана совместным заявлением от 11 января 2021 года; открытые сообщения о её первом заседании',
      hy: 'Աշխատանքային խումբը ստեղծվել է 2021 թվականի հունվարի 11-ի համատեղ հայտարարությամբ. հրապարակային հաղորդումներ դրա առաջին նիստի մասին',
      az: 'İşçi qrupu 11 yanvar 2021-ci il tarixli birgə bəyanatla yaradılıb; onun ilk iclası haqqında açıq məlumatlar',
    },
  },
};

/** An event with its translations (by date), when there are any. */
export function withEventTranslations<
  E extends { date: string; title: LocalisedText; summary: LocalisedText },
>(event: E): E & Partial<Omit<EventTranslation, 'title' | 'summary'>> {
  const found = EVENT_TRANSLATIONS[event.date];
  if (!found) return event;
  return {
    ...event,
    title: { ...event.title, ...found.title },
    summary: { ...event.summary, ...found.summary },
    placeText: found.placeText,
    participantsText: found.participantsText,
    sourceText: found.sourceText,
  };
}
