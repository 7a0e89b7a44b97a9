import type { CaseStatus, FamilyLanguage, SharingLevel } from '../../domain/tracing/types.js';
import type { CaseDetail } from './tracing.schemas.js';

type Text = Record<FamilyLanguage, string>;

const LABELS = {
  title: {
    en: 'What is held about your case',
    ru: 'Что хранится по вашему делу',
    hy: 'Ինչ է պահվում ձեր գործի վերաբերյալ',
    az: 'İşiniz barədə saxlanılan məlumat',
  },
  reference: { en: 'Case', ru: 'Дело', hy: 'Գործ', az: 'İş' },
  person: { en: 'Person sought', ru: 'Разыскиваемый', hy: 'Որոնվող անձ', az: 'Axtarılan şəxs' },
  birth: { en: 'Born', ru: 'Дата рождения', hy: 'Ծնվել է', az: 'Doğulub' },
  lastSeen: {
    en: 'Last seen',
    ru: 'Последний раз видели',
    hy: 'Վերջին անգամ տեսել են',
    az: 'Son dəfə görülüb',
  },
  enquirer: { en: 'Enquirer', ru: 'Заявитель', hy: 'Դիմող', az: 'Müraciət edən' },
  sharing: { en: 'Shared', ru: 'Доступ', hy: 'Հասանելիություն', az: 'Giriş' },
  status: { en: 'Status', ru: 'Статус', hy: 'Կարգավիճակ', az: 'Status' },
  history: { en: 'History', ru: 'История', hy: 'Պատմություն', az: 'Tarixçə' },
  remains: { en: 'Remains', ru: 'Останки', hy: 'Աճյուն', az: 'Qalıqlar' },
  expires: {
    en: 'Kept until',
    ru: 'Хранится до',
    hy: 'Պահվում է մինչև',
    az: 'Saxlanılır',
  },
} satisfies Record<string, Text>;

const STATUS: Record<CaseStatus, Text> = {
  open: { en: 'open', ru: 'открыто', hy: 'բաց', az: 'açıq' },
  possible_match: {
    en: 'possible match',
    ru: 'возможное совпадение',
    hy: 'հնարավոր համընկնում',
    az: 'mümkün uyğunluq',
  },
  located_alive: { en: 'located alive', ru: 'найден живым', hy: 'գտնվել է ողջ', az: 'sağ tapılıb' },
  located_dead: { en: 'located dead', ru: 'найден погибшим', hy: 'գտնվել է զոհված', az: 'ölü tapılıb' },
  closed: { en: 'closed', ru: 'закрыто', hy: 'փակված', az: 'bağlanıb' },
};

const SHARING: Record<SharingLevel, Text> = {
  intermediary_only: {
    en: 'with the intermediary only',
    ru: 'только с посредником',
    hy: 'միայն միջնորդի հետ',
    az: 'yalnız vasitəçi ilə',
  },
  observers_counts: {
    en: 'with the intermediary, and counted (never named) in the figures observers read',
    ru: 'с посредником; учитывается (без имени) в сводках для наблюдателей',
    hy: 'միջնորդի հետ, և հաշվվում է (առանց անվան) դիտորդների ամփոփումներում',
    az: 'vasitəçi ilə; müşahidəçilərin yekunlarında (adsız) sayılır',
  },
  other_party: {
    en: 'with the other party, to search its records',
    ru: 'с другой стороной, для поиска в её записях',
    hy: 'մյուս կողմի հետ՝ իր գրառումներում որոնելու համար',
    az: 'digər tərəflə, öz qeydlərində axtarmaq üçün',
  },
};

/**
 * What Parley holds about a family's case, written in the family's language (the RFL Code of Conduct's right of
 * access): the person, the circumstances, the enquirer, how far it is shared, where it stands and its history.
 * Names stay as written.
 */
export function familyExport(c: CaseDetail): string {
  const lang = c.enquirer?.language ?? 'en';
  const l = (text: Text) => text[lang];
  const lines = [
    l(LABELS.title),
    '',
    `${l(LABELS.reference)}: ${c.reference}`,
    `${l(LABELS.person)}: ${c.displayName}`,
    c.person.birthDate
      ? `${l(LABELS.birth)}: ${c.person.birthDate}${c.person.birthPlace ? `, ${c.person.birthPlace}` : ''}`
      : '',
    c.circumstances.lastSeenOn || c.circumstances.lastSeenPlace
      ? `${l(LABELS.lastSeen)}: ${[c.circumstances.lastSeenOn, c.circumstances.lastSeenPlace].filter(Boolean).join(', ')}`
      : '',
    c.enquirer
      ? `${l(LABELS.enquirer)}: ${c.enquirer.name} (${c.enquirer.relation})${c.enquirer.contact ? `, ${c.enquirer.contact}` : ''}`
      : '',
    `${l(LABELS.sharing)}: ${l(SHARING[c.sharingLevel])}`,
    c.expiresOn ? `${l(LABELS.expires)}: ${c.expiresOn}` : '',
    `${l(LABELS.status)}: ${l(STATUS[c.status])}`,
    ...c.remains.map((r) => `${l(LABELS.remains)}: ${r.reference}`),
    '',
    `${l(LABELS.history)}:`,
    ...c.history.map((h) => `  ${h.at.slice(0, 10)}  ${l(STATUS[h.toStatus])}`),
  ];
  return `${lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('\n')}\n`;
}
