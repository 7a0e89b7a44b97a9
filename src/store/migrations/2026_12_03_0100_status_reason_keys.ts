import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Status-history reasons were English sentences; they become label keys (`reason`) with parameters
// (`reason_params`, JSON text), which the web translates. A sentence no pattern knows is kept as a note.

const PLAIN: Record<string, string> = {
  "listed in its party's list of missing persons": 'listedMissing',
  "named in its party's list of missing persons": 'listedMissing',
  "listed in the holding party's list": 'listedHeld',
  "matched with the holding party's list": 'matchedHeldList',
  'confirmed held at an ICRC visit': 'verifiedAtVisit',
};

const PATTERNS: [RegExp, string, string[]][] = [
  [/^matched with the held list in reconciliation (.+)$/s, 'matched', ['run']],
  [/^match confirmed by the coordinator(?:: (.*))?$/s, 'matchConfirmed', ['note']],
  [/^match rejected by the coordinator(?:: (.*))?$/s, 'matchRejected', ['note']],
  [/^included in the exchange of (.+)$/s, 'includedInExchange', ['date']],
  [/^exchange of (\S+) at (.+) confirmed by all$/s, 'exchangeConfirmed', ['date', 'place']],
  [/^exchange of (\S+) confirmed by all$/s, 'exchangeConfirmed', ['date']],
];

function toKey(sentence: string): { key: string; params: Record<string, string> } {
  const plain = PLAIN[sentence];
  if (plain) return { key: plain, params: {} };
  for (const [pattern, key, names] of PATTERNS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      const value = match[i + 1];
      if (value) params[name] = value;
    });
    return { key, params };
  }
  return { key: 'note', params: { text: sentence } };
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('person_status_change')
    .addColumn('reason_params', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  for (const [sentence, key] of Object.entries(PLAIN)) {
    await db
      .updateTable('person_status_change')
      .set({ reason: key })
      .where('reason', '=', sentence)
      .execute();
  }
  const rest = await db
    .selectFrom('person_status_change')
    .select(['id', 'reason'])
    .where('reason', 'not in', Object.values(PLAIN))
    .execute();
  for (const row of rest as { id: string; reason: string }[]) {
    const { key, params } = toKey(row.reason);
    await db
      .updateTable('person_status_change')
      .set({ reason: key, reason_params: JSON.stringify(params) })
      .where('id', '=', row.id)
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_status_change').dropColumn('reason_params').execute();
}
