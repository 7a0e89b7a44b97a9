import type { Migration, MigrationProvider } from 'kysely';
import * as createPartyAndUser from './2026_11_28_0001_create_party_and_user.js';
import * as createSessionAndLoginAttempt from './2026_11_28_0002_create_session_and_login_attempt.js';
import * as createAuditLog from './2026_11_28_0003_create_audit_log.js';
import * as createAgreementProvisionEvent from './2026_11_28_0004_create_agreement_provision_event.js';
import * as createExchangeLists from './2026_11_28_0100_create_exchange_lists.js';
import * as createReconciliationAndPersons from './2026_11_28_0200_create_reconciliation_and_persons.js';
import * as statusReasonKeys from './2026_12_03_0100_status_reason_keys.js';
import * as partyJoinTables from './2026_12_03_0110_party_join_tables.js';
import * as createLoginThrottleAndDevice from './2026_12_03_0200_create_login_throttle_and_device.js';
import * as auditKeyedChain from './2026_12_03_0210_audit_keyed_chain.js';
import * as exchangeEventLifecycle from './2026_12_03_1000_exchange_event_lifecycle.js';
import * as createTracing from './2026_12_03_1300_create_tracing.js';
import * as createProvisionTracking from './2026_12_03_1400_create_provision_tracking.js';
import * as createIncidents from './2026_12_03_1410_create_incidents.js';
import * as createMeetings from './2026_12_03_1420_create_meetings.js';
import * as createCorridorMovementsAndReturns from './2026_12_03_1500_create_corridor_movements_and_returns.js';
import * as createMapLayersAndCargo from './2026_12_03_1510_create_map_layers_and_cargo.js';
import * as createCheckpointPassages from './2026_12_03_1520_create_checkpoint_passages.js';
import * as runStagingAndHeartbeat from './2026_12_03_1600_run_staging_and_heartbeat.js';
import * as personKeysetIndex from './2026_12_03_1610_person_keyset_index.js';
import * as textsPerLanguageAndSource from './2026_12_03_1700_texts_per_language_and_source.js';
import * as agreementSourceText from './2026_12_03_1710_agreement_source_text.js';
import * as tracingSharingObserverCounts from './2026_12_03_2300_tracing_sharing_observer_counts.js';
import * as createTracingRemainsTransfer from './2026_12_03_2310_create_tracing_remains_transfer.js';
import * as actionItemHistory from './2026_12_03_2500_action_item_history.js';
import * as runAttempts from './2026_12_03_2600_run_attempts.js';
import * as personNamesInScripts from './2026_12_03_2610_person_names_in_scripts.js';
import * as pairKeysIndex from './2026_12_03_2620_pair_keys_index.js';
import * as exchangeDataVersion from './2026_12_03_2700_exchange_data_version.js';
import * as verifiableCountIndexes from './2026_12_03_2710_verifiable_count_indexes.js';
import * as personKeysStatusIndex from './2026_12_03_2720_person_keys_status_index.js';
import * as personNamesUnfilledIndex from './2026_12_03_2800_person_names_unfilled_index.js';
import * as tracingCasePfifSourceDate from './2026_12_03_2810_tracing_case_pfif_source_date.js';

/** Bundled in code (not read from a folder) so that `parley migrate` works from the built output. */
export const migrations: Record<string, Migration> = {
  '2026_11_28_0001_create_party_and_user': createPartyAndUser,
  '2026_11_28_0002_create_session_and_login_attempt': createSessionAndLoginAttempt,
  '2026_11_28_0003_create_audit_log': createAuditLog,
  '2026_11_28_0004_create_agreement_provision_event': createAgreementProvisionEvent,
  '2026_11_28_0100_create_exchange_lists': createExchangeLists,
  '2026_11_28_0200_create_reconciliation_and_persons': createReconciliationAndPersons,
  '2026_12_03_0100_status_reason_keys': statusReasonKeys,
  '2026_12_03_0110_party_join_tables': partyJoinTables,
  '2026_12_03_0200_create_login_throttle_and_device': createLoginThrottleAndDevice,
  '2026_12_03_0210_audit_keyed_chain': auditKeyedChain,
  '2026_12_03_1000_exchange_event_lifecycle': exchangeEventLifecycle,
  '2026_12_03_1300_create_tracing': createTracing,
  '2026_12_03_1400_create_provision_tracking': createProvisionTracking,
  '2026_12_03_1410_create_incidents': createIncidents,
  '2026_12_03_1420_create_meetings': createMeetings,
  '2026_12_03_1500_create_corridor_movements_and_returns': createCorridorMovementsAndReturns,
  '2026_12_03_1510_create_map_layers_and_cargo': createMapLayersAndCargo,
  '2026_12_03_1520_create_checkpoint_passages': createCheckpointPassages,
  '2026_12_03_1600_run_staging_and_heartbeat': runStagingAndHeartbeat,
  '2026_12_03_1610_person_keyset_index': personKeysetIndex,
  '2026_12_03_1700_texts_per_language_and_source': textsPerLanguageAndSource,
  '2026_12_03_1710_agreement_source_text': agreementSourceText,
  '2026_12_03_2300_tracing_sharing_observer_counts': tracingSharingObserverCounts,
  '2026_12_03_2310_create_tracing_remains_transfer': createTracingRemainsTransfer,
  '2026_12_03_2500_action_item_history': actionItemHistory,
  '2026_12_03_2600_run_attempts': runAttempts,
  '2026_12_03_2610_person_names_in_scripts': personNamesInScripts,
  '2026_12_03_2620_pair_keys_index': pairKeysIndex,
  '2026_12_03_2700_exchange_data_version': exchangeDataVersion,
  '2026_12_03_2710_verifiable_count_indexes': verifiableCountIndexes,
  '2026_12_03_2720_person_keys_status_index': personKeysStatusIndex,
  '2026_12_03_2800_person_names_unfilled_index': personNamesUnfilledIndex,
  '2026_12_03_2810_tracing_case_pfif_source_date': tracingCasePfifSourceDate,
};

export function migrationProvider(extra: Record<string, Migration> = {}): MigrationProvider {
  return { getMigrations: async () => ({ ...migrations, ...extra }) };
}
