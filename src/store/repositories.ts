import { createAgreementRepository } from './agreement/agreement.repository.js';
import { createEventRepository } from './agreement/event.repository.js';
import { createAuditRepository } from './audit/audit.repository.js';
import { createCargoRepository } from './corridor/cargo.repository.js';
import { createLayerRepository } from './corridor/layer.repository.js';
import { createMovementRepository } from './corridor/movement.repository.js';
import { createPassageRepository } from './corridor/passage.repository.js';
import { createReturnCountRepository } from './corridor/return-count.repository.js';
import type { DialectInfo } from './dialect.js';
import { createExchangeEventRepository } from './exchange/event.repository.js';
import { createExchangeListRepository } from './exchange/list.repository.js';
import { createMatchVerificationRepository } from './exchange/match-verification.repository.js';
import { createPairDecisionRepository } from './exchange/pair-decision.repository.js';
import { createExchangePersonRepository } from './exchange/person.repository.js';
import { createReconciliationRepository } from './exchange/reconciliation.repository.js';
import { createDiscrepancyReportRepository } from './exchange/report.repository.js';
import { createRunPairsRepository } from './exchange/run-pairs.repository.js';
import { createExchangeUploadRepository } from './exchange/upload.repository.js';
import { createIncidentRepository } from './incidents/incident.repository.js';
import { createLoginAttemptRepository } from './login-attempt/login-attempt.repository.js';
import { createLoginThrottleRepository } from './login-attempt/login-throttle.repository.js';
import { createLoginDeviceRepository } from './login-device/login-device.repository.js';
import { createMeetingRepository } from './meetings/meeting.repository.js';
import { createMetricsRepository } from './operations/metrics.repository.js';
import { createPartyRepository } from './party/party.repository.js';
import { createProvisionTrackingRepository } from './provisions/provision-tracking.repository.js';
import { createRetentionRepository } from './retention/retention.repository.js';
import { createSessionRepository } from './session/session.repository.js';
import { createTracingCaseRepository } from './tracing/case.repository.js';
import { createTracingMatchRepository } from './tracing/match.repository.js';
import { createTracingRemainsRepository } from './tracing/remains.repository.js';
import type { Db } from './transaction.js';
import { createUserRepository } from './user/user.repository.js';

export function createRepositories(db: Db, dialect: DialectInfo) {
  return {
    parties: createPartyRepository(db, dialect),
    users: createUserRepository(db, dialect),
    sessions: createSessionRepository(db, dialect),
    loginAttempts: createLoginAttemptRepository(db),
    loginThrottle: createLoginThrottleRepository(db),
    loginDevices: createLoginDeviceRepository(db),
    audit: createAuditRepository(db, dialect),
    agreements: createAgreementRepository(db, dialect),
    events: createEventRepository(db, dialect),
    exchangeLists: createExchangeListRepository(db, dialect),
    exchangeUploads: createExchangeUploadRepository(db, dialect),
    reconciliations: createReconciliationRepository(db, dialect),
    pairDecisions: createPairDecisionRepository(db, dialect),
    runPairs: createRunPairsRepository(db, dialect),
    exchangePersons: createExchangePersonRepository(db, dialect),
    exchangeEvents: createExchangeEventRepository(db, dialect),
    exchangeMatches: createMatchVerificationRepository(db),
    discrepancyReports: createDiscrepancyReportRepository(db, dialect),
    metrics: createMetricsRepository(db),
    retention: createRetentionRepository(db, dialect),
    provisionTracking: createProvisionTrackingRepository(db, dialect),
    corridorMovements: createMovementRepository(db, dialect),
    returnCounts: createReturnCountRepository(db, dialect),
    tracingCases: createTracingCaseRepository(db, dialect),
    tracingRemains: createTracingRemainsRepository(db, dialect),
    tracingMatches: createTracingMatchRepository(db, dialect),
    incidents: createIncidentRepository(db, dialect),
    mapLayers: createLayerRepository(db, dialect),
    cargo: createCargoRepository(db, dialect),
    passages: createPassageRepository(db, dialect),
    meetings: createMeetingRepository(db, dialect),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
