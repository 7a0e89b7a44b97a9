import {
  CARGO_CATEGORIES,
  type CargoCategory,
  type CargoLine,
  type MovementKind,
  type MovementStatus,
} from './types.js';

/** What the bulletin of one day is made from, as the reader may see it. */
export interface BulletinFacts {
  /** The day, `YYYY-MM-DD` (UTC). */
  date: string;
  observationPosts: readonly { number: number | null; establishedOn: string | null }[];
  checkpoints: number;
  /** Movements whose window overlaps the day (others cannot have moved on it). */
  movements: readonly {
    reference: string;
    kind: MovementKind;
    status: MovementStatus;
    fromPlaceId: string;
    toPlaceId: string;
    windowStart: string;
    vehicles: number;
    people: number;
    escort: string;
    history: readonly { event: string; at: string }[];
  }[];
  /** Consignments received up to the day. */
  consignments: readonly { reference: string; receivedOn: string | null; lines: readonly CargoLine[] }[];
  /** Returns per day up to the day. */
  returns: readonly { date: string; individuals: number; households: number | null }[];
  /** Published incidents (null where the deployment has no incidents module). */
  incidents: readonly { kind: string; occurredAt: string; placeId: string | null }[] | null;
}

export interface BulletinMovement {
  reference: string;
  kind: MovementKind;
  status: MovementStatus;
  fromPlaceId: string;
  toPlaceId: string;
  vehicles: number;
  people: number;
  escort: string;
}

/** The contingent's daily bulletin: posts, movements escorted, cargo delivered, returns that day and in total. */
export interface DailyBulletin {
  date: string;
  posts: { total: number; establishedThatDay: number[]; checkpoints: number };
  movements: { escorted: BulletinMovement[]; vehicles: number; people: number };
  cargo: {
    consignments: string[];
    tonnes: Record<CargoCategory, number>;
    tonnesThatDay: number;
    tonnesInTotal: number;
  };
  returns: {
    thatDay: { individuals: number; households: number | null };
    inTotal: { individuals: number; households: number | null };
  };
  incidents: { kind: string; occurredAt: string; placeId: string | null }[] | null;
}

const dayOf = (iso: string) => iso.slice(0, 10);
const noTonnes = (): Record<CargoCategory, number> => ({
  food: 0,
  medical: 0,
  shelter_and_construction: 0,
  fuel: 0,
  other: 0,
});

/** Tonnes delivered good by a consignment's lines, by category (a line received counts its good share). */
function deliveredTonnes(lines: readonly CargoLine[], into: Record<CargoCategory, number>): void {
  for (const line of lines) {
    if (line.received === null || line.quantity === 0) continue;
    into[line.category] += (line.weightKg * (line.received.good / line.quantity)) / 1000;
  }
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

/**
 * Whether a movement was escorted on `date`: it set off that day, or it was on the road that day (set off before,
 * completed that day or later). A movement never set off (planned, notified, cancelled before) was not escorted.
 */
export function escortedOn(movement: BulletinFacts['movements'][number], date: string): boolean {
  const started = movement.history.find((change) => change.event === 'start');
  if (!started) return false;
  const completed = movement.history.find((change) => change.event === 'complete');
  const cancelled = movement.history.find((change) => change.event === 'cancel');
  const end = completed ?? cancelled;
  return dayOf(started.at) <= date && (end === undefined || dayOf(end.at) >= date);
}

/** The bulletin of `facts.date`, from facts the reader may see. */
export function dailyBulletin(facts: BulletinFacts): DailyBulletin {
  const { date } = facts;
  const inPlace = facts.observationPosts.filter((p) => p.establishedOn === null || p.establishedOn <= date);
  const escorted = facts.movements
    .filter((m) => escortedOn(m, date))
    .sort((a, b) => a.windowStart.localeCompare(b.windowStart) || a.reference.localeCompare(b.reference))
    .map(
      (m): BulletinMovement => ({
        reference: m.reference,
        kind: m.kind,
        status: m.status,
        fromPlaceId: m.fromPlaceId,
        toPlaceId: m.toPlaceId,
        vehicles: m.vehicles,
        people: m.people,
        escort: m.escort,
      }),
    );

  const thatDay = noTonnes();
  const inTotal = noTonnes();
  const received: string[] = [];
  for (const consignment of facts.consignments) {
    if (consignment.receivedOn === null || consignment.receivedOn > date) continue;
    deliveredTonnes(consignment.lines, inTotal);
    if (consignment.receivedOn === date) {
      deliveredTonnes(consignment.lines, thatDay);
      received.push(consignment.reference);
    }
  }

  const upToDate = facts.returns.filter((r) => r.date <= date);
  const ofDay = upToDate.filter((r) => r.date === date);
  const households = (rows: typeof upToDate) =>
    rows.length > 0 && rows.every((r) => r.households !== null)
      ? sum(rows.map((r) => r.households ?? 0))
      : null;

  return {
    date,
    posts: {
      total: inPlace.length,
      establishedThatDay: inPlace
        .filter((p) => p.establishedOn === date && p.number !== null)
        .map((p) => p.number as number)
        .sort((a, b) => a - b),
      checkpoints: facts.checkpoints,
    },
    movements: {
      escorted,
      vehicles: sum(escorted.map((m) => m.vehicles)),
      people: sum(escorted.map((m) => m.people)),
    },
    cargo: {
      consignments: received.sort(),
      tonnes: thatDay,
      tonnesThatDay: sum(CARGO_CATEGORIES.map((c) => thatDay[c])),
      tonnesInTotal: sum(CARGO_CATEGORIES.map((c) => inTotal[c])),
    },
    returns: {
      thatDay: { individuals: sum(ofDay.map((r) => r.individuals)), households: households(ofDay) },
      inTotal: { individuals: sum(upToDate.map((r) => r.individuals)), households: households(upToDate) },
    },
    incidents:
      facts.incidents === null
        ? null
        : facts.incidents
            .filter((i) => dayOf(i.occurredAt) === date)
            .map((i) => ({ kind: i.kind, occurredAt: i.occurredAt, placeId: i.placeId }))
            .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
  };
}
