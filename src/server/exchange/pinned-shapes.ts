import type * as report from '../../domain/exchange/discrepancy-report.js';
import type * as plan from '../../domain/exchange/exchange-plan.js';
import type * as reconciliation from '../../domain/exchange/reconciliation.js';
import type * as engine from '../../engine/index.js';
import type { AllForAllPlan, ExchangePerson, TransferDirection } from './persons.schemas.js';
import type { PairExplanation, Reconciliation } from './reconciliation.schemas.js';
import type { NamedCount, NamedCountPage, ReportSectionName, SideDiscrepancy } from './report.schemas.js';

// The API sends these engine and domain values as they are. Each DTO's type must be the very type of the value, so a
// field added, dropped or changed on either side fails to compile here instead of being dropped by the serializer.

/** True when A and B are the same type (neither a wider nor a narrower one). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const pinned: [
  Same<PairExplanation, engine.PairExplanation>,
  Same<ExchangePerson, plan.ExchangePerson>,
  Same<TransferDirection, plan.TransferDirection>,
  Same<AllForAllPlan, plan.AllForAllPlan>,
  Same<NamedCount, report.NamedCount>,
  Same<NamedCountPage, report.NamedCountPage>,
  Same<SideDiscrepancy, report.SideDiscrepancyView>,
  Same<ReportSectionName, report.ReportSection>,
  Same<Reconciliation['thresholds'], reconciliation.Thresholds>,
] = [true, true, true, true, true, true, true, true, true];
void pinned;
