// The store's only entry for other layers.
export type { PartyScope, Role, WriteContext } from '../domain/access/types.js';
export { ROLES, SYSTEM_SCOPE } from '../domain/access/types.js';
export type {
  Agreement,
  AgreementEvent,
  AgreementWithProvisions,
  LocalisedText,
  Provision,
} from '../domain/agreements/types.js';
export type { AuditChainVerdict, AuditCheckpoint, AuditEntry, AuditFilter } from '../domain/audit/types.js';
export type { NewParty, Party, PartyKind, PartyPatch } from '../domain/parties/types.js';
export { PARTY_KINDS } from '../domain/parties/types.js';
export type { NewUser, User, UserPatch, UserPreferences } from '../domain/users/types.js';
export { AUDIT_KEY_FILE, MIN_AUDIT_KEY_LENGTH } from './audit/audit-key-file.js';
export type { BackupManifest } from './backup/archive.js';
export { ARCHIVE_EXTENSION, ArchiveError } from './backup/archive.js';
export type { BackupResult } from './backup/create-backup.js';
export { BackupTargetError, backupFileName, createBackup } from './backup/create-backup.js';
export { PostgresToolMissingError } from './backup/postgres-tools.js';
export type { RestoreOptions, RestoreResult } from './backup/restore-backup.js';
export { inspectArchive, RestoreRefusedError, restoreBackup } from './backup/restore-backup.js';
export type { Consignment, NewConsignment } from './corridor/cargo.repository.js';
export type { StatusStep } from './corridor/movement.repository.js';
export type * from './corridor/movement.types.js';
export type { NewReturnCount, StoredReturnCount } from './corridor/return-count.repository.js';
export { STORE_FILE_NAME } from './db.js';
export type { DemoCredentials, DemoLoadResult, LoadDemoOptions } from './demo/load-demo.js';
export { isStoreEmpty, loadDemo } from './demo/load-demo.js';
export type { DialectInfo, DialectName } from './dialect.js';
export { StoreError, StoreUnavailableError } from './errors.js';
export type * from './exchange/event.types.js';
export { PLACE_KINDS } from './exchange/event.types.js';
export type * from './exchange/list.types.js';
export { DUPLICATE_RESOLUTIONS } from './exchange/list.types.js';
export type { DecisionInput, DecisionResult } from './exchange/pair-decision.repository.js';
export type * from './exchange/person.types.js';
export type * from './exchange/reconciliation.types.js';
export type { PublishedDiscrepancyReport, ReportSelection } from './exchange/report.repository.js';
export type { ReportReader, ReportReaderTarget, ReportReads } from './exchange/report-reader.js';
export { openReportReader, reportReaderTarget } from './exchange/report-reader.js';
export type {
  PairStatusCounts,
  PairsFilter,
  ReviewQueuePage,
  RunPair,
  RunPairsPage,
} from './exchange/run-pairs.repository.js';
export { PAIRS_EXPORT_LIMIT } from './exchange/run-pairs.repository.js';
export type { ExchangeUpload, NewUpload, UploadedRow } from './exchange/upload.repository.js';
export { UPLOAD_TTL_MS } from './exchange/upload.repository.js';
export type { NewIncidentAccount } from './incidents/incident.repository.js';
export type { NewActionItem, NewMeeting } from './meetings/meeting.repository.js';
export { MigrationFailedError, migrateToLatest } from './migrate.js';
export type {
  NewAssessment,
  NewPosition,
  ProvisionContext,
} from './provisions/provision-tracking.repository.js';
export type { Repositories } from './repositories.js';
export type { RetentionReport } from './retention/retention.repository.js';
export type { SchemaState } from './schema-version.js';
export { readSchemaState, SchemaBehindError, SchemaNewerError } from './schema-version.js';
export type { ActiveSession } from './session/session.repository.js';
export { DEFAULT_SESSION_TTL_MS } from './session/session.repository.js';
export type { OpenStoreOptions, PoolUse, Store } from './store.js';
export { openStore } from './store.js';
export type { CaseFilter, CaseStatusStep, MatchProgress } from './tracing/case.repository.js';
export type { HeldEntry, NewTracingMatch, TracingMatch } from './tracing/match.repository.js';
export type { IdentificationStep, RemainsFilter } from './tracing/remains.repository.js';
