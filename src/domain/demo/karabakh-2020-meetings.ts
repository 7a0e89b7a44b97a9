import type { LocalisedText } from '../agreements/types.js';
import type { MeetingKind } from '../meetings/types.js';

/**
 * The demo's meetings after the statement: the OSCE Minsk Group co-chairs in Baku and Yerevan (12–14 December
 * 2020), the leaders in Moscow (11 January 2021) and the working group's first meeting (30 January 2021), with
 * the action items the demo follows. Outcomes are summaries written for the demo.
 */
export interface DemoMeeting {
  kind: MeetingKind;
  title: LocalisedText;
  startsAt: string;
  endsAt: string | null;
  placeId: string | null;
  placeName: string;
  delegations: { name: string; role: string; partyCode: string | null }[];
  topics: number[];
  outcome: string;
  statement: LocalisedText | null;
  actionItems: {
    description: string;
    ownerCode: string | null;
    dueOn: string | null;
    provisions: number[];
    doneOn: string | null;
  }[];
}

const CO_CHAIRS = [
  { name: 'Igor Popov', role: 'OSCE Minsk Group co-chair (Russia)', partyCode: null },
  { name: 'Stéphane Visconti', role: 'OSCE Minsk Group co-chair (France)', partyCode: null },
  { name: 'Andrew Schofer', role: 'OSCE Minsk Group co-chair (United States)', partyCode: null },
];

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    kind: 'mediation',
    title: {
      en: 'Minsk Group co-chairs in Baku',
      ru: 'Сопредседатели Минской группы в Баку',
      hy: 'Մինսկի խմբի համանախագահները Բաքվում',
      az: 'Minsk qrupunun həmsədrləri Bakıda',
    },
    startsAt: '2020-12-12T08:00:00.000Z',
    endsAt: '2020-12-12T14:00:00.000Z',
    placeId: 'baku',
    placeName: 'Baku',
    delegations: [
      ...CO_CHAIRS,
      { name: 'Delegation of Azerbaijan', role: 'Ministry of Foreign Affairs', partyCode: 'AZ' },
    ],
    topics: [1, 7, 8],
    outcome:
      'Humanitarian questions discussed: the exchange of prisoners and bodies, the return of displaced persons.',
    statement: null,
    actionItems: [
      {
        description: 'Hand lists of detained persons to the ICRC for the exchange',
        ownerCode: 'AZ',
        dueOn: '2020-12-14',
        provisions: [8],
        doneOn: '2020-12-14',
      },
      {
        // Left open in the demo: Armenia's liaison marks it done (its own party's item) and the coordinator sees who.
        description: 'Hand the list of missing servicemen to the ICRC for the exchange',
        ownerCode: 'AM',
        dueOn: '2020-12-14',
        provisions: [8],
        doneOn: null,
      },
    ],
  },
  {
    kind: 'mediation',
    title: {
      en: 'Minsk Group co-chairs in Yerevan',
      ru: 'Сопредседатели Минской группы в Ереване',
      hy: 'Մինսկի խմբի համանախագահները Երևանում',
      az: 'Minsk qrupunun həmsədrləri İrəvanda',
    },
    startsAt: '2020-12-14T08:00:00.000Z',
    endsAt: '2020-12-14T14:00:00.000Z',
    placeId: 'yerevan',
    placeName: 'Yerevan',
    delegations: [
      ...CO_CHAIRS,
      { name: 'Delegation of Armenia', role: 'Ministry of Foreign Affairs', partyCode: 'AM' },
    ],
    topics: [1, 7, 8],
    outcome: 'Exchange of 14 December welcomed; access for humanitarian organisations and returns discussed.',
    statement: null,
    actionItems: [
      {
        description: 'Arrange UNHCR access for returns to Nagorno-Karabakh',
        ownerCode: null,
        dueOn: '2021-01-31',
        provisions: [7],
        doneOn: null,
      },
    ],
  },
  {
    kind: 'trilateral',
    title: {
      en: 'Leaders of Russia, Azerbaijan and Armenia in Moscow',
      ru: 'Лидеры России, Азербайджана и Армении в Москве',
      hy: 'Ռուսաստանի, Ադրբեջանի և Հայաստանի ղեկավարները Մոսկվայում',
      az: 'Rusiya, Azərbaycan və Ermənistan liderləri Moskvada',
    },
    startsAt: '2021-01-11T12:00:00.000Z',
    endsAt: '2021-01-11T16:00:00.000Z',
    placeId: null,
    placeName: 'Moscow',
    delegations: [
      { name: 'Vladimir Putin', role: 'President of the Russian Federation', partyCode: 'RPC' },
      { name: 'Ilham Aliyev', role: 'President of the Republic of Azerbaijan', partyCode: 'AZ' },
      { name: 'Nikol Pashinyan', role: 'Prime Minister of the Republic of Armenia', partyCode: 'AM' },
    ],
    topics: [1, 8, 9],
    outcome: 'Statement on unblocking economic and transport links; a trilateral working group set up.',
    statement: {
      en: 'The leaders agreed to set up a trilateral working group, co-chaired by the deputy prime ministers, to unblock economic and transport links in the region.',
      ru: 'Лидеры договорились создать трёхстороннюю рабочую группу под совместным председательством вице-премьеров для разблокирования экономических и транспортных связей в регионе.',
      hy: 'Ղեկավարները պայմանավորվեցին ստեղծել եռակողմ աշխատանքային խումբ՝ փոխվարչապետների համանախագահությամբ, տարածաշրջանում տնտեսական և տրանսպորտային կապերի ապաշրջափակման համար։',
      az: 'Liderlər regionda iqtisadi və nəqliyyat əlaqələrinin blokdan çıxarılması üçün baş nazirlərin müavinlərinin həmsədrliyi ilə üçtərəfli işçi qrupunun yaradılması barədə razılığa gəldilər.',
    },
    actionItems: [
      {
        description: 'Hold the first meeting of the trilateral working group',
        ownerCode: null,
        dueOn: '2021-01-30',
        provisions: [9],
        doneOn: '2021-01-30',
      },
    ],
  },
  {
    kind: 'working_group',
    title: {
      en: 'Trilateral working group, first meeting',
      ru: 'Трёхсторонняя рабочая группа, первое заседание',
      hy: 'Եռակողմ աշխատանքային խումբ, առաջին նիստ',
      az: 'Üçtərəfli işçi qrupu, ilk iclas',
    },
    startsAt: '2021-01-30T09:00:00.000Z',
    endsAt: '2021-01-30T13:00:00.000Z',
    placeId: null,
    placeName: 'Moscow',
    delegations: [
      { name: 'Alexei Overchuk', role: 'Deputy Prime Minister of the Russian Federation', partyCode: 'RPC' },
      {
        name: 'Shahin Mustafayev',
        role: 'Deputy Prime Minister of the Republic of Azerbaijan',
        partyCode: 'AZ',
      },
      { name: 'Mher Grigoryan', role: 'Deputy Prime Minister of the Republic of Armenia', partyCode: 'AM' },
    ],
    topics: [9],
    outcome: 'Expert subgroups on rail and road links set up; lists of measures to follow.',
    statement: null,
    actionItems: [
      {
        description: 'Submit the list of measures and their schedule to the leaders',
        ownerCode: null,
        dueOn: '2021-03-01',
        provisions: [9],
        doneOn: null,
      },
    ],
  },
];
