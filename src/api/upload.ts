import type { UploadedAttachment } from './contract';
import { isProblem, kindForStatus, parseRetryAfter, PortalError, unreachable } from './errors';
import { uploadedAttachment } from './schemas';
import { InvalidResponseError } from './validate';

/**
 * One multipart upload with progress. XMLHttpRequest rather than fetch: a fetch can report upload progress only
 * with a streamed body, which browsers send over HTTP/2 alone.
 */
export function uploadFile(
  url: string,
  file: Blob,
  name: string,
  headers: Record<string, string>,
  onProgress?: (fraction: number) => void,
): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [key, value] of Object.entries(headers)) xhr.setRequestHeader(key, value);
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Judged below: a non-JSON answer is an invalid response or an HTTP error.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(uploadedAttachment(body));
        } catch (error) {
          reject(new PortalError('invalid_response', (error as InvalidResponseError).message));
        }
        return;
      }
      const problem = isProblem(body) ? body : null;
      reject(
        new PortalError(kindForStatus(xhr.status), problem?.detail ?? `HTTP ${xhr.status}`, xhr.status, problem, parseRetryAfter(xhr.getResponseHeader('Retry-After'))),
      );
    };
    xhr.onerror = () => reject(unreachable('Upload failed'));
    xhr.ontimeout = () => reject(new PortalError('timeout', 'Upload timed out'));
    const form = new FormData();
    form.append('file', file, name);
    xhr.send(form);
  });
}
