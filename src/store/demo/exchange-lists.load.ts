import { SYSTEM_SCOPE } from '../../domain/access/types.js';
import { generateDemoLists } from '../../domain/demo/synthetic-lists/index.js';
import { findDuplicateClusters } from '../../domain/exchange/list-diff.js';
import { readMappedRows } from '../../domain/exchange/list-rows.js';
import type { Repositories } from '../repositories.js';

/**
 * When each party's liaison sent each list: the last week of November 2020, after the statement of 10 November and
 * before the first exchange of 14 December, so that a report "as of 1 December 2020" reads the demo's lists.
 */
export const DEMO_UPLOAD_TIMES: Readonly<Record<string, string>> = {
  'AM:missing': '2020-11-23T09:30:00.000Z',
  'AM:held': '2020-11-23T10:10:00.000Z',
  'AZ:missing': '2020-11-24T08:45:00.000Z',
  'AZ:held': '2020-11-24T09:20:00.000Z',
};

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
        uploadedAt: DEMO_UPLOAD_TIMES[`${file.partyCode}:${file.kind}`],
      },
    );
    entries += read.entries.length;
  }
  return entries;
}
