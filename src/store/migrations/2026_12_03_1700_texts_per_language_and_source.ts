import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Texts per language and per source (issue 9, point 10). A provision's text had one string per language and no
// source; `provision_text` keeps every text of a provision with its language and source, so that an official text and
// a translation of the same language can stand side by side. Events gain their place, participants and source in
// every language. Existing provisions keep their texts, with the agreement's source note as their source. The demo's
// statement of 10 November 2020 and its events, where present, receive their Armenian and Azerbaijani texts
// (Parley's renderings of the Russian text, source `parley:translation:ru`) and the sources of the others.

const STATEMENT_CODE = 'trilateral-statement-2020-11-10';
const SOURCES: Record<string, string> = {
  en: 'President of Russia, en.kremlin.ru/events/president/news/64384 (the published English translation)',
  ru: 'Президент России, kremlin.ru/events/president/news/64384',
  hy: 'parley:translation:ru',
  az: 'parley:translation:ru',
};
const HY: Record<number, string> = {
  1: 'Լեռնային Ղարաբաղի հակամարտության գոտում 2020 թվականի նոյեմբերի 10-ից՝ Մոսկվայի ժամանակով ժամը 00:00-ից, հայտարարվում է կրակի ամբողջական դադարեցում և բոլոր ռազմական գործողությունների դադարեցում։ Ադրբեջանի Հանրապետությունը և Հայաստանի Հանրապետությունը, այսուհետ՝ Կողմեր, կանգ են առնում իրենց զբաղեցրած դիրքերում։',
  2: 'Աղդամի շրջանը մինչև 2020 թվականի նոյեմբերի 20-ը պետք է վերադարձվի Ադրբեջանի Հանրապետությանը։',
  3: 'Լեռնային Ղարաբաղում շփման գծի և Լաչինի միջանցքի երկայնքով տեղակայվում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմ՝ հրաձգային զենքով 1960 զինծառայող, 90 զրահափոխադրիչ, 380 միավոր ավտոմոբիլային և հատուկ տեխնիկա։',
  4: 'Ռուսաստանի Դաշնության խաղաղապահ զորակազմը տեղակայվում է հայկական զինված ուժերի դուրսբերմանը զուգահեռ։ Ռուսաստանի Դաշնության խաղաղապահ զորակազմի գտնվելու ժամկետը 5 տարի է՝ հաջորդ 5-ամյա ժամկետներով ինքնաբերաբար երկարաձգմամբ, եթե Կողմերից ոչ մեկը ժամկետի ավարտից 6 ամիս առաջ չհայտարարի սույն դրույթի կիրառումը դադարեցնելու մտադրության մասին։',
  5: 'Հակամարտության Կողմերի կողմից պայմանավորվածությունների կատարման նկատմամբ վերահսկողության արդյունավետությունը բարձրացնելու նպատակով տեղակայվում է կրակի դադարեցման նկատմամբ վերահսկողության խաղաղապահ կենտրոն։',
  6: 'Հայաստանի Հանրապետությունը մինչև 2020 թվականի նոյեմբերի 15-ը Ադրբեջանի Հանրապետությանը վերադարձնում է Քելբաջարի շրջանը, իսկ մինչև 2020 թվականի դեկտեմբերի 1-ը՝ Լաչինի շրջանը։ Ընդ որում, պահպանվում է Լաչինի միջանցքը (5 կմ լայնությամբ), որը կապահովի Լեռնային Ղարաբաղի կապը Հայաստանի հետ և չի անցնի Շուշի քաղաքով։ Լաչինի միջանցքը մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության ներքո։ Կողմերի համաձայնությամբ առաջիկա երեք տարում կորոշվի Լաչինի միջանցքով նոր երթուղու կառուցման պլան, որը կապահովի Լեռնային Ղարաբաղի և Հայաստանի միջև կապը, և այդ երթուղու պահպանության համար ռուսական խաղաղապահ զորակազմը հետագայում կվերատեղակայվի։ Ադրբեջանի Հանրապետությունը երաշխավորում է Լաչինի միջանցքով քաղաքացիների, տրանսպորտային միջոցների և բեռների երթևեկության անվտանգությունը երկու ուղղությամբ։',
  7: 'Ներքին տեղահանված անձինք և փախստականները վերադառնում են Լեռնային Ղարաբաղի տարածք և հարակից շրջաններ՝ Փախստականների հարցերով ՄԱԿ-ի գերագույն հանձնակատարի գրասենյակի վերահսկողությամբ։',
  8: 'Կատարվում է ռազմագերիների, պատանդների և պահվող այլ անձանց, ինչպես նաև զոհվածների մարմինների փոխանակում։',
  9: 'Տարածաշրջանում ապաշրջափակվում են բոլոր տնտեսական և տրանսպորտային կապերը։ Հայաստանի Հանրապետությունը երաշխավորում է Ադրբեջանի Հանրապետության արևմտյան շրջանների և Նախիջևանի Ինքնավար Հանրապետության միջև տրանսպորտային հաղորդակցության անվտանգությունը՝ քաղաքացիների, տրանսպորտային միջոցների և բեռների երկու ուղղությամբ անարգել տեղաշարժը կազմակերպելու նպատակով։ Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ սահմանապահ ծառայության մարմինները։ Կողմերի համաձայնությամբ կապահովվի Նախիջևանի Ինքնավար Հանրապետությունը Ադրբեջանի արևմտյան շրջանների հետ կապող նոր տրանսպորտային հաղորդակցուղիների կառուցումը։',
};
const AZ: Record<number, string> = {
  1: '2020-ci il noyabrın 10-u Moskva vaxtı ilə saat 00:00-dan Dağlıq Qarabağ münaqişəsi zonasında tam atəşkəs və bütün hərbi əməliyyatların dayandırılması elan edilir. Bundan sonra Tərəflər adlandırılacaq Azərbaycan Respublikası və Ermənistan Respublikası tutduqları mövqelərdə dayanırlar.',
  2: 'Ağdam rayonu 2020-ci il noyabrın 20-dək Azərbaycan Respublikasına qaytarılmalıdır.',
  3: 'Dağlıq Qarabağda təmas xətti və Laçın dəhlizi boyunca Rusiya Federasiyasının sülhməramlı kontingenti yerləşdirilir: atıcı silahlı 1960 hərbi qulluqçu, 90 zirehli transportyor, 380 ədəd avtomobil və xüsusi texnika.',
  4: 'Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel olaraq yerləşdirilir. Rusiya Federasiyasının sülhməramlı kontingentinin qalma müddəti 5 ildir; Tərəflərdən heç biri müddətin bitməsinə 6 ay qalmış bu müddəanın tətbiqinə xitam vermək niyyətini bildirməzsə, müddət növbəti 5 illik dövrlərə avtomatik uzadılır.',
  5: 'Münaqişə Tərəflərinin razılaşmaları yerinə yetirməsinə nəzarətin səmərəliliyini artırmaq məqsədilə atəşkəsə nəzarət üzrə sülhməramlı mərkəz yerləşdirilir.',
  6: 'Ermənistan Respublikası 2020-ci il noyabrın 15-dək Kəlbəcər rayonunu, 2020-ci il dekabrın 1-dək isə Laçın rayonunu Azərbaycan Respublikasına qaytarır. Bu zaman Dağlıq Qarabağın Ermənistanla əlaqəsini təmin edəcək və Şuşa şəhərindən keçməyəcək Laçın dəhlizi (5 km enində) saxlanılır. Laçın dəhlizi Rusiya Federasiyasının sülhməramlı kontingentinin nəzarəti altında qalır. Tərəflərin razılığı ilə yaxın üç il ərzində Dağlıq Qarabağ ilə Ermənistan arasında əlaqəni təmin edən Laçın dəhlizi boyunca yeni hərəkət marşrutunun tikintisi planı müəyyənləşdiriləcək, sonra isə bu marşrutun mühafizəsi üçün Rusiya sülhməramlı kontingenti yenidən yerləşdiriləcək. Azərbaycan Respublikası Laçın dəhlizi ilə hər iki istiqamətdə vətəndaşların, nəqliyyat vasitələrinin və yüklərin hərəkətinin təhlükəsizliyinə təminat verir.',
  7: 'Məcburi köçkünlər və qaçqınlar BMT-nin Qaçqınlar üzrə Ali Komissarlığının nəzarəti altında Dağlıq Qarabağ ərazisinə və ona bitişik rayonlara qayıdırlar.',
  8: 'Hərbi əsirlərin, girovların və digər saxlanılan şəxslərin, həmçinin həlak olanların cəsədlərinin mübadiləsi həyata keçirilir.',
  9: 'Regionda bütün iqtisadi və nəqliyyat əlaqələri blokadadan çıxarılır. Ermənistan Respublikası vətəndaşların, nəqliyyat vasitələrinin və yüklərin hər iki istiqamətdə maneəsiz hərəkətini təşkil etmək məqsədilə Azərbaycan Respublikasının qərb rayonları ilə Naxçıvan Muxtar Respublikası arasında nəqliyyat əlaqəsinin təhlükəsizliyinə təminat verir. Nəqliyyat əlaqəsinə nəzarəti Rusiya FTX-nin Sərhəd Xidmətinin orqanları həyata keçirir. Tərəflərin razılığı ilə Naxçıvan Muxtar Respublikasını Azərbaycanın qərb rayonları ilə birləşdirən yeni nəqliyyat kommunikasiyalarının tikintisi təmin ediləcək.',
};

