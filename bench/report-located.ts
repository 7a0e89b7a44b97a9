// The discrepancy report's "located in the other side's list" names, scored against the truth of lists the
// engine was not tuned with (the independent generator, bench/independent-lists/). Each side's generated list is
// split as a liaison would send it: its own missing (its nation's persons) and the persons it holds (the other
// nation's). Both sides' lists are imported into a Parley on SQLite with the demo, the server's reconciliation
// runs with its defaults (the job path, the gazetteer's place equivalences), and the run's results are read page by
// page through the API. A missing person is truly located when the other side's held list has the same person.
// Seeds 1 and 2 are for development; the held-out seed runs only with --heldout.
// Usage: npx tsx bench/report-located.ts [--heldout] [--people N]
import { loadavg } from 'node:os';
import type { ListEntryFields, ListKind } from '../src/store/exchange/list.types.js';
import { liaisonCtx, liaisonScope } from '../src/store/exchange/reconciliation.test-fixtures.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from '../test/api/api-harness.js';
import { argument, seconds } from './bench-helpers.js';
import {
  DEVELOPMENT_SEEDS,
  generateIndependentLists,
  HELD_OUT_SEED,
  type ListRow,
  type Nation,
} from './independent-lists/generate.js';

const people = Number(argument('--people') ?? 5_000);
const seeds = process.argv.includes('--heldout') ? [HELD_OUT_SEED] : DEVELOPMENT_SEEDS;
const X = '/api/v1/exchange';
const FIRST_ROW = 2; // a file's first row holds the headers

interface Person {
  rows: number[];
}

/** Imports `rows` as a new version of the party's list of `kind`, as its liaison; row numbers from 2, as in a file. */
async function importRows(t: TestApp, who: SignedIn, username: string, kind: ListKind, rows: ListRow[]) {
  const identity = { userId: who.userId, username, partyId: who.partyId! };
  const field = (value: string) => (value === '' ? undefined : value);
  await t.store.repos.exchangeLists.importVersion(liaisonCtx(identity), liaisonScope(identity), {
    partyId: identity.partyId,
    kind,
    fileName: `${kind}.csv`,
    mapping: {
      full_name: 'Name',
      sex: 'Sex',
      birth_date: 'Born',
      birth_place: 'Place of birth',
      service_number: 'Document',
      unit: 'Unit',
    },
    entries: rows.map((row, i) => {
      const fields: ListEntryFields = {
        full_name: row.full_name,
        sex: field(row.sex),
        birth_date: field(row.birth_date),
        birth_place: field(row.birth_place),
        service_number: field(row.document_number),
        unit: field(row.unit),
      };
      return { row: i + FIRST_ROW, fields, displayName: row.full_name, extras: {} };
    }),
    duplicates: [],
    mode: 'replace',
  });
}

/** Every person of one section of a side of the run's results, read a page of 1,000 at a time. */
async function section(
  t: TestApp,
  coordinator: SignedIn,
  runId: string,
  partyId: string,
  name: 'locatedInOtherList' | 'awaitingReview',
): Promise<Person[]> {
  const persons: Person[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = await t.app.inject({
      method: 'GET',
      url: `${X}/reconciliations/${runId}/results/sections/${partyId}/${name}?offset=${offset}&limit=1000`,
      headers: as(coordinator),
    });
    if (res.statusCode !== 200) throw new Error(`results section: ${res.statusCode} ${res.body}`);
    const page = res.json() as { count: number; persons: Person[] };
    persons.push(...page.persons);
    if (persons.length >= page.count || page.persons.length === 0) return persons;
  }
}

