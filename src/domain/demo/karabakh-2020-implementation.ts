import type { LocalisedText } from '../agreements/types.js';
import type { ImplementationLevel } from '../provisions/types.js';

/**
 * The demo's implementation record of the 10 November 2020 statement through January 2021: the intermediary's
 * assessments on the 0–3 scale, the deadlines of the statement and of the 11 January 2021 statement, and the
 * parties' stated positions. Levels are the demo's reading of public reporting, not an official assessment;
 * positions are written for the demo, after what each side said in public.
 */
export interface DemoAssessment {
  provision: number;
  level: ImplementationLevel;
  effectiveOn: string;
  rationale: string;
  /** Link the demo's past exchange (14 December 2020) as evidence. */
  withPastExchange?: boolean;
  /** Link the demo's incident that occurred on this day as evidence. */
  incidentOn?: string;
  document?: string;
}

export const DEMO_ASSESSMENTS: DemoAssessment[] = [
  {
    provision: 1,
    level: 2,
    effectiveOn: '2020-11-10',
    rationale: 'Ceasefire in force from 00:00 Moscow time; positions held along the new line of contact.',
  },
  {
    provision: 1,
    level: 1,
    effectiveOn: '2020-12-12',
    incidentOn: '2020-12-11',
    rationale:
      'Clash near Hin Tagher and Khtsaberd (Hadrut district) on 11–12 December: fire exchanged, casualties.',
  },
  {
    provision: 1,
    level: 2,
    effectiveOn: '2021-01-11',
    rationale: 'No further clash reported since mid-December; leaders reaffirm the ceasefire in Moscow.',
  },
  {
    provision: 2,
    level: 3,
    effectiveOn: '2020-11-20',
    rationale: 'Aghdam district handed over on the agreed day.',
    document: 'Ministry of Defence of Azerbaijan, statement of 20 November 2020',
  },
  {
    provision: 3,
    level: 1,
    effectiveOn: '2020-11-10',
    rationale: 'First units of the peacekeeping contingent arrive by air via Yerevan.',
  },
  {
    provision: 3,
    level: 3,
    effectiveOn: '2020-11-20',
    rationale:
      'Contingent deployed along the line of contact and the Lachin corridor, observation posts manned.',
  },
  {
    provision: 4,
    level: 2,
    effectiveOn: '2020-11-25',
    rationale:
      'Withdrawal of Armenian armed forces under way in parallel with the deployment; not yet complete.',
  },
  {
    provision: 5,
    level: 1,
    effectiveOn: '2020-12-01',
    rationale: 'Peacekeeping centre agreed; site at Aghdam chosen, construction begun.',
  },
  {
    provision: 5,
    level: 3,
    effectiveOn: '2021-01-30',
    rationale: 'Joint monitoring centre opened and working.',
  },
  {
    provision: 6,
    level: 1,
    effectiveOn: '2020-11-25',
    rationale: 'Kalbajar district returned on 25 November, after the deadline was extended from 15 November.',
  },
  {
    provision: 6,
    level: 2,
    effectiveOn: '2020-12-01',
    rationale:
      'Lachin district returned on time; corridor under the contingent. The new route is not yet planned.',
  },
  {
    provision: 7,
    level: 1,
    effectiveOn: '2020-11-14',
    rationale: 'First returns to Stepanakert under the contingent; UNHCR not yet present on the ground.',
  },
  {
    provision: 8,
    level: 1,
    effectiveOn: '2020-11-15',
    rationale: 'Search for and exchange of bodies begun with the help of the contingent and the ICRC.',
  },
  {
    provision: 8,
    level: 2,
    effectiveOn: '2020-12-14',
    rationale: 'Exchange of 14 December: 44 persons to Armenia, 12 to Azerbaijan. Not yet all for all.',
    withPastExchange: true,
  },
  {
    provision: 9,
    level: 1,
    effectiveOn: '2021-01-11',
    rationale: 'Statement of 11 January sets up the trilateral working group on transport links.',
  },
];

export interface DemoDeadline {
  provision: number;
  dueOn: string;
  metOn: string | null;
  description: LocalisedText;
}

export const DEMO_DEADLINES: DemoDeadline[] = [
  {
    provision: 6,
    dueOn: '2020-11-15',
    metOn: '2020-11-25',
    description: {
      en: 'Kalbajar district returned',
      ru: 'Возвращение Кельбаджарского района',
      hy: 'Քարվաճառի շրջանի վերադարձ',
      az: 'Kəlbəcər rayonunun qaytarılması',
    },
  },
  {
    provision: 2,
    dueOn: '2020-11-20',
    metOn: '2020-11-20',
    description: {
      en: 'Aghdam district returned',
      ru: 'Возвращение Агдамского района',
      hy: 'Աղդամի շրջանի վերադարձ',
      az: 'Ağdam rayonunun qaytarılması',
    },
  },
  {
    provision: 6,
    dueOn: '2020-12-01',
    metOn: '2020-12-01',
    description: {
      en: 'Lachin district returned',
      ru: 'Возвращение Лачинского района',
      hy: 'Քաշաթաղի (Լաչինի) շրջանի վերադարձ',
      az: 'Laçın rayonunun qaytarılması',
    },
  },
  {
    provision: 9,
    dueOn: '2021-01-30',
    metOn: '2021-01-30',
    description: {
      en: 'First meeting of the trilateral working group',
      ru: 'Первое заседание трёхсторонней рабочей группы',
      hy: 'Եռակողմ աշխատանքային խմբի առաջին նիստը',
      az: 'Üçtərəfli işçi qrupunun ilk iclası',
    },
  },
  {
    provision: 9,
    dueOn: '2021-03-01',
    metOn: null,
    description: {
      en: "Working group's list of measures and their schedule",
      ru: 'Перечень мер рабочей группы и график их выполнения',
      hy: 'Աշխատանքային խմբի միջոցառումների ցանկը և ժամանակացույցը',
      az: 'İşçi qrupunun tədbirlər siyahısı və onların icra qrafiki',
    },
  },
];

export interface DemoPosition {
  provision: number;
  partyCode: 'AM' | 'AZ';
  level: ImplementationLevel | null;
  statedOn: string;
  statement: string;
}

export const DEMO_POSITIONS: DemoPosition[] = [
  {
    provision: 8,
    partyCode: 'AM',
    level: 1,
    statedOn: '2020-12-15',
    statement: 'The exchange of all for all is not complete: persons taken after 10 November are still held.',
  },
  {
    provision: 8,
    partyCode: 'AZ',
    level: 3,
    statedOn: '2020-12-15',
    statement:
      'Prisoners of war covered by the statement have been handed over; other detainees are a separate matter.',
  },
  {
    provision: 1,
    partyCode: 'AM',
    level: 1,
    statedOn: '2020-12-13',
    statement: 'The offensive near Hin Tagher and Khtsaberd on 11–12 December broke the ceasefire.',
  },
  {
    provision: 1,
    partyCode: 'AZ',
    level: 2,
    statedOn: '2020-12-13',
    statement: 'Armed groups left behind in the Hadrut district attacked; the response restored the line.',
  },
];
