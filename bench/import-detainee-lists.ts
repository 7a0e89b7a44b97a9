import { type GeneratedRow, generateDetaineeLists } from '../src/domain/demo/synthetic-lists/index.js';
import type { ImportListVersion, ListEntryFields, Store } from '../src/store/index.js';
import { SYSTEM_SCOPE } from '../src/store/index.js';

const fieldsOf = (row: GeneratedRow): ListEntryFields => ({
  full_name: row.full_name,
  sex: row.sex,
  birth_date: row.birth_date,
  birth_place: row.birth_place,
  service_number: row.document_number,
  unit: row.unit,
});

/**
 * Imports generated detainee lists into a store with the demo loaded: Armenia's list of `size` missing persons
 * and Azerbaijan's list of `size` held persons, each as its liaison would, through the list repository.
 */
export async function importDetaineeLists(store: Store, size: number, seed = 2021): Promise<void> {
  const am = await store.repos.parties.findByCode(SYSTEM_SCOPE, 'AM');
  const az = await store.repos.parties.findByCode(SYSTEM_SCOPE, 'AZ');
  if (!am || !az) throw new Error('load the demo first: parties AM and AZ are missing');
  const users = await store.repos.users.list(SYSTEM_SCOPE);
  const generated = generateDetaineeLists(size, seed);
  const importList = async (partyId: string, kind: 'missing' | 'held', rows: GeneratedRow[]) => {
    const liaison = users.find((u) => u.role === 'liaison' && u.partyId === partyId);
    if (!liaison) throw new Error(`the demo has no liaison of party ${partyId}`);
    const input: ImportListVersion = {
      partyId,
      kind,
      fileName: `${kind}-${size}.csv`,
      mapping: { full_name: 'name', birth_date: 'born' },
      entries: rows.map((row, i) => ({
        row: i + 2,
        fields: fieldsOf(row),
        displayName: row.full_name,
        extras: {},
      })),
      duplicates: [],
    };
    await store.repos.exchangeLists.importVersion(
      { actor: { userId: liaison.id, username: liaison.username, via: 'cli' } },
      { userId: liaison.id, role: 'liaison', partyId },
      input,
    );
  };
  await importList(am.id, 'missing', generated.left);
  await importList(az.id, 'held', generated.right);
}
