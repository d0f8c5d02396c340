/** What the outbox viewer needs from one stored mail. */
export interface ParsedMail {
  headers: Map<string, string>;
  text: string | null;
  html: string | null;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`), as nodemailer writes subjects and names with umlauts. */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, charset: string, encoding: string, data: string) => {
      const bytes =
        encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset);
    });
}

function qpBytes(data: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const hex = data.slice(i + 1, i + 3);
    if (data[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(data[i] ?? '', 'latin1'));
    }
  }
  return Buffer.from(bytes);
}

function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\n\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 2);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace (RFC 5322 §2.2.3).
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body };
}

function param(header: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(header);
  return match?.[1] ?? null;
}

function decodeBody(part: Part): string {
  const charset = param(part.headers.get('content-type') ?? '', 'charset') ?? 'utf-8';
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return decodeBytes(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') return decodeBytes(qpBytes(part.body.replace(/=\n/g, '')), charset);
  return part.body;
}

/** The leaf parts of a (possibly nested) multipart message, in order. */
function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [part];
  const end = part.body.indexOf(`\n--${boundary}--`);
  const sections = (end === -1 ? part.body : part.body.slice(0, end)).split(`--${boundary}\n`).slice(1);
  return sections.flatMap((section) => leaves(parsePart(section.replace(/\n$/, ''))));
}

/** A small MIME reader for the portal's own outbox mails: headers, and the first text and HTML part. */
export function parseMail(source: string): ParsedMail {
  const root = parsePart(source.replace(/\r\n/g, '\n'));
  const parts = leaves(root);
  const find = (type: string): string | null => {
    const part = parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type));
    return part ? decodeBody(part) : null;
  };
  return { headers: root.headers, text: find('text/plain'), html: find('text/html') };
}
