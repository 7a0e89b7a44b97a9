import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { Store } from '../store.js';
import type { ImportListVersion, ListEntryFields, ListKind } from './list.types.js';

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
