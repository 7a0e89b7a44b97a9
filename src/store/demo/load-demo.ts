import { randomBytes } from 'node:crypto';
import { type Role, SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import { DEMO_ACCOUNTS, DEMO_EVENTS, DEMO_PARTIES, STATEMENT } from '../../domain/demo/karabakh-2020.js';
import { StoreError } from '../errors.js';
import { loadDemoPastExchange } from '../exchange/event-demo.js';
import type { Store } from '../store.js';
import { loadDemoCorridor } from './corridor.load.js';
import { loadDemoExchangeLists } from './exchange-lists.load.js';
import { loadDemoIncidents } from './incidents.load.js';
import { loadDemoMeetings } from './meetings.load.js';
import { loadDemoProvisions } from './provisions.load.js';
import { loadDemoTracing } from './tracing.load.js';

export interface DemoCredentials {
  username: string;
  password: string;
  role: Role;
  partyCode: string | null;
}

export interface DemoLoadResult {
  /** False when the database already had parties or users: nothing was written. */
  loaded: boolean;
  /** The demo accounts with their passwords, to show once; empty when nothing was loaded. */
  accounts: DemoCredentials[];
}

export interface LoadDemoOptions {
  ctx?: WriteContext;
  /** The password of each demo account; by default a fresh random one. */
  passwordFor?: (username: string) => string;
}

const DEMO_CONTEXT: WriteContext = { actor: { userId: null, username: 'parley-demo', via: 'cli' } };

function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function isStoreEmpty(store: Store): Promise<boolean> {
  const [parties, users] = await Promise.all([
    store.db.selectFrom('party').select('id').limit(1).execute(),
    store.db.selectFrom('app_user').select('id').limit(1).execute(),
  ]);
  return parties.length === 0 && users.length === 0;
}

/**
 * Loads the demo scenario (parties, one account per role and party, the 10 November 2020 statement and
 * the events that followed) into an empty database, all in one transaction. On a database that already
 * has parties or users it writes nothing and says so.
 */
export async function loadDemo(store: Store, opts: LoadDemoOptions = {}): Promise<DemoLoadResult> {
  const ctx = opts.ctx ?? DEMO_CONTEXT;
  const passwordFor = opts.passwordFor ?? randomPassword;
  try {
    return await loadDemoOnce(store, ctx, passwordFor);
  } catch (error) {
    // Two instances starting together on one empty PostgreSQL database: the second one's first party
    // collides with the first one's and its whole transaction rolls back. The demo is there: nothing to do.
    if (error instanceof StoreError && error.code === 'conflict') return { loaded: false, accounts: [] };
    throw error;
  }
}

async function loadDemoOnce(
  store: Store,
  ctx: WriteContext,
  passwordFor: (username: string) => string,
): Promise<DemoLoadResult> {
  return store.transaction(async (repos) => {
    const existing = await repos.parties.list(SYSTEM_SCOPE);
    if (existing.length > 0 || (await repos.users.count()) > 0) return { loaded: false, accounts: [] };

    const partyIds = new Map<string, string>();
    for (const party of DEMO_PARTIES) {
      const created = await repos.parties.create(ctx, party);
      partyIds.set(party.code, created.id);
    }
    const idOf = (code: string): string => {
      const id = partyIds.get(code);
      if (!id) throw new Error(`demo data names an unknown party code ${code}`);
      return id;
    };

    const accounts: DemoCredentials[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const password = passwordFor(account.username);
      await repos.users.create(ctx, {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        partyId: account.partyCode ? idOf(account.partyCode) : null,
        post: account.post,
        password,
      });
      accounts.push({
        username: account.username,
        password,
        role: account.role,
        partyCode: account.partyCode,
      });
    }

    const statement = await repos.agreements.create(ctx, {
      code: STATEMENT.code,
      title: STATEMENT.title,
      signedOn: STATEMENT.signedOn,
      sourceNote: STATEMENT.sourceNote,
      sourceText: STATEMENT.sourceText,
      provisions: STATEMENT.provisions.map((p) => ({
        number: p.number,
        text: p.text,
        texts: p.texts,
        responsiblePartyIds: p.responsiblePartyCodes.map(idOf),
      })),
    });
    for (const event of DEMO_EVENTS) await repos.events.create(ctx, event);
    await loadDemoExchangeLists(repos, idOf);
    await loadDemoPastExchange(repos, idOf);
    await loadDemoIncidents(repos, idOf);
    await loadDemoProvisions(repos, statement.id, idOf);
    await loadDemoCorridor(repos, idOf);
    await loadDemoMeetings(repos, statement.id, idOf);
    await loadDemoTracing(repos, idOf);

    return { loaded: true, accounts };
  });
}
