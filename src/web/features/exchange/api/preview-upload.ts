import { apiRequest } from '../../../lib/api-client.js';
import type { ColumnMapping, ListKind, UploadPreview } from './types.js';

export function previewUpload(
  uploadId: string,
  kind: ListKind,
  mapping: ColumnMapping,
): Promise<UploadPreview> {
  return apiRequest<UploadPreview>('POST', `/exchange/uploads/${encodeURIComponent(uploadId)}/preview`, {
    body: { kind, mapping },
  });
}