type Text = Record<string, string>;
const EVENTS: Record<
  string,
  { title: Text; summary: Text; placeText: Text; participantsText: Text[]; sourceText: Text }
> = {
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

const parse = <T>(text: string | null, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('provision_text')
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('provision_text_pk', ['provision_id', 'language', 'source'])
    .execute();
  for (const column of ['place_text', 'participants_text', 'source_text']) {
    await db.schema.alterTable('agreement_event').addColumn(column, 'text').execute();
  }

  const provisions = (await db
    .selectFrom('provision')
    .innerJoin('agreement', 'agreement.id', 'provision.agreement_id')
    .select(['provision.id', 'provision.number', 'provision.text', 'agreement.code', 'agreement.source_note'])
    .execute()) as { id: string; number: number; text: string; code: string; source_note: string }[];
  for (const provision of provisions) {
    const text = parse<Text>(provision.text, {});
    const demo = provision.code === STATEMENT_CODE && HY[Number(provision.number)] !== undefined;
    if (demo) {
      text.hy = HY[Number(provision.number)];
      text.az = AZ[Number(provision.number)];
      await db
        .updateTable('provision')
        .set({ text: JSON.stringify(text) })
        .where('id', '=', provision.id)
        .execute();
    }
    const rows = Object.entries(text)
      .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
      .map(([language, value]) => ({
        provision_id: provision.id,
        language,
        source: (demo ? SOURCES[language] : undefined) ?? (provision.source_note || 'unknown'),
        text: value,
      }));
    if (rows.length > 0) await db.insertInto('provision_text').values(rows).execute();
  }

  const events = (await db
    .selectFrom('agreement_event')
    .select(['id', 'date', 'title', 'summary'])
    .execute()) as {
    id: string;
    date: string;
    title: string;
    summary: string;
  }[];
  for (const event of events) {
    const found = EVENTS[event.date];
    if (!found) continue;
    await db
      .updateTable('agreement_event')
      .set({
        title: JSON.stringify({ ...parse<Text>(event.title, {}), ...found.title }),
        summary: JSON.stringify({ ...parse<Text>(event.summary, {}), ...found.summary }),
        place_text: JSON.stringify(found.placeText),
        participants_text: JSON.stringify(found.participantsText),
        source_text: JSON.stringify(found.sourceText),
      })
      .where('id', '=', event.id)
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['place_text', 'participants_text', 'source_text']) {
    await db.schema.alterTable('agreement_event').dropColumn(column).execute();
  }
  await db.schema.dropTable('provision_text').execute();
}
