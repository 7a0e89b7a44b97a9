import type { MapFeatureInput, Position } from '../corridor/geojson.js';
import type { CargoCategory, MovementKind } from '../corridor/types.js';
import type { ReturnCount } from '../returns/types.js';

/**
 * The corridor in the weeks after the ceasefire, as the peacekeeping contingent's daily bulletins counted it:
 * observation posts (23 on 8 January 2021, 27 on 24 January), escorted convoys, humanitarian cargo and returnees
 * (about 9,000 by 23 November 2020, 47,834 by 8 January, over 48,000 on 11 January, 50,658 by 24 January).
 * Geometries are sketches for the demo (the zone, the line of contact and the posts' places are approximate, drawn
 * from the gazetteer's towns), not surveyed lines.
 */

/** The route of the corridor: Goris, the Hakari bridge, Lachin, Shusha junction, Stepanakert. */
export const CORRIDOR_ROUTE: Position[] = [
  [46.34167, 39.51111],
  [46.4, 39.535],
  [46.4556, 39.5583],
  [46.49, 39.58],
  [46.54694, 39.64083],
  [46.6, 39.69],
  [46.67, 39.735],
  [46.73, 39.765],
  [46.75194, 39.81528],
];

const ZONE: Position[] = [
  [46.5, 39.72],
  [46.62, 39.62],
  [46.85, 39.6],
  [47.02, 39.66],
  [47.17, 39.8],
  [47.08, 40.02],
  [46.95, 40.25],
  [46.72, 40.3],
  [46.55, 40.12],
  [46.52, 39.9],
  [46.5, 39.72],
];

const LINE_OF_CONTACT: Position[] = [
  [46.7, 40.31],
  [46.97, 40.26],
  [47.1, 40.03],
  [47.19, 39.8],
  [47.03, 39.64],
  [46.86, 39.59],
  [46.74, 39.71],
];