async function measure(seed: number): Promise<void> {
  const lists = generateIndependentLists({ people, seed });
  const nation = (row: ListRow): Nation => lists.nationOf.get(row.id)!;
  // Armenia's list (left) and Azerbaijan's (right), each split into its own missing and those it holds.
  const amMissing = lists.left.filter((row) => nation(row) === 'armenian');
  const amHeld = lists.left.filter((row) => nation(row) === 'azerbaijani');
  const azMissing = lists.right.filter((row) => nation(row) === 'azerbaijani');
  const azHeld = lists.right.filter((row) => nation(row) === 'armenian');

  const t = await startTestApp('sqlite');
  try {
    const coordinator = await signIn(t.app, account(t, 'coordinator'));
    const am = await signIn(t.app, account(t, 'liaison', 'AM'));
    const az = await signIn(t.app, account(t, 'liaison', 'AZ'));
    const amName = account(t, 'liaison', 'AM').username;
    const azName = account(t, 'liaison', 'AZ').username;
    await importRows(t, am, amName, 'missing', amMissing);
    await importRows(t, am, amName, 'held', amHeld);
    await importRows(t, az, azName, 'missing', azMissing);
    await importRows(t, az, azName, 'held', azHeld);

    const start = process.hrtime.bigint();
    const started = await t.app.inject({
      method: 'POST',
      url: `${X}/reconciliations`,
      headers: as(coordinator),
      payload: {},
    });
    if (started.statusCode !== 202) throw new Error(`reconciliation: ${started.statusCode} ${started.body}`);
    const runId = started.json().id as string;
    for (;;) {
      const run = (
        await t.app.inject({ method: 'GET', url: `${X}/reconciliations/${runId}`, headers: as(coordinator) })
      ).json();
      if (run.status === 'done') break;
      if (run.status === 'failed') throw new Error(run.error);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const took = seconds(start);

    const title = seed === HELD_OUT_SEED ? 'held-out seed' : `development seed ${seed}`;
    console.log(
      `independent generator (${title}): Armenia ${amMissing.length} missing, ${amHeld.length} held; ` +
        `Azerbaijan ${azMissing.length} missing, ${azHeld.length} held; reconciliation ${took} (load ${loadavg()[0].toFixed(1)})`,
    );
    let allTrue = 0;
    let allFound = 0;
    let allRight = 0;
    for (const [party, missing, otherHeld] of [
      ['Armenia', amMissing, azHeld],
      ['Azerbaijan', azMissing, amHeld],
    ] as const) {
      const partyId = (party === 'Armenia' ? am : az).partyId!;
      const held = new Set(otherHeld.map((row) => row.id));
      const claimed = new Set(missing.map((row) => row.id));
      // Truly located: the person has a row on the other side's held list.
      const truly = new Set(
        [...lists.truePairs]
          .map((pair) => pair.split('\u0000'))
          .flatMap(([leftId, rightId]) => [
            [leftId, rightId],
            [rightId, leftId],
          ])
          .filter(([own, other]) => held.has(other) && claimed.has(own))
          .map(([own]) => own),
      );
      const idOfRow = (row: number) => missing[row - FIRST_ROW]?.id;
      const idsOf = (persons: Person[]) =>
        persons.flatMap((person) => person.rows.map(idOfRow).filter((id): id is string => id !== undefined));
      const found = idsOf(await section(t, coordinator, runId, partyId, 'locatedInOtherList'));
      const waiting = idsOf(await section(t, coordinator, runId, partyId, 'awaitingReview'));
      const right = found.filter((id) => truly.has(id)).length;
      const precision = right / Math.max(1, found.length);
      const recall = right / Math.max(1, truly.size);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      const waitingRight = waiting.filter((id) => truly.has(id)).length;
      console.log(
        `  ${party}'s missing located in the other side's held list: precision ${precision.toFixed(4)}  ` +
          `recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}  (rows located ${found.length}, right ${right}, truly there ${truly.size}); ` +
          `awaiting the coordinator's review ${waiting.length} (${waitingRight} truly there): located once reviewed, recall up to ${((right + waitingRight) / Math.max(1, truly.size)).toFixed(4)}`,
      );
      allTrue += truly.size;
      allFound += found.length;
      allRight += right;
    }
    const precision = allRight / Math.max(1, allFound);
    const recall = allRight / Math.max(1, allTrue);
    console.log(
      `  both sides: precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(4)}`,
    );
  } finally {
    await t.close();
  }
}

for (const seed of seeds) await measure(seed);
