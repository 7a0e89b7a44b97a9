import type { Upload } from '../../../../server/exchange/lists.schemas.js';
import type { ProblemDetails } from '../../../lib/api-client.js';
import { ApiError } from '../../../lib/api-client.js';

/** POST /exchange/uploads as multipart: the JSON client cannot send a file, so this one call uses fetch itself. */
export async function uploadFile(file: File, csrfToken: string): Promise<Upload> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/exchange/uploads', {
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
  return payload as Upload;
}
