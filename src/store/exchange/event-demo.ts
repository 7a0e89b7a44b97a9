import { SYSTEM_SCOPE } from '../../domain/access/types.js';
import {
  ARMENIAN_FAMILY_NAMES,
  ARMENIAN_MALE_GIVEN_NAMES,
  AZERBAIJANI_FAMILY_NAMES,
  AZERBAIJANI_MALE_GIVEN_NAMES,
} from '../demo/exchange-lists.names.js';
import type { Repositories } from '../repositories.js';

/** The exchange of 14 December 2020: 44 persons returned to Armenia, 12 to Azerbaijan ("all for all", first round). */
export const DEMO_PAST_EXCHANGE = { date: '2020-12-14', toArmenia: 44, toAzerbaijan: 12 } as const;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Distinct generated names (given and family), each written as its own side writes it. */
function names(count: number, given: readonly string[], family: readonly string[], seed: number): string[] {
  const random = seeded(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(`${pick(family)} ${pick(given)}`);
  return [...chosen];
}

/**
 * Loads the demo's past exchange: persons of each side handed over on 14 December 2020, confirmed by both
 * liaisons and the coordinator. Runs inside the demo loader's transaction.
 */
export async function loadDemoPastExchange(
  repos: Repositories,
  partyIdOf: (code: string) => string,
): Promise<void> {
  const am = partyIdOf('AM');
  const az = partyIdOf('AZ');
  const users = await repos.users.list(SYSTEM_SCOPE);
  const coordinator = users.find((u) => u.role === 'coordinator');
  const liaison = (partyId: string) => users.find((u) => u.role === 'liaison' && u.partyId === partyId);
  const confirmations = [
    { user: liaison(am), partyId: am, at: '2020-12-14T09:40:00.000Z' },
    { user: liaison(az), partyId: az, at: '2020-12-14T09:55:00.000Z' },
    { user: coordinator, partyId: null, at: '2020-12-14T12:00:00.000Z' },
  ].map(({ user, partyId, at }) => ({
    partyId,
    userId: user?.id ?? null,
    username: user?.username ?? 'demo',
    at,
  }));
  const persons = [
    ...names(DEMO_PAST_EXCHANGE.toArmenia, ARMENIAN_MALE_GIVEN_NAMES, ARMENIAN_FAMILY_NAMES, 1214).map(
      (displayName) => ({ displayName, ownPartyId: am, holdingPartyId: az }),
    ),
    ...names(
      DEMO_PAST_EXCHANGE.toAzerbaijan,
      AZERBAIJANI_MALE_GIVEN_NAMES,
      AZERBAIJANI_FAMILY_NAMES,
      1412,
    ).map((displayName) => ({ displayName, ownPartyId: az, holdingPartyId: am })),
  ];
  await repos.exchangeEvents.recordPast(
    { actor: { userId: coordinator?.id ?? null, username: coordinator?.username ?? 'demo', via: 'cli' } },
    {
      date: DEMO_PAST_EXCHANGE.date,
      place: 'Line of contact, under the Russian peacekeeping contingent',
      placeKind: 'checkpoint',
      persons,
      confirmations,
      steps: ['2020-11-20T10:00:00.000Z', '2020-11-30T10:00:00.000Z', '2020-12-08T10:00:00.000Z'],
      reasons: {
        listed: "named in its party's list of missing persons",
        located: "matched with the holding party's list",
        verified: 'confirmed held at an ICRC visit',
      },
    },
  );
}
