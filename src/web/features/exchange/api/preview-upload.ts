import type {
  ColumnMapping,
  DateOrder,
  ListKind,
  UploadPreview,
} from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function previewUpload(
  uploadId: string,
  kind: ListKind,
  mapping: ColumnMapping,
  dateOrder: DateOrder,
): Promise<UploadPreview> {
  return apiRequest<UploadPreview>('POST', `/exchange/uploads/${encodeURIComponent(uploadId)}/preview`, {
    body: { kind, mapping, dateOrder },
  });
}
