export interface FilePart {
  name: string;
  filename: string;
  contentType: string;
  data: Uint8Array;
}

/** Enough of RFC 7578 for file uploads: parts with Content-Disposition and an optional Content-Type. */
export function parseMultipart(body: Buffer, contentType: string): FilePart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) return [];
  const delimiter = Buffer.from(`--${token}`);
  const parts: FilePart[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const chunk = body.subarray(start + 2, next - 2);
    const split = chunk.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = chunk.subarray(0, split).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
      parts.push({ name, filename, contentType: type, data: new Uint8Array(chunk.subarray(split + 4)) });
    }
    at = next;
  }
  return parts;
}