/** Where posts stand: along the corridor, then along the line of contact. */
function postPositions(count: number): Position[] {
  const path = [...CORRIDOR_ROUTE.slice(3), ...LINE_OF_CONTACT];
  const lengths = path
    .slice(1)
    .map((p, i) => Math.hypot(p[0] - (path[i] as Position)[0], p[1] - (path[i] as Position)[1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  return Array.from({ length: count }, (_, k) => {
    let along = ((k + 0.5) / count) * total;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i] as number;
      if (along <= length || i === lengths.length - 1) {
        const a = path[i] as Position;
        const b = path[i + 1] as Position;
        const t = Math.min(1, along / length);
        // A little off the line, alternately, as posts stand on the heights beside a road.
        const side = (k % 2 === 0 ? 1 : -1) * 0.012;
        return [
          Math.round((a[0] + t * (b[0] - a[0]) + side) * 1e5) / 1e5,
          Math.round((a[1] + t * (b[1] - a[1]) - side / 2) * 1e5) / 1e5,
        ];
      }
      along -= length;
    }
    return path[0] as Position;
  });
}

/** Post 1 to 23 established by 8 January 2021 (most in the first fortnight), 24 to 27 by 24 January. */
function postEstablishedOn(number: number): string {
  if (number <= 16) return `2020-11-${String(12 + Math.floor((number - 1) / 2)).padStart(2, '0')}`;
  if (number <= 23)
    return ['2020-11-28', '2020-12-02', '2020-12-06', '2020-12-11', '2020-12-19', '2021-01-03', '2021-01-08'][
      number - 17
    ] as string;
  return ['2021-01-12', '2021-01-16', '2021-01-20', '2021-01-24'][number - 24] as string;
}

export const DEMO_POST_COUNT = 27;

export const DEMO_LAYERS: MapFeatureInput[] = [
  {
    layer: 'zone',
    names: {
      en: 'Zone of responsibility of the peacekeeping contingent (sketch)',
      ru: 'Зона ответственности миротворческого контингента (схема)',
      hy: 'Խաղաղապահ զորախմբի պատասխանատվության գոտի (ուրվագիծ)',
      az: 'Sülhməramlı kontingentin məsuliyyət zonası (sxem)',
    },
    number: null,
    establishedOn: '2020-11-10',
    placeId: null,
    bandKm: null,
    geometry: { type: 'Polygon', coordinates: [ZONE] },
  },
  {
    layer: 'line_of_contact',
    names: {
      en: 'Line of contact (sketch)',
      ru: 'Линия соприкосновения (схема)',
      hy: 'Շփման գիծ (ուրվագիծ)',
      az: 'Təmas xətti (sxem)',
    },
    number: null,
    establishedOn: '2020-11-10',
    placeId: null,
    bandKm: null,
    geometry: { type: 'LineString', coordinates: LINE_OF_CONTACT },
  },
  {
    layer: 'corridor',
    names: {
      en: 'Lachin corridor',
      ru: 'Лачинский коридор',
      hy: 'Լաչինի միջանցք',
      az: 'Laçın dəhlizi',
    },
    number: null,
    establishedOn: '2020-11-10',
    placeId: null,
    bandKm: 5,
    geometry: { type: 'LineString', coordinates: CORRIDOR_ROUTE },
  },
  ...postPositions(DEMO_POST_COUNT).map(
    (position, index): MapFeatureInput => ({
      layer: 'observation_post',
      names: {
        en: `Observation post ${index + 1}`,
        ru: `Наблюдательный пост № ${index + 1}`,
        hy: `Դիտակետ № ${index + 1}`,
        az: `Müşahidə məntəqəsi № ${index + 1}`,
      },
      number: index + 1,
      establishedOn: postEstablishedOn(index + 1),
      placeId: null,
      bandKm: null,
      geometry: { type: 'Point', coordinates: position },
    }),
  ),
  {
    layer: 'checkpoint',
    names: {
      en: 'Lachin corridor checkpoint (Hakari bridge)',
      ru: 'КПП Лачинского коридора (мост Акари)',
      hy: 'Լաչինի միջանցքի անցակետ (Հակարիի կամուրջ)',
      az: 'Laçın dəhlizi keçid məntəqəsi (Həkəri körpüsü)',
    },
    number: 1,
    establishedOn: '2020-11-12',
    placeId: 'lachin-corridor-checkpoint',
    bandKm: null,
    geometry: { type: 'Point', coordinates: [46.49, 39.58] },
  },
  {
    layer: 'checkpoint',
    names: {
      en: 'Stepanakert checkpoint (Shusha road)',
      ru: 'КПП Степанакерт (шушинская дорога)',
      hy: 'Ստեփանակերտի անցակետ (Շուշիի ճանապարհ)',
      az: 'Xankəndi keçid məntəqəsi (Şuşa yolu)',
    },
    number: 2,
    establishedOn: '2020-11-14',
    placeId: 'stepanakert',
    bandKm: null,
    geometry: { type: 'Point', coordinates: [46.742, 39.79] },
  },
];

export interface DemoMovement {
  kind: MovementKind;
  reference: string;
  fromPlaceId: string;
  toPlaceId: string;
  windowStart: string;
  windowEnd: string;
  vehicles: number;
  people: number;
  cargoSummary: string;
  escort: string;
  /** When it was notified, each party's acknowledgement (party code → time; none: not yet answered), then the steps. */
  notifiedAt: string | null;
  acknowledged: Record<string, string>;
  startedAt: string | null;
  completedAt: string | null;
}

const convoy = (
  n: number,
  day: string,
  people: number,
  vehicles: number,
  cargo: string,
  state: 'completed' | 'notified' | 'under_way' = 'completed',
): DemoMovement => ({
  kind: 'convoy',
  reference: `Convoy ${n}: Goris – Lachin – Stepanakert`,
  fromPlaceId: 'goris',
  toPlaceId: 'stepanakert',
  windowStart: `${day}T06:00:00Z`,
  windowEnd: `${day}T16:00:00Z`,
  vehicles,
  people,
  cargoSummary: cargo,
  escort: 'Peacekeeping contingent: two armoured personnel carriers, a traffic police car',
  notifiedAt: `${day}T03:00:00Z`,
  acknowledged:
    state === 'notified' ? { AM: `${day}T04:10:00Z` } : { AM: `${day}T04:10:00Z`, AZ: `${day}T04:40:00Z` },
  startedAt: state === 'notified' ? null : `${day}T06:30:00Z`,
  completedAt: state === 'completed' ? `${day}T13:00:00Z` : null,
});

export const DEMO_MOVEMENTS: DemoMovement[] = [
  convoy(1, '2020-11-14', 310, 9, 'Returnees with their belongings'),
  convoy(2, '2020-11-19', 640, 16, 'Returnees; flour and tinned food'),
  convoy(3, '2020-11-26', 900, 21, 'Returnees; window glass and roofing'),
  convoy(4, '2020-12-05', 1200, 26, 'Returnees; medicines for the Stepanakert hospital'),
  convoy(5, '2020-12-17', 850, 19, 'Returnees; diesel and heating fuel'),
  convoy(6, '2021-01-08', 520, 12, 'Returnees; food parcels'),
  {
    kind: 'mission',
    reference: 'Mission: demining survey on the Lachin road',
    fromPlaceId: 'lachin',
    toPlaceId: 'shusha',
    windowStart: '2021-01-20T07:00:00Z',
    windowEnd: '2021-01-20T15:00:00Z',
    vehicles: 3,
    people: 14,
    cargoSummary: 'Demining equipment',
    escort: 'Engineering unit of the contingent',
    notifiedAt: '2021-01-19T18:00:00Z',
    acknowledged: { AM: '2021-01-19T19:00:00Z', AZ: '2021-01-19T20:30:00Z' },
    startedAt: '2021-01-20T07:10:00Z',
    completedAt: '2021-01-20T14:20:00Z',
  },
  convoy(7, '2021-01-25', 400, 10, 'Returnees; building materials', 'notified'),
];

/** The cumulative count of returnees the bulletins gave, day by day between these anchors. */
export const RETURN_ANCHORS: readonly { date: string; cumulative: number }[] = [
  { date: '2020-11-13', cumulative: 0 },
  { date: '2020-11-23', cumulative: 9_000 },
  { date: '2021-01-08', cumulative: 47_834 },
  { date: '2021-01-11', cumulative: 48_127 },
  { date: '2021-01-24', cumulative: 50_658 },
];

const DESTINATIONS: readonly { placeId: string; region: string; share: number }[] = [
  { placeId: 'stepanakert', region: 'Nagorno-Karabakh', share: 0.58 },
  { placeId: 'askeran', region: 'Nagorno-Karabakh', share: 0.12 },
  { placeId: 'martuni', region: 'Nagorno-Karabakh', share: 0.15 },
  { placeId: 'martakert', region: 'Nagorno-Karabakh', share: 0.15 },
];

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The returns of the demo: for each day after the first anchor, the increase between anchors spread over the days
 * (more on convoy days), split among the destinations; the cumulative total meets every anchor exactly.
 */
export function demoReturnCounts(): (ReturnCount & { region: string })[] {
  const counts: (ReturnCount & { region: string })[] = [];
  const convoyDays = new Set(DEMO_MOVEMENTS.map((m) => m.windowStart.slice(0, 10)));
  for (let a = 1; a < RETURN_ANCHORS.length; a++) {
    const from = RETURN_ANCHORS[a - 1] as { date: string; cumulative: number };
    const to = RETURN_ANCHORS[a] as { date: string; cumulative: number };
    const days: string[] = [];
    for (let day = nextDay(from.date); day <= to.date; day = nextDay(day)) days.push(day);
    const weights = days.map((day, i) => (convoyDays.has(day) ? 3 : 1) * (1 + 0.3 * Math.sin(i * 1.7)));
    const weightSum = weights.reduce((s, w) => s + w, 0);
    const total = to.cumulative - from.cumulative;
    let given = 0;
    days.forEach((day, i) => {
      const target = Math.round((total * weights.slice(0, i + 1).reduce((s, w) => s + w, 0)) / weightSum);
      const ofDay = target - given;
      given = target;
      let split = 0;
      DESTINATIONS.forEach((destination, d) => {
        const individuals =
          d === DESTINATIONS.length - 1 ? ofDay - split : Math.floor(ofDay * destination.share);
        split += individuals;
        if (individuals <= 0) return;
        const withConvoy = convoyDays.has(day);
        counts.push({
          date: day,
          originPlaceId: d % 2 === 0 ? 'yerevan' : 'goris',
          destinationPlaceId: destination.placeId,
          region: destination.region,
          individuals,
          households: Math.max(1, Math.round(individuals / 3.4)),
          mode: withConvoy ? 'with_convoy' : 'on_their_own',
          movementId: null,
          source: 'Peacekeeping contingent daily bulletin',
        });
      });
    });
  }
  return counts;
}

export interface DemoConsignment {
  reference: string;
  sender: string;
  receiver: string;
  /** The convoy it went with (its number in DEMO_MOVEMENTS, from 1). */
  convoy: number;
  lines: {
    category: CargoCategory;
    description: string;
    quantity: number;
    unit: string;
    weightKg: number;
    damaged?: number;
    lost?: number;
  }[];
  lossNote?: string;
}

export const DEMO_CONSIGNMENTS: DemoConsignment[] = [
  {
    reference: 'HUM-2020-0002',
    sender: 'EMERCOM of Russia',
    receiver: 'Stepanakert humanitarian response centre',
    convoy: 2,
    lines: [
      {
        category: 'food',
        description: 'Wheat flour, 50 kg sacks',
        quantity: 400,
        unit: 'sack',
        weightKg: 20_000,
        damaged: 6,
        lost: 4,
      },
      { category: 'food', description: 'Tinned meat', quantity: 600, unit: 'box', weightKg: 7_200 },
    ],
    lossNote: 'Six sacks torn on the Lachin road, four missing at unloading',
  },
  {
    reference: 'HUM-2020-0003',
    sender: 'Interdepartmental humanitarian response centre',
    receiver: 'Stepanakert municipality',
    convoy: 3,
    lines: [
      {
        category: 'shelter_and_construction',
        description: 'Window glass, 4 mm',
        quantity: 900,
        unit: 'sheet',
        weightKg: 13_500,
        damaged: 35,
      },
      {
        category: 'shelter_and_construction',
        description: 'Roofing sheets',
        quantity: 1200,
        unit: 'sheet',
        weightKg: 9_600,
      },
    ],
    lossNote: 'Thirty-five sheets of glass broken in transit',
  },
  {
    reference: 'HUM-2020-0004',
    sender: 'Ministry of Health of Armenia',
    receiver: 'Republican Medical Centre, Stepanakert',
    convoy: 4,
    lines: [
      {
        category: 'medical',
        description: 'Medicines and dressings',
        quantity: 180,
        unit: 'box',
        weightKg: 2_700,
      },
      { category: 'food', description: 'Baby food', quantity: 300, unit: 'box', weightKg: 3_000 },
    ],
  },
  {
    reference: 'HUM-2020-0005',
    sender: 'EMERCOM of Russia',
    receiver: 'Stepanakert humanitarian response centre',
    convoy: 5,
    lines: [
      { category: 'fuel', description: 'Diesel', quantity: 60, unit: 'drum', weightKg: 12_000 },
      { category: 'other', description: 'Stoves', quantity: 200, unit: 'piece', weightKg: 4_000 },
    ],
  },
  {
    reference: 'HUM-2021-0006',
    sender: 'Interdepartmental humanitarian response centre',
    receiver: 'Martuni district administration',
    convoy: 6,
    lines: [
      {
        category: 'food',
        description: 'Food parcels',
        quantity: 1500,
        unit: 'parcel',
        weightKg: 22_500,
        lost: 12,
      },
    ],
    lossNote: 'Twelve parcels missing at the count in Martuni',
  },
];
