import type {
  AgreementEventTable,
  AgreementTable,
  ProvisionTable,
  ProvisionTextTable,
} from './agreement/agreement.table.js';
import type { AuditCheckpointTable, AuditLogTable } from './audit/audit.table.js';
import type { ConsignmentLineTable, ConsignmentTable } from './corridor/cargo.table.js';
import type { MapFeatureTable } from './corridor/layer.table.js';
import type {
  CorridorMovementAnswerTable,
  CorridorMovementChangeTable,
  CorridorMovementPartyTable,
  CorridorMovementTable,
} from './corridor/movement.table.js';
import type { CheckpointOfficerTable, CorridorPassageTable } from './corridor/passage.table.js';
import type { ReturnCountTable } from './corridor/return-count.table.js';
import type {
  ExchangeConfirmationTable,
  ExchangeEventPartyTable,
  ExchangeEventPersonTable,
  ExchangeEventTable,
  ExchangeOutcomeConfirmationTable,
} from './exchange/event.table.js';
import type {
  ColumnMappingTable,
  ExchangeDuplicateClusterTable,
  ExchangeListEntryTable,
  ExchangeListTable,
  ExchangeListVersionTable,
} from './exchange/list.table.js';
import type { PairDecisionTable } from './exchange/pair-decision.table.js';
import type { ExchangePersonTable, PersonStatusChangeTable } from './exchange/person.table.js';
import type {
  ReconciliationHistoryStageTable,
  ReconciliationPairTable,
  ReconciliationPartyTable,
  ReconciliationPersonStageTable,
  ReconciliationTable,
} from './exchange/reconciliation.table.js';
import type { ExchangeDataVersionTable, PublishedReportTable } from './exchange/report.table.js';
import type { ExchangeUploadTable } from './exchange/upload.table.js';
import type {
  IncidentAccountTable,
  IncidentPartyTable,
  IncidentStatusChangeTable,
  IncidentTable,
} from './incidents/incident.table.js';
import type { LoginAttemptTable } from './login-attempt/login-attempt.table.js';
import type { LoginThrottleTable } from './login-attempt/login-throttle.table.js';
import type { LoginDeviceTable } from './login-device/login-device.table.js';
import type {
  ActionItemProvisionTable,
  ActionItemStatusChangeTable,
  ActionItemTable,
  MeetingTable,
  MeetingTopicTable,
} from './meetings/meeting.table.js';
import type { PartyTable } from './party/party.table.js';
import type {
  ProvisionAssessmentTable,
  ProvisionDeadlineTable,
  ProvisionEvidenceTable,
  ProvisionPositionTable,
} from './provisions/provision-tracking.table.js';
import type { SessionTable } from './session/session.table.js';
import type {
  TracingCaseNoteTable,
  TracingCaseStatusChangeTable,
  TracingCaseTable,
  TracingIdentificationTable,
  TracingMatchTable,
  TracingRemainsTable,
  TracingRemainsTransferTable,
} from './tracing/tracing.table.js';
import type { UserTable } from './user/user.table.js';

export interface Database {
  party: PartyTable;
  app_user: UserTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  login_throttle: LoginThrottleTable;
  login_device: LoginDeviceTable;
  audit_log: AuditLogTable;
  audit_checkpoint: AuditCheckpointTable;
  agreement: AgreementTable;
  provision: ProvisionTable;
  provision_text: ProvisionTextTable;
  agreement_event: AgreementEventTable;
  exchange_list: ExchangeListTable;
  exchange_list_version: ExchangeListVersionTable;
  exchange_list_entry: ExchangeListEntryTable;
  column_mapping: ColumnMappingTable;
  exchange_upload: ExchangeUploadTable;
  exchange_duplicate_cluster: ExchangeDuplicateClusterTable;
  reconciliation: ReconciliationTable;
  reconciliation_party: ReconciliationPartyTable;
  reconciliation_pair: ReconciliationPairTable;
  reconciliation_person_stage: ReconciliationPersonStageTable;
  reconciliation_history_stage: ReconciliationHistoryStageTable;
  pair_decision: PairDecisionTable;
  exchange_person: ExchangePersonTable;
  person_status_change: PersonStatusChangeTable;
  exchange_event: ExchangeEventTable;
  exchange_event_party: ExchangeEventPartyTable;
  exchange_event_person: ExchangeEventPersonTable;
  exchange_confirmation: ExchangeConfirmationTable;
  exchange_outcome_confirmation: ExchangeOutcomeConfirmationTable;
  published_report: PublishedReportTable;
  exchange_data_version: ExchangeDataVersionTable;
  provision_assessment: ProvisionAssessmentTable;
  provision_deadline: ProvisionDeadlineTable;
  provision_position: ProvisionPositionTable;
  provision_evidence: ProvisionEvidenceTable;
  corridor_movement: CorridorMovementTable;
  corridor_movement_party: CorridorMovementPartyTable;
  corridor_movement_answer: CorridorMovementAnswerTable;
  corridor_movement_change: CorridorMovementChangeTable;
  return_count: ReturnCountTable;
  tracing_case: TracingCaseTable;
  tracing_case_status_change: TracingCaseStatusChangeTable;
  tracing_case_note: TracingCaseNoteTable;
  tracing_remains: TracingRemainsTable;
  tracing_identification: TracingIdentificationTable;
  tracing_match: TracingMatchTable;
  tracing_remains_transfer: TracingRemainsTransferTable;
  incident: IncidentTable;
  incident_party: IncidentPartyTable;
  incident_account: IncidentAccountTable;
  incident_status_change: IncidentStatusChangeTable;
  map_feature: MapFeatureTable;
  consignment: ConsignmentTable;
  consignment_line: ConsignmentLineTable;
  checkpoint_officer: CheckpointOfficerTable;
  corridor_passage: CorridorPassageTable;
  meeting: MeetingTable;
  meeting_topic: MeetingTopicTable;
  action_item: ActionItemTable;
  action_item_provision: ActionItemProvisionTable;
  action_item_status_change: ActionItemStatusChangeTable;
}
