import type { NewDuplicateCluster } from '../../domain/exchange/list-diff.js';
import type { ColumnMapping, ListField } from '../../domain/exchange/list-fields.js';
import type { ListEntryFields, NewListEntry } from '../../domain/exchange/list-rows.js';
import type { DuplicateResolution, ListKind } from '../../domain/exchange/types.js';

export type { ColumnMapping, ListEntryFields, ListField, ListKind, NewDuplicateCluster, NewListEntry };

export interface ListVersionSummary {
  number: number;
  uploadedAt: string;
  uploadedBy: string;
  entryCount: number;
}

export interface ExchangeList {
  id: string;
  partyId: string;
  kind: ListKind;
  latestVersion: ListVersionSummary | null;
}

export interface ListVersion extends ListVersionSummary {
  id: string;
  listId: string;
  fileName: string;
  mapping: ColumnMapping;
}

export interface ExchangeListEntry {
  id: string;
  versionId: string;
  /** The row in the file (header = 1). */
  row: number;
  fields: ListEntryFields;
  displayName: string;
  fingerprint: string;
  /** Unmapped columns by header. */
  extras: Record<string, string>;
}

export { DUPLICATE_RESOLUTIONS } from '../../domain/exchange/types.js';
export type { DuplicateResolution };

export interface DuplicateCluster {
  id: string;
  listId: string;
  versionNumber: number;
  probability: number;
  entries: ExchangeListEntry[];
  resolution: DuplicateResolution | null;
  note: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export interface ImportListVersion {
  partyId: string;
  kind: ListKind;
  fileName: string;
  mapping: ColumnMapping;
  entries: NewListEntry[];
  duplicates: NewDuplicateCluster[];
  /** When it was uploaded, for history recorded after the fact (the demo's 2020 lists); now when left out. */
  uploadedAt?: string;
  /** Over a list with a version: whether the file replaced it or was added to it (kept in the audit entry). */
  mode?: 'replace' | 'add';
}
