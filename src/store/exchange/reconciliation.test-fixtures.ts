import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import { PersonPlanner, runPersonFacts } from '../../domain/exchange/person-changes.js';
import type { Store } from '../store.js';
import { type SmallWorld, seedSmallWorld } from '../testing/fixtures.js';
import type { ImportListVersion, ListEntryFields, ListKind } from './list.types.js';
import type { NewReconciliationPair } from './reconciliation.types.js';

/** A person as a list writes them: family name, given name, birth date. */
export type ListRow = [family: string, given: string, born: string];

export interface LiaisonIdentity {
  userId: string;
  username: string;
  partyId: string;
}

export const liaisonScope = (who: LiaisonIdentity): PartyScope => ({
  userId: who.userId,
  role: 'liaison',
  partyId: who.partyId,
});
export const liaisonCtx = (who: LiaisonIdentity): WriteContext => ({
  actor: { userId: who.userId, username: who.username, via: 'api' },
});

/** Imports one version of a party's list, as its liaison would. */
export async function importList(
  store: Store,
  who: LiaisonIdentity,
  kind: ListKind,
  rows: ListRow[],
): Promise<void> {
  const input: ImportListVersion = {
    partyId: who.partyId,
    kind,
    fileName: `${kind}.csv`,
    mapping: { family_name: 'Family', given_name: 'Given', birth_date: 'Born' },
    entries: rows.map(([family, given, born], i) => {
      const fields: ListEntryFields = { family_name: family, given_name: given, birth_date: born };
      return { row: i + 2, fields, displayName: `${family} ${given}`, extras: {} };
    }),
    duplicates: [],
  };
  await store.repos.exchangeLists.importVersion(liaisonCtx(who), liaisonScope(who), input);
}

/**
 * Armenia's missing persons in Armenian script and Russian, held by Azerbaijan in Latin transliteration;
 * Azerbaijan's in Azerbaijani Latin, held by Armenia in Russian. Some on one side only.
 */
export const AM_MISSING: ListRow[] = [
  ['Պետրոսյան', 'Արամ', '1999-03-14'],
  ['Սարգսյան', 'Գևորգ', '2000-05-01'],
  ['Հակոբյան', 'Տիգրան', '1998-11-20'],
  ['Арутюнян', 'Сергей', '1985-07-07'],
  ['Ավետիսյան', 'Նարեկ', '1996-04-04'],
  ['Մարտիրոսյան', 'Դավիթ', '1994-08-15'],
];
export const AZ_HELD: ListRow[] = [
  ['Petrosyan', 'Aram', '1999-03-14'],
  ['Sarkisyan', 'Gevorg', '2000'],
  ['Harutyunyan', 'Sergey', '1985-07-07'],
  ['Grigoryan', 'Armen', '1990-01-01'],
  ['Avetisyan', 'Narek', '1969-04-04'],
  ['Martirosyan', 'Davit', '1994'],
];
export const AZ_MISSING: ListRow[] = [
  ['Məmmədov', 'Elvin', '2001-07-02'],
  ['Həsənov', 'Rauf', '1995-02-10'],
  ['Əliyev', 'Orxan', '1997-09-09'],
];
export const AM_HELD: ListRow[] = [
  ['Мамедов', 'Эльвин', '2001-07-02'],
  ['Гасанов', 'Рауф', '1995'],
  ['Гулиев', 'Намик', '1980-01-01'],
];

/** The parties' liaisons of a small world, as list importers. */
export interface ListWorld {
  am: LiaisonIdentity;
  az: LiaisonIdentity;
}

/**
 * A finished run over the lists already imported, without the engine: `matches` pairs a missing entry's display
 * name with a held entry's (class `matched`, or `review` when `review` is set); persons are planned by the domain
 * as the server's completeRun does. Answers the run id and the pair ids by missing name.
 */
export async function finishRun(
  store: Store,
  ctx: WriteContext,
  matches: { missing: string; held: string; review?: boolean }[],
): Promise<{ runId: string; pairIds: Map<string, string> }> {
  const run = await store.repos.reconciliations.start(ctx);
  const claim = await store.repos.reconciliations.markRunning(run.id);
  if (!claim) throw new Error('the run was not there to take up');
  const inputs = await store.repos.reconciliations.inputs(run.id);
  const entry = (kind: ListKind, name: string) => {
    for (const list of inputs.lists.filter((l) => l.kind === kind)) {
      const found = list.entries.find((e) => e.displayName === name);
      if (found) return { list, entry: found };
    }
    throw new Error(`no ${kind} entry ${name}`);
  };
  const pairs: NewReconciliationPair[] = matches.map((m) => {
    const missing = entry('missing', m.missing);
    const held = entry('held', m.held);
    return {
      missingEntryId: missing.entry.id,
      heldEntryId: held.entry.id,
      missingPartyId: missing.list.partyId,
      heldPartyId: held.list.partyId,
      missingKey: missing.entry.key,
      heldKey: held.entry.key,
      probability: m.review ? 0.7 : 0.99,
      class: m.review ? 'review' : 'matched',
      explanationJson: null,
    };
  });
  const planner = new PersonPlanner(await store.repos.exchangePersons.tracked(null), randomUUID, run.id);
  const facts = runPersonFacts({
    runId: run.id,
    partyIds: inputs.partyIds,
    lists: inputs.lists,
    matched: pairs.filter((p) => p.class === 'matched'),
  });
  for (const fact of facts) planner.apply(fact);
  await store.repos.reconciliations.complete(ctx, run.id, claim.token, {
    pairs,
    counts: { matched: pairs.filter((p) => p.class === 'matched').length, review: 0, unmatched: [] },
    personChanges: planner.changes(),
  });
  const stored = await store.db
    .selectFrom('reconciliation_pair')
    .innerJoin('exchange_list_entry', 'exchange_list_entry.id', 'reconciliation_pair.missing_entry_id')
    .select(['reconciliation_pair.id', 'exchange_list_entry.display_name'])
    .where('reconciliation_id', '=', run.id)
    .execute();
  return { runId: run.id, pairIds: new Map(stored.map((p) => [p.display_name, p.id])) };
}

/** The small world of seedSmallWorld with each party's held and missing list imported by its liaison. */
export async function seedExchangeLists(store: Store): Promise<SmallWorld> {
  const world = await seedSmallWorld(store);
  const am = { userId: world.liaisonAm.id, username: 'liaison-am', partyId: world.am.id };
  const az = { userId: world.liaisonAz.id, username: 'liaison-az', partyId: world.az.id };
  await importList(store, am, 'missing', AM_MISSING);
  await importList(store, am, 'held', AM_HELD);
  await importList(store, az, 'missing', AZ_MISSING);
  await importList(store, az, 'held', AZ_HELD);
  return world;
}
