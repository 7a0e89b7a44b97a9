import { SYSTEM_SCOPE } from '../../domain/access/types.js';
import { generateDemoLists } from '../../domain/demo/synthetic-lists/index.js';
import { findDuplicateClusters } from '../../domain/exchange/list-diff.js';
import { readMappedRows } from '../../domain/exchange/list-rows.js';
import type { Repositories } from '../repositories.js';

/**
 * Imports the generated lists of both parties as each party's liaison would (a first version of each list, with the
 * duplicates the engine finds in it). Runs inside the demo loader's transaction.
 */
export async function loadDemoExchangeLists(
  repos: Repositories,
  partyIdOf: (code: string) => string,
): Promise<number> {
  const users = await repos.users.list(SYSTEM_SCOPE);
  let entries = 0;
  for (const file of generateDemoLists()) {
    const partyId = partyIdOf(file.partyCode);
    const liaison = users.find((u) => u.role === 'liaison' && u.partyId === partyId);
    if (!liaison) throw new Error(`the demo has no liaison of ${file.partyCode} to upload its lists`);
    const read = readMappedRows(file.headers, file.rows, file.mapping);
    if (read.rejects.length > 0) {
      const first = read.rejects[0];
      throw new Error(`demo list ${file.fileName}: row ${first?.row} cannot be taken (${first?.reason})`);
    }
    await repos.exchangeLists.importVersion(
      { actor: { userId: liaison.id, username: liaison.username, via: 'cli' } },
      { userId: liaison.id, role: liaison.role, partyId },
      {
        partyId,
        kind: file.kind,
        fileName: file.fileName,
        mapping: file.mapping,
        entries: read.entries,
        duplicates: findDuplicateClusters(read.entries),
      },
    );
    entries += read.entries.length;
  }
  return entries;
}
