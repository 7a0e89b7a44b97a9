// The demo scenario as data: the parties, the demo accounts, the trilateral statement of 10 November 2020
// with its nine points, and the meetings and visits that followed it. Sources are named on each record.
import type { Role } from '../access/types.js';
import type { AgreementEventKind, LocalisedText, ProvisionText } from '../agreements/types.js';
import type { PartyKind, PartyNames } from '../parties/types.js';
import { STATEMENT_SOURCE_NOTE, withEventTranslations, withStatementTexts } from './karabakh-2020-texts.js';

export interface DemoParty {
  code: string;
  kind: PartyKind;
  names: PartyNames;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  partyCode: string | null;
  post: string | null;
}

export interface DemoProvision {
  number: number;
  text: LocalisedText;
  texts?: ProvisionText[];
  responsiblePartyCodes: string[];
}

export interface DemoEvent {
  kind: AgreementEventKind;
  date: string;
  endDate?: string;
  title: LocalisedText;
  place: string;
  participants: string[];
  summary: LocalisedText;
  sourceNote: string;
  placeText?: LocalisedText;
  participantsText?: LocalisedText[];
  sourceText?: LocalisedText;
}

export const DEMO_PARTIES: DemoParty[] = [
  {
    code: 'AM',
    kind: 'party',
    names: { en: 'Armenia', ru: 'Армения', hy: 'Հայաստան', az: 'Ermənistan' },
  },
  {
    code: 'AZ',
    kind: 'party',
    names: { en: 'Azerbaijan', ru: 'Азербайджан', hy: 'Ադրբեջան', az: 'Azərbaycan' },
  },
  {
    code: 'RPC',
    kind: 'intermediary',
    names: {
      en: 'Russian peacekeeping contingent',
      ru: 'Российский миротворческий контингент',
      hy: 'Ռուսական խաղաղապահ զորակազմ',
      az: 'Rusiya sülhməramlı kontingenti',
    },
  },
  {
    code: 'OSCE-MG',
    kind: 'observer',
    names: {
      en: 'OSCE Minsk Group co-chairs',
      ru: 'Сопредседатели Минской группы ОБСЕ',
      hy: 'ԵԱՀԿ Մինսկի խմբի համանախագահներ',
      az: 'ATƏT-in Minsk qrupunun həmsədrləri',
    },
  },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'coordinator',
    displayName: 'Demo coordinator (peacekeeping headquarters)',
    role: 'coordinator',
    partyCode: 'RPC',
    post: null,
  },
  {
    username: 'liaison-am',
    displayName: 'Demo liaison officer, Armenia',
    role: 'liaison',
    partyCode: 'AM',
    post: null,
  },
  {
    username: 'liaison-az',
    displayName: 'Demo liaison officer, Azerbaijan',
    role: 'liaison',
    partyCode: 'AZ',
    post: null,
  },
  {
    username: 'observer',
    displayName: 'Demo observer (Minsk Group co-chairs staff)',
    role: 'observer',
    partyCode: 'OSCE-MG',
    post: null,
  },
  {
    username: 'field-officer',
    displayName: 'Demo field officer, Lachin corridor',
    role: 'field_officer',
    partyCode: 'RPC',
    post: 'Lachin corridor checkpoint',
  },
  {
    username: 'field-officer-2',
    displayName: 'Demo field officer, Stepanakert checkpoint',
    role: 'field_officer',
    partyCode: 'RPC',
    post: 'Stepanakert checkpoint (Shusha road)',
  },
];

export const STATEMENT_CODE = 'trilateral-statement-2020-11-10';

