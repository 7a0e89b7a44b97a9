import type { ListDiff } from '../../domain/exchange/list-diff.js';
import type { IncomingDiff } from '../../domain/exchange/list-import.js';
import type { DateAsRead, ReadRowsOptions, RowReject } from '../../domain/exchange/list-rows.js';
import type { Table } from '../../platform/tables/index.js';
import type {
  ColumnMapping,
  ExchangeListEntry,
  NewDuplicateCluster,
  NewListEntry,
  UploadedRow,
} from '../../store/index.js';

/** The list module's CPU-heavy steps, run in a worker thread when the input is large. */
export type ListsTask =
  | { kind: 'read-file'; fileName: string; bytes: Uint8Array }
  | {
      kind: 'map-rows';
      headers: string[];
      rows: UploadedRow[];
      mapping: ColumnMapping;
      options?: ReadRowsOptions;
    }
  | { kind: 'duplicates'; entries: NewListEntry[] }
  | { kind: 'diff'; before: ExchangeListEntry[]; after: ExchangeListEntry[] }
  | { kind: 'plan-import'; current: ExchangeListEntry[]; incoming: NewListEntry[] };

export type ListsTaskResult<T extends ListsTask> = T extends { kind: 'read-file' }
  ? Table
  : T extends { kind: 'map-rows' }
    ? { entries: NewListEntry[]; rejects: RowReject[]; dates: DateAsRead[] }
    : T extends { kind: 'duplicates' }
      ? NewDuplicateCluster[]
      : T extends { kind: 'plan-import' }
        ? IncomingDiff
        : ListDiff<ExchangeListEntry>;
