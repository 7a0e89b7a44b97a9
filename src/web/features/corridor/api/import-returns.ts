import type { ReturnMapping, ReturnsImport } from '../../../../server/corridor/returns.schemas.js';
import type { ProblemDetails } from '../../../lib/api-client.js';
import { ApiError } from '../../../lib/api-client.js';

/**
 * POST /returns/import as multipart (the JSON client cannot send a file): the mapping first, then the file; with
 * `dryRun`, the file is read and checked and nothing is stored.
 */
export async function importReturnsFile(
  file: File,
  mapping: ReturnMapping | null,
  dryRun: boolean,
  csrfToken: string,
): Promise<ReturnsImport> {
  const form = new FormData();
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1/returns/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json', 'X-CSRF-Token': csrfToken },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, title: 'Network error' });
  }
  const isJson = /json/.test(response.headers.get('Content-Type') ?? '');
  const payload: unknown = isJson ? await response.json() : undefined;
  if (!response.ok) {
    const problem = payload && typeof payload === 'object' ? (payload as ProblemDetails) : undefined;
    throw new ApiError({ ...problem, status: response.status });
  }
  return payload as ReturnsImport;
}