export const STATEMENT = {
  code: STATEMENT_CODE,
  signedOn: '2020-11-10',
  title: {
    en: 'Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation',
    ru: 'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации',
    hy: 'Ադրբեջանի Հանրապետության Նախագահի, Հայաստանի Հանրապետության վարչապետի և Ռուսաստանի Դաշնության Նախագահի հայտարարություն',
    az: 'Azərbaycan Respublikasının Prezidenti, Ermənistan Respublikasının Baş naziri və Rusiya Federasiyasının Prezidenti tərəfindən Bəyanat',
  },
  sourceNote:
    'Trilateral statement of 10 November 2020 (signed on the night of 9–10 November), as published by the President of Russia (kremlin.ru) and the parties; English text after the published translation. Its implementation as reported in "Lavrov explains Russia\'s role in Karabakh" (18 January 2021, with TASS news agency, Moscow).',
  sourceText: STATEMENT_SOURCE_NOTE,
  provisions: [
    {
      number: 1,
      responsiblePartyCodes: ['AM', 'AZ'],
      text: {
        en: 'A complete ceasefire and termination of all hostilities in the area of the Nagorno-Karabakh conflict is declared from 00:00 hours Moscow time on 10 November 2020. The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, shall stop at their current positions.',
        ru: 'Объявляется полное прекращение огня и всех военных действий в зоне нагорно-карабахского конфликта с 00 часов 00 минут по московскому времени 10 ноября 2020 года. Азербайджанская Республика и Республика Армения, именуемые в дальнейшем Сторонами, останавливаются на занимаемых ими позициях.',
      },
    },
    {
      number: 2,
      responsiblePartyCodes: ['AM'],
      text: {
        en: 'The Aghdam District shall be returned to the Republic of Azerbaijan by 20 November 2020.',
        ru: 'Агдамский район должен быть возвращен Азербайджанской Республике до 20 ноября 2020 года.',
      },
    },
    {
      number: 3,
      responsiblePartyCodes: ['RPC'],
      text: {
        en: 'The peacekeeping contingent of the Russian Federation, namely, 1,960 servicemen armed with firearms, 90 armoured personnel carriers, 380 motor vehicles and units of special equipment, shall be deployed along the contact line in Nagorno-Karabakh and along the Lachin corridor.',
        ru: 'Вдоль линии соприкосновения в Нагорном Карабахе и вдоль Лачинского коридора развертывается миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием, 90 бронетранспортеров, 380 единиц автомобильной и специальной техники.',
      },
    },
    {
      number: 4,
      responsiblePartyCodes: ['RPC', 'AM'],
      text: {
        en: 'The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian troops. The peacekeeping contingent of the Russian Federation will be deployed for five years, a period which will be automatically extended for subsequent five-year periods unless either Party notifies of its intention to terminate this provision six months before the expiration of the period.',
        ru: 'Миротворческий контингент Российской Федерации развертывается параллельно с выводом армянских вооруженных сил. Срок пребывания миротворческого контингента Российской Федерации — 5 лет с автоматическим продлением на очередные 5-летние периоды, если ни одна из Сторон не заявит за 6 месяцев до истечения срока о намерении прекратить применение данного положения.',
      },
    },
    {
      number: 5,
      responsiblePartyCodes: ['RPC'],
      text: {
        en: 'In order to increase the effectiveness of control over the fulfilment of the agreements by the Parties to the conflict, a peacekeeping centre shall be deployed to oversee the ceasefire.',
        ru: 'В целях повышения эффективности контроля за выполнением договоренностей Сторонами конфликта развертывается миротворческий центр по контролю за прекращением огня.',
      },
    },
    {
      number: 6,
      responsiblePartyCodes: ['AM', 'AZ', 'RPC'],
      text: {
        en: 'The Republic of Armenia shall return the Kalbajar District to the Republic of Azerbaijan by 15 November 2020, and the Lachin District by 1 December 2020. The Lachin Corridor (5 km wide), which will provide a connection between Nagorno-Karabakh and Armenia while not passing through the territory of Shusha, shall remain under the control of the Russian Federation peacekeeping contingent. As agreed by the Parties, within the next three years, a plan will be outlined for the construction of a new route via the Lachin Corridor, to provide a connection between Nagorno-Karabakh and Armenia, and the Russian peacekeeping contingent shall be subsequently relocated to protect the route. The Republic of Azerbaijan shall guarantee the security of persons, vehicles and cargo moving along the Lachin Corridor in both directions.',
        ru: 'Республика Армения до 15 ноября 2020 года возвращает Азербайджанской Республике Кельбаджарский район, а до 1 декабря 2020 года — Лачинский район. При этом остается Лачинский коридор (шириной 5 км), который будет обеспечивать связь Нагорного Карабаха с Арменией и при этом не будет затрагивать город Шуша. Лачинский коридор остается под контролем миротворческого контингента Российской Федерации. По согласованию Сторон в ближайшие три года будет определен план строительства нового маршрута движения по Лачинскому коридору, обеспечивающего связь между Нагорным Карабахом и Арменией, с последующей передислокацией российского миротворческого контингента для охраны этого маршрута. Азербайджанская Республика гарантирует безопасность движения по Лачинскому коридору граждан, транспортных средств и грузов в обоих направлениях.',
      },
    },
    {
      number: 7,
      responsiblePartyCodes: ['AM', 'AZ'],
      text: {
        en: 'Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the Office of the United Nations High Commissioner for Refugees.',
        ru: 'Внутренне перемещенные лица и беженцы возвращаются на территорию Нагорного Карабаха и прилегающие районы под контролем Управления Верховного комиссара ООН по делам беженцев.',
      },
    },
    {
      number: 8,
      responsiblePartyCodes: ['AM', 'AZ'],
      text: {
        en: 'The Parties shall exchange prisoners of war, hostages and other detained persons, and dead bodies.',
        ru: 'Производится обмен военнопленными, заложниками и другими удерживаемыми лицами и телами погибших.',
      },
    },
    {
      number: 9,
      responsiblePartyCodes: ['AM', 'AZ'],
      text: {
        en: 'All economic and transport connections in the region shall be unblocked. The Republic of Armenia shall guarantee the security of transport connections between the western regions of the Republic of Azerbaijan and the Nakhchivan Autonomous Republic in order to arrange unobstructed movement of persons, vehicles and cargo in both directions. Control over transport communication shall be exercised by the bodies of the Border Guard Service of the Russian Federal Security Service. As agreed by the Parties, new transport links shall be built to connect the Nakhchivan Autonomous Republic and the western regions of Azerbaijan.',
        ru: 'Разблокируются все экономические и транспортные связи в регионе. Республика Армения гарантирует безопасность транспортного сообщения между западными районами Азербайджанской Республики и Нахичеванской Автономной Республикой в целях организации беспрепятственного движения граждан, транспортных средств и грузов в обоих направлениях. Контроль за транспортным сообщением осуществляют органы Пограничной службы ФСБ России. По согласованию Сторон будет обеспечено строительство новых транспортных коммуникаций, связывающих Нахичеванскую Автономную Республику с западными районами Азербайджана.',
      },
    },
  ].map(withStatementTexts) satisfies DemoProvision[],
};

