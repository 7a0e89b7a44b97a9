import { apiRequest } from '../../../lib/api-client.js';
import type { DuplicateCluster, DuplicateResolution } from './types.js';

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
