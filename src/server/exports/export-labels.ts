/** The languages of the UI; an export is written in the one the user reads. */
export const EXPORT_LANGUAGES = ['en', 'ru', 'hy', 'az'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

const LABELS = {
  reportTitle: {
    en: 'Discrepancy report',
    ru: 'Отчёт о расхождениях',
    hy: 'Անհամապատասխանությունների զեկույց',
    az: 'Uyğunsuzluqlar haqqında hesabat',
  },
  asOf: { en: 'As of', ru: 'По состоянию на', hy: 'Առ', az: 'Tarixə' },
  generatedAt: { en: 'Generated', ru: 'Сформирован', hy: 'Ստեղծվել է', az: 'Hazırlanıb' },
  publishedAt: { en: 'Published', ru: 'Опубликован', hy: 'Հրապարակվել է', az: 'Dərc edilib' },
  summary: { en: 'Summary', ru: 'Сводка', hy: 'Ամփոփում', az: 'Xülasə' },
  party: { en: 'Party', ru: 'Сторона', hy: 'Կողմ', az: 'Tərəf' },
  otherParty: { en: 'Other party', ru: 'Другая сторона', hy: 'Մյուս կողմ', az: 'Digər tərəf' },
  category: { en: 'Category', ru: 'Категория', hy: 'Կատեգորիա', az: 'Kateqoriya' },
  count: { en: 'Count', ru: 'Количество', hy: 'Քանակ', az: 'Say' },
  name: { en: 'Name', ru: 'ФИО', hy: 'Անուն, ազգանուն', az: 'Ad, soyad' },
  claimedMissing: {
    en: 'Claimed missing',
    ru: 'Заявлены как пропавшие без вести',
    hy: 'Հայտարարված են անհետ կորած',
    az: 'İtkin düşmüş kimi bildirilənlər',
  },
  locatedInOtherList: {
    en: "Located in the other side's list",
    ru: 'Найдены в списке другой стороны',
    hy: 'Հայտնաբերված են մյուս կողմի ցուցակում',
    az: 'Digər tərəfin siyahısında tapılanlar',
  },
  heldButNotClaimed: {
    en: 'Held by the other side but not claimed',
    ru: 'Удерживаются другой стороной, но не заявлены',
    hy: 'Պահվում են մյուս կողմի մոտ, բայց հայտարարված չեն',
    az: 'Digər tərəfdə saxlanılır, lakin bildirilməyib',
  },
  claimedButNotLocated: {
    en: 'Claimed but not located',
    ru: 'Заявлены, но не найдены',
    hy: 'Հայտարարված են, բայց չեն հայտնաբերվել',
    az: 'Bildirilib, lakin tapılmayıb',
  },
  none: { en: 'none', ru: 'нет', hy: 'չկան', az: 'yoxdur' },
  manifestTitle: {
    en: 'Exchange manifest',
    ru: 'Манифест обмена',
    hy: 'Փոխանակման ցուցակ',
    az: 'Mübadilə manifesti',
  },
  date: { en: 'Date', ru: 'Дата', hy: 'Ամսաթիվ', az: 'Tarix' },
  place: { en: 'Place', ru: 'Место', hy: 'Վայր', az: 'Yer' },
  checkpoint: { en: 'checkpoint', ru: 'контрольно-пропускной пункт', hy: 'անցակետ', az: 'keçid məntəqəsi' },
  airfield: { en: 'airfield', ru: 'аэродром', hy: 'օդանավակայան', az: 'aerodrom' },
  handedOver: { en: 'Handed over', ru: 'Передаются', hy: 'Հանձնվում են', az: 'Təhvil verilir' },
  persons: { en: 'Number of persons', ru: 'Число лиц', hy: 'Անձանց թիվը', az: 'Şəxslərin sayı' },
  confirmations: { en: 'Confirmations', ru: 'Подтверждения', hy: 'Հաստատումներ', az: 'Təsdiqlər' },
  coordinator: { en: 'Coordinator', ru: 'Координатор', hy: 'Համակարգող', az: 'Koordinator' },
  confirmedBy: { en: 'confirmed by', ru: 'подтвердил(а)', hy: 'հաստատել է', az: 'təsdiqləyib' },
  notConfirmed: {
    en: 'not yet confirmed',
    ru: 'ещё не подтверждено',
    hy: 'դեռ հաստատված չէ',
    az: 'hələ təsdiqlənməyib',
  },
  wasHandedOver: { en: 'handed over', ru: 'передан(а)', hy: 'հանձնվել է', az: 'təhvil verilib' },
  notHandedOver: { en: 'not handed over', ru: 'не передан(а)', hy: 'չի հանձնվել', az: 'təhvil verilməyib' },
  notHandedOverReason_refused_repatriation: {
    en: 'refused repatriation',
    ru: 'отказ от репатриации',
    hy: 'հրաժարվել է հայրենադարձությունից',
    az: 'repatriasiyadan imtina edib',
  },
  notHandedOverReason_health: {
    en: 'health',
    ru: 'состояние здоровья',
    hy: 'առողջական վիճակ',
    az: 'sağlamlıq vəziyyəti',
  },
  notHandedOverReason_absent: { en: 'absent', ru: 'не явился', hy: 'բացակայել է', az: 'gəlməyib' },
  notHandedOverReason_identity_disputed: {
    en: 'identity disputed',
    ru: 'личность оспорена',
    hy: 'ինքնությունը վիճարկվում է',
    az: 'şəxsiyyəti mübahisəlidir',
  },
  carriedOut: {
    en: 'Carried out on the day, recorded by',
    ru: 'Проведён, результат записал(а)',
    hy: 'Իրականացվել է, արդյունքը գրանցել է',
    az: 'Həyata keçirilib, nəticəni qeydə alıb',
  },
  outcomeConfirmations: {
    en: 'Confirmations of the outcome',
    ru: 'Подтверждения результата',
    hy: 'Արդյունքի հաստատումներ',
    az: 'Nəticənin təsdiqləri',
  },
  outcomeComplete: {
    en: 'Outcome confirmed by all: handed over',
    ru: 'Результат подтверждён всеми: передано',
    hy: 'Արդյունքը հաստատված է բոլորի կողմից. հանձնվել է',
    az: 'Nəticə hamı tərəfindən təsdiqlənib: təhvil verilib',
  },
  page: { en: 'Page', ru: 'Страница', hy: 'Էջ', az: 'Səhifə' },
  of: { en: 'of', ru: 'из', hy: '/', az: '/' },
  transliteration: {
    en: 'Transliteration',
    ru: 'Транслитерация',
    hy: 'Տառադարձում',
    az: 'Transliterasiya',
  },
  birthDate: { en: 'Birth date', ru: 'Дата рождения', hy: 'Ծննդյան ամսաթիվ', az: 'Doğum tarixi' },
  listId: { en: 'List no.', ru: '№ в списке', hy: 'Ցուցակի №', az: 'Siyahı №' },
  born: { en: 'born', ru: 'род.', hy: 'ծնվ.', az: 'təv.' },
  side: { en: 'Side', ru: 'Сторона', hy: 'Կողմ', az: 'Tərəf' },
  awaitingReview: {
    en: 'Awaiting review (to confirm)',
    ru: 'Ожидают проверки (подтвердить)',
    hy: 'Սպասում են ստուգման (հաստատել)',
    az: 'Yoxlama gözləyir (təsdiqlənməli)',
  },
  duplicateRows: {
    en: 'listed more than once, rows',
    ru: 'в списке несколько раз, строки',
    hy: 'ցուցակում մեկից ավելի անգամ, տողեր',
    az: 'siyahıda bir neçə dəfə, sətirlər',
  },
  duplicate: { en: 'Duplicate', ru: 'Дубликат', hy: 'Կրկնօրինակ', az: 'Təkrar' },
  pairsTitle: { en: 'Pairs', ru: 'Пары', hy: 'Զույգեր', az: 'Cütlər' },
  status: { en: 'Status', ru: 'Статус', hy: 'Կարգավիճակ', az: 'Status' },
  probability: { en: 'Probability', ru: 'Вероятность', hy: 'Հավանականություն', az: 'Ehtimal' },
  claimedBy: {
    en: 'Claimed missing by',
    ru: 'Заявлен пропавшим стороной',
    hy: 'Անհետ կորած հայտարարող կողմ',
    az: 'İtkin kimi bildirən tərəf',
  },
  claimName: {
    en: 'Name in the list of missing',
    ru: 'ФИО в списке пропавших',
    hy: 'Անունը անհետ կորածների ցուցակում',
    az: 'İtkinlər siyahısındakı ad',
  },
  heldBy: { en: 'Held by', ru: 'Удерживается стороной', hy: 'Պահող կողմ', az: 'Saxlayan tərəf' },
  heldName: {
    en: 'Name in the list of held',
    ru: 'ФИО в списке удерживаемых',
    hy: 'Անունը պահվողների ցուցակում',
    az: 'Saxlanılanlar siyahısındakı ad',
  },
  row: { en: 'Row', ru: 'Строка', hy: 'Տող', az: 'Sətir' },
  decision: { en: 'Decision', ru: 'Решение', hy: 'Որոշում', az: 'Qərar' },
  decidedBy: { en: 'Decided by', ru: 'Кем принято', hy: 'Որոշել է', az: 'Qərar verən' },
  decidedAt: { en: 'Decided at', ru: 'Когда принято', hy: 'Որոշման ժամը', az: 'Qərar vaxtı' },
  note: { en: 'Note', ru: 'Примечание', hy: 'Նշում', az: 'Qeyd' },
  pairStatus_matched: {
    en: 'Matched',
    ru: 'Сопоставлены',
    hy: 'Համընկել են',
    az: 'Uyğunlaşdırılıb',
  },
  pairStatus_confirmed: { en: 'Confirmed', ru: 'Подтверждены', hy: 'Հաստատված', az: 'Təsdiqlənib' },
  pairStatus_to_review: { en: 'To review', ru: 'На проверке', hy: 'Ստուգման ենթակա', az: 'Yoxlanılmalı' },
  pairStatus_rejected: { en: 'Rejected', ru: 'Отклонены', hy: 'Մերժված', az: 'Rədd edilib' },
  decision_confirmed: {
    en: 'Same person',
    ru: 'Одно и то же лицо',
    hy: 'Նույն անձն է',
    az: 'Eyni şəxsdir',
  },
  decision_rejected: {
    en: 'Not the same person',
    ru: 'Разные лица',
    hy: 'Նույն անձը չէ',
    az: 'Eyni şəxs deyil',
  },
  decision_unsure: { en: 'Unsure', ru: 'Не уверен', hy: 'Վստահ չեմ', az: 'Əmin deyiləm' },
  bulletinTitle: {
    en: 'Daily bulletin of the corridor',
    ru: 'Ежедневный бюллетень коридора',
    hy: 'Միջանցքի օրական տեղեկագիր',
    az: 'Dəhlizin gündəlik bülleteni',
  },
  bulletinPosts: { en: 'Posts', ru: 'Посты', hy: 'Դիտակետեր', az: 'Məntəqələr' },
  postsInPlace: {
    en: 'Observation posts in place',
    ru: 'Наблюдательных постов',
    hy: 'Գործող դիտակետեր',
    az: 'Fəaliyyət göstərən müşahidə məntəqələri',
  },
  postsEstablished: {
    en: 'established that day: no.',
    ru: 'в этот день выставлены: №',
    hy: 'այդ օրը տեղակայված՝ №',
    az: 'həmin gün qurulub: №',
  },
  checkpoints: {
    en: 'Checkpoints',
    ru: 'Контрольно-пропускные пункты',
    hy: 'Անցակետեր',
    az: 'Keçid məntəqələri',
  },
  movementsEscorted: {
    en: 'Movements escorted',
    ru: 'Сопровождённые перемещения',
    hy: 'Ուղեկցված տեղաշարժեր',
    az: 'Müşayiət olunan hərəkətlər',
  },
  noMovements: {
    en: 'No movement escorted that day.',
    ru: 'В этот день перемещений не сопровождалось.',
    hy: 'Այդ օրը ուղեկցված տեղաշարժ չի եղել։',
    az: 'Həmin gün müşayiət olunan hərəkət olmayıb.',
  },
  vehicles: {
    en: 'vehicles',
    ru: 'транспортных средств',
    hy: 'տրանսպորտային միջոց',
    az: 'nəqliyyat vasitəsi',
  },
  people: { en: 'people', ru: 'человек', hy: 'մարդ', az: 'nəfər' },
  escort: { en: 'escort', ru: 'сопровождение', hy: 'ուղեկցում', az: 'müşayiət' },
  movementsTotal: { en: 'In all', ru: 'Всего', hy: 'Ընդամենը', az: 'Cəmi' },
  kind_convoy: { en: 'Convoy', ru: 'Колонна', hy: 'Շարասյուն', az: 'Karvan' },
  kind_mission: { en: 'Mission', ru: 'Миссия', hy: 'Առաքելություն', az: 'Missiya' },
  movementStatus_planned: { en: 'planned', ru: 'запланировано', hy: 'պլանավորված', az: 'planlaşdırılıb' },
  movementStatus_notified: { en: 'notified', ru: 'уведомлено', hy: 'ծանուցված', az: 'bildirilib' },
  movementStatus_acknowledged: {
    en: 'acknowledged',
    ru: 'подтверждено',
    hy: 'ընդունված',
    az: 'qəbul edilib',
  },
  movementStatus_under_way: { en: 'under way', ru: 'в пути', hy: 'ճանապարհին', az: 'yoldadır' },
  movementStatus_completed: { en: 'completed', ru: 'завершено', hy: 'ավարտված', az: 'başa çatıb' },
  movementStatus_cancelled: { en: 'cancelled', ru: 'отменено', hy: 'չեղարկված', az: 'ləğv edilib' },
  cargoDelivered: {
    en: 'Humanitarian cargo delivered',
    ru: 'Доставлено гуманитарных грузов',
    hy: 'Առաքված մարդասիրական բեռներ',
    az: 'Çatdırılmış humanitar yüklər',
  },
  noCargo: {
    en: 'No consignment received that day.',
    ru: 'В этот день грузы не поступали.',
    hy: 'Այդ օրը բեռ չի ստացվել։',
    az: 'Həmin gün yük qəbul edilməyib.',
  },
  consignments: { en: 'Consignments', ru: 'Партии грузов', hy: 'Բեռնախմբաքանակներ', az: 'Yük partiyaları' },
  tonnes: { en: 't', ru: 'т', hy: 'տ', az: 't' },
  tonnesThatDay: { en: 'That day', ru: 'За день', hy: 'Այդ օրը', az: 'Həmin gün' },
  tonnesInTotal: {
    en: 'Delivered in total',
    ru: 'Всего доставлено',
    hy: 'Ընդամենը առաքված',
    az: 'Cəmi çatdırılıb',
  },
  cargo_food: { en: 'Food', ru: 'Продовольствие', hy: 'Սնունդ', az: 'Ərzaq' },
  cargo_medical: { en: 'Medical', ru: 'Медикаменты', hy: 'Դեղորայք', az: 'Tibbi' },
  cargo_shelter_and_construction: {
    en: 'Shelter and construction',
    ru: 'Жильё и строительство',
    hy: 'Կացարան և շինարարություն',
    az: 'Sığınacaq və tikinti',
  },
  cargo_fuel: { en: 'Fuel', ru: 'Топливо', hy: 'Վառելիք', az: 'Yanacaq' },
  cargo_other: { en: 'Other', ru: 'Прочее', hy: 'Այլ', az: 'Digər' },
  returnsTitle: {
    en: 'Returns of displaced people',
    ru: 'Возвращение вынужденных переселенцев',
    hy: 'Տեղահանվածների վերադարձ',
    az: 'Məcburi köçkünlərin qayıdışı',
  },
  returnedThatDay: {
    en: 'Returned that day',
    ru: 'Вернулись за день',
    hy: 'Վերադարձել են այդ օրը',
    az: 'Həmin gün qayıdıb',
  },
  returnedInTotal: {
    en: 'Returned in total',
    ru: 'Всего вернулись',
    hy: 'Ընդամենը վերադարձել են',
    az: 'Cəmi qayıdıb',
  },
  households: { en: 'households', ru: 'домохозяйств', hy: 'տնային տնտեսություն', az: 'ev təsərrüfatı' },
  incidentsTitle: {
    en: 'Incidents (published)',
    ru: 'Инциденты (опубликованные)',
    hy: 'Միջադեպեր (հրապարակված)',
    az: 'İnsidentlər (dərc edilmiş)',
  },
  noIncidents: {
    en: 'No incident published for that day.',
    ru: 'Опубликованных инцидентов за этот день нет.',
    hy: 'Այդ օրվա համար հրապարակված միջադեպ չկա։',
    az: 'Həmin gün üçün dərc edilmiş insident yoxdur.',
  },
  incident_explosion: { en: 'Explosion', ru: 'Взрыв', hy: 'Պայթյուն', az: 'Partlayış' },
  incident_shots: { en: 'Shots', ru: 'Выстрелы', hy: 'Կրակոցներ', az: 'Atəş' },
  incident_illumination_flare: {
    en: 'Illumination flare',
    ru: 'Осветительная ракета',
    hy: 'Լուսավորող հրթիռ',
    az: 'İşıqlandırıcı raket',
  },
  incident_drone: { en: 'Drone', ru: 'Беспилотник', hy: 'Անօդաչու սարք', az: 'Pilotsuz uçuş aparatı' },
  incident_movement_restriction: {
    en: 'Restriction of movement',
    ru: 'Ограничение передвижения',
    hy: 'Տեղաշարժի սահմանափակում',
    az: 'Hərəkətin məhdudlaşdırılması',
  },
  incident_casualties: { en: 'Casualties', ru: 'Потери', hy: 'Զոհեր և վիրավորներ', az: 'İtkilər' },
  incident_damage: { en: 'Damage', ru: 'Повреждения', hy: 'Վնասներ', az: 'Zərər' },
  incident_other: { en: 'Other', ru: 'Другое', hy: 'Այլ', az: 'Digər' },
} as const satisfies Record<string, Record<ExportLanguage, string>>;

export type ExportLabel = keyof typeof LABELS;

export function exportLanguage(value: string | undefined): ExportLanguage {
  const short = (value ?? '').toLowerCase().slice(0, 2);
  return (EXPORT_LANGUAGES as readonly string[]).includes(short) ? (short as ExportLanguage) : 'en';
}

/** The labels of exports in one language; the server translates them, the names stay as written. */
export function exportLabels(language: ExportLanguage): Record<ExportLabel, string> {
  return Object.fromEntries(Object.entries(LABELS).map(([key, text]) => [key, text[language]])) as Record<
    ExportLabel,
    string
  >;
}

/** An instant in the reader's words and zone: `14 December 2020, 14:00 (Asia/Yerevan)`. */
export function exportDateTime(iso: string, language: ExportLanguage, timeZone = 'UTC'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const zone = validZone(timeZone);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: zone }).format(at);
  const time = new Intl.DateTimeFormat(language, {
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
  return `${date}, ${time} (${zone})`;
}

/** A calendar day (`YYYY-MM-DD`) in the reader's words; a partial date (`1994-04`, `1994`) as it is. */
export function exportDate(isoDate: string, language: ExportLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