const LAVROV_SOURCE =
  'Lavrov explains Russia’s role in Karabakh, 18 January 2021 (with TASS news agency, Moscow)';

export const DEMO_EVENTS: DemoEvent[] = (
  [
    {
      kind: 'visit',
      date: '2020-12-12',
      endDate: '2020-12-14',
      title: {
        en: 'Visit of the OSCE Minsk Group co-chairs to the region',
        ru: 'Визит сопредседателей Минской группы ОБСЕ в регион',
      },
      place: 'Baku and Yerevan',
      participants: ['OSCE Minsk Group co-chairs (Russia, France, United States)', 'Azerbaijan', 'Armenia'],
      summary: {
        en: 'The co-chairs resumed their contacts with the parties after the statement of 10 November; the future status of Nagorno-Karabakh was left to later talks in which the Minsk Group keeps a role.',
        ru: 'Сопредседатели возобновили контакты со сторонами после заявления 10 ноября; вопрос будущего статуса Нагорного Карабаха оставлен для последующих переговоров, в которых Минская группа сохраняет роль.',
      },
      sourceNote: LAVROV_SOURCE,
    },
    {
      kind: 'meeting',
      date: '2021-01-11',
      title: {
        en: 'Meeting of the leaders of Russia, Azerbaijan and Armenia',
        ru: 'Встреча лидеров России, Азербайджана и Армении',
      },
      place: 'Moscow',
      participants: ['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'],
      summary: {
        en: 'Reviewed the implementation of the statement of 10 November: the mandate of the peacekeepers (to be the subject of a trilateral agreement), the exchange of prisoners of war on the principle of "all for all", and the unblocking of economic and transport links, for which a trilateral working group of deputy prime ministers was set up.',
        ru: 'Рассмотрено выполнение заявления 10 ноября: мандат миротворцев (предмет трехстороннего соглашения), обмен военнопленными по принципу «всех на всех» и разблокирование экономических и транспортных связей, для чего создана трехсторонняя рабочая группа на уровне вице-премьеров.',
      },
      sourceNote: `${LAVROV_SOURCE}; joint statement of the three leaders of 11 January 2021`,
    },
    {
      kind: 'statement',
      date: '2021-01-18',
      title: {
        en: 'Sergei Lavrov on Russia’s role in Karabakh (annual press conference)',
        ru: 'Сергей Лавров о роли России в Карабахе (ежегодная пресс-конференция)',
      },
      place: 'Moscow',
      participants: ['Sergei Lavrov'],
      summary: {
        en: 'The statement is being implemented effectively except for the prisoners-of-war question; no secret annexes; about 50,000 people have returned; lists of detained persons are being verified by the military of both sides with the peacekeepers, and more than the 62 prisoners first counted are concerned.',
        ru: 'Заявление выполняется эффективно, за исключением вопроса о военнопленных; секретных приложений нет; вернулись около 50 тысяч человек; списки удерживаемых лиц сверяются военными обеих сторон при участии миротворцев, и речь идет о большем числе пленных, чем первоначальные 62.',
      },
      sourceNote: LAVROV_SOURCE,
    },
    {
      kind: 'meeting',
      date: '2021-01-30',
      title: {
        en: 'First meeting of the trilateral working group on unblocking economic and transport links',
        ru: 'Первое заседание трехсторонней рабочей группы по разблокированию экономических и транспортных связей',
      },
      place: 'Moscow',
      participants: [
        'Alexei Overchuk (Deputy Prime Minister of Russia)',
        'Shahin Mustafayev (Deputy Prime Minister of Azerbaijan)',
        'Mher Grigoryan (Deputy Prime Minister of Armenia)',
      ],
      summary: {
        en: 'The working group co-chaired by the three deputy prime ministers began work on point 9 of the statement: rail and road links through the region, including between the western regions of Azerbaijan and Nakhchivan.',
        ru: 'Рабочая группа под сопредседательством трех вице-премьеров начала работу по пункту 9 заявления: железнодорожные и автомобильные связи в регионе, в том числе между западными районами Азербайджана и Нахичеванью.',
      },
      sourceNote:
        'Working group set up by the joint statement of 11 January 2021; public reports of its first meeting',
    },
  ] satisfies DemoEvent[]
).map(withEventTranslations);
