import { SYSTEM_SCOPE } from '../../domain/access/types.js';
import { FAKER_NAMES } from '../../domain/demo/synthetic-lists/index.js';
import { seededRandom } from '../../engine/index.js';
import type { Repositories } from '../repositories.js';

/** The exchange of 14 December 2020: 44 persons returned to Armenia, 12 to Azerbaijan ("all for all", first round). */
export const DEMO_PAST_EXCHANGE = { date: '2020-12-14', toArmenia: 44, toAzerbaijan: 12 } as const;

/** Distinct generated names (given and family), each written as its own side writes it. */
function names(count: number, given: readonly string[], family: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(`${pick(family)} ${pick(given)}`);
  return [...chosen];
}

/**
 * Loads the demo's past exchange: planned and confirmed by both liaisons and the coordinator on 12 December 2020,
 * carried out on 14 December 2020 (every person handed over), its outcome confirmed by all three that day. Runs
 * inside the demo loader's transaction.
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
  const confirmedAt = (times: [string, string, string]) =>
    [
      { user: liaison(am), partyId: am, at: times[0] },
      { user: liaison(az), partyId: az, at: times[1] },
      { user: coordinator, partyId: null, at: times[2] },
    ].map(({ user, partyId, at }) => ({
      partyId,
      userId: user?.id ?? null,
      username: user?.username ?? 'demo',
      at,
    }));
  const { hy_AM: armenian, az_AZ: azerbaijani } = FAKER_NAMES;
  const persons = [
    ...names(DEMO_PAST_EXCHANGE.toArmenia, armenian.first_names_male, armenian.last_names, 1214).map(
      (displayName) => ({
        displayName,
        ownPartyId: am,
        holdingPartyId: az,
      }),
    ),
    ...names(
      DEMO_PAST_EXCHANGE.toAzerbaijan,
      azerbaijani.first_names_male,
      azerbaijani.last_names_male,
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
      confirmations: confirmedAt([
        '2020-12-12T09:40:00.000Z',
        '2020-12-12T09:55:00.000Z',
        '2020-12-12T12:00:00.000Z',
      ]),
      carriedOutAt: '2020-12-14T11:30:00.000Z',
      outcomeConfirmations: confirmedAt([
        '2020-12-14T12:10:00.000Z',
        '2020-12-14T12:20:00.000Z',
        '2020-12-14T12:40:00.000Z',
      ]),
      steps: ['2020-11-20T10:00:00.000Z', '2020-11-30T10:00:00.000Z', '2020-12-08T10:00:00.000Z'],
    },
  );
}
