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
  complete: {
    en: 'Confirmed by all: the persons are handed over',
    ru: 'Подтверждено всеми: лица переданы',
    hy: 'Հաստատված է բոլորի կողմից. անձինք հանձնված են',
    az: 'Hamı tərəfindən təsdiqlənib: şəxslər təhvil verilib',
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

export const REPORT_CATEGORIES = [
  'claimedMissing',
  'locatedInOtherList',
  'awaitingReview',
  'heldButNotClaimed',
  'claimedButNotLocated',
] as const;
