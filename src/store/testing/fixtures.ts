import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { Party } from '../../domain/parties/types.js';
import type { User } from '../../domain/users/types.js';
import type { Store } from '../store.js';

export const TEST_CTX: WriteContext = { actor: { userId: null, username: 'test-operator', via: 'cli' } };
export const COORDINATOR_SCOPE: PartyScope = { userId: null, role: 'coordinator', partyId: null };
export const TEST_PASSWORD = 'correct horse battery';

export interface SmallWorld {
  am: Party;
  az: Party;
  pk: Party;
  coordinator: User;
  liaisonAm: User;
  liaisonAz: User;
  observer: User;
}

/** Two parties, the intermediary, and one user of each kind that party scoping tells apart. */
export async function seedSmallWorld(store: Store): Promise<SmallWorld> {
  const { parties, users } = store.repos;
  const am = await parties.create(TEST_CTX, {
    code: 'AM',
    kind: 'party',
    names: { en: 'Armenia', hy: 'Հայաստան' },
  });
  const az = await parties.create(TEST_CTX, { code: 'AZ', kind: 'party', names: { en: 'Azerbaijan' } });
  const pk = await parties.create(TEST_CTX, {
    code: 'PK',
    kind: 'intermediary',
    names: { en: 'Peacekeepers' },
  });
  const user = (username: string, role: User['role'], partyId: string | null) =>
    users.create(TEST_CTX, { username, role, partyId, password: TEST_PASSWORD });
  return {
    am,
    az,
    pk,
    coordinator: await user('coord', 'coordinator', pk.id),
    liaisonAm: await user('liaison-am', 'liaison', am.id),
    liaisonAz: await user('liaison-az', 'liaison', az.id),
    observer: await user('watcher', 'observer', null),
  };
}

export function scopeOf(user: User): PartyScope {
  return { userId: user.id, role: user.role, partyId: user.partyId };
}

export function ctxOf(user: User): WriteContext {
  return { actor: { userId: user.id, username: user.username, via: 'api' } };
}
