import type { DuplicateCluster, DuplicateResolution } from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function resolveDuplicate(
  clusterId: string,
  resolution: DuplicateResolution,
  note: string,
): Promise<DuplicateCluster> {
  return apiRequest<DuplicateCluster>(
    'POST',
    `/exchange/duplicates/${encodeURIComponent(clusterId)}/resolve`,
    {
      body: { resolution, note },
    },
  );
}
