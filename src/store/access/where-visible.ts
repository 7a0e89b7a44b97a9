import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { type RecordKind, readReach } from '../../domain/access/policy.js';
import type { PartyScope } from '../../domain/access/types.js';
import type { Database } from '../database.js';

/**
 * The domain's access policy (domain/access/policy.ts) as SQL: one predicate per record kind and reach, over the
 * kind's own table name. Every read of a scoped kind goes through `whereVisible`, so a row a reader may not see is
 * never read.
 */
export function visibleRows(scope: PartyScope, kind: RecordKind): Expression<SqlBool> {
  const reach = readReach(scope, kind);
  const party = scope.partyId ?? '';
  if (reach === 'everything') return sql<SqlBool>`1 = 1`;
  if (reach === 'nothing') return sql<SqlBool>`1 = 0`;
  switch (kind) {
    case 'exchange_list':
      return sql<SqlBool>`exchange_list.party_id = ${party}`;
    case 'exchange_upload':
      return sql<SqlBool>`exchange_upload.party_id = ${party}`;
    case 'reconciliation':
      return sql<SqlBool>`reconciliation.shared_at is not null and exists (
        select 1 from reconciliation_party rp
        where rp.reconciliation_id = reconciliation.id and rp.party_id = ${party})`;
    case 'exchange_person':
      return sql<SqlBool>`(exchange_person.own_party_id = ${party} or exchange_person.holding_party_id = ${party})
        and (exchange_person.run_id is null
          or exists (select 1 from reconciliation r where r.id = exchange_person.run_id and r.shared_at is not null)
          or exists (select 1 from exchange_event_person eep
            join exchange_event_party ep on ep.event_id = eep.event_id
            where eep.person_id = exchange_person.id and ep.party_id = ${party}))`;
    case 'exchange_event':
      return sql<SqlBool>`exists (
        select 1 from exchange_event_party ep where ep.event_id = exchange_event.id and ep.party_id = ${party})`;
    case 'corridor_passage':
      return sql<SqlBool>`exists (select 1 from checkpoint_officer co
        where co.checkpoint_id = corridor_passage.checkpoint_id and co.user_id = ${scope.userId ?? ''})`;
    case 'corridor_movement':
      return sql<SqlBool>`exists (select 1 from corridor_movement_party cmp
        where cmp.movement_id = corridor_movement.id and cmp.party_id = ${party})`;
    case 'tracing_case':
      return sql<SqlBool>`(tracing_case.opened_by_party_id = ${party} or tracing_case.sharing_level = 'other_party')`;
    case 'tracing_remains':
      return sql<SqlBool>`(tracing_remains.held_by_party_id = ${party}
        or tracing_remains.recovered_by_party_id = ${party})`;
    case 'provision_evidence':
      return sql<SqlBool>`(provision_evidence.record_kind not in ('exchange_event', 'incident', 'movement', 'returns')
        or exists (select 1 from exchange_event where exchange_event.id = provision_evidence.record_id
          and provision_evidence.record_kind = 'exchange_event' and ${visibleRows(scope, 'exchange_event')})
        or exists (select 1 from corridor_movement where corridor_movement.id = provision_evidence.record_id
          and provision_evidence.record_kind = 'movement' and ${visibleRows(scope, 'corridor_movement')})
        or exists (select 1 from return_count where return_count.id = provision_evidence.record_id
          and provision_evidence.record_kind = 'returns' and ${visibleRows(scope, 'return_count')})
        or exists (select 1 from incident where incident.id = provision_evidence.record_id
          and provision_evidence.record_kind = 'incident' and ${visibleRows(scope, 'incident')}))`;
    case 'incident':
      if (reach === 'published') return sql<SqlBool>`incident.status = 'published'`;
      return sql<SqlBool>`(incident.status = 'published' or exists (
        select 1 from incident_party ip where ip.incident_id = incident.id and ip.party_id = ${party}))`;
    case 'incident_account':
      if (reach === 'published')
        return sql<SqlBool>`exists (select 1 from incident i
          where i.id = incident_account.incident_id and i.status = 'published')`;
      return sql<SqlBool>`(incident_account.party_id = ${party} or exists (select 1 from incident i
          where i.id = incident_account.incident_id and i.status = 'published'))`;
    default:
      throw new Error(`no SQL for reach ${reach} over ${kind}`);
  }
}

/** `query` narrowed to the rows of `kind` that this reader may see (the query must select from the kind's table). */
export function whereVisible<TB extends keyof Database, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  scope: PartyScope,
  kind: RecordKind,
): SelectQueryBuilder<Database, TB, O> {
  return query.where(visibleRows(scope, kind));
}
