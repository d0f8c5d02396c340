/**
 * Decides an upload's type from its first bytes, never from its name or the browser's claim: an .exe renamed to
 * .png starts with "MZ", not with the PNG signature, and is refused.
 */
const SIGNATURES: { type: string; bytes: (number | null)[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38, null, 0x61] },
  // RIFF....WEBP
  { type: 'image/webp', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { type: 'image/bmp', bytes: [0x42, 0x4d] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

const TEXT_EXTENSIONS = /\.(txt|log|csv|json|xml|md)$/i;

function startsWith(data: Uint8Array, signature: (number | null)[]): boolean {
  return data.length >= signature.length && signature.every((byte, i) => byte === null || data[i] === byte);
}

/** Valid UTF-8 without NUL or other binary control bytes; what log files and copied error texts look like. */
function isText(data: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return !/[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(text);
  } catch {
    return false;
  }
}

/** The detected content type, or null when the file is not an accepted image, PDF, text or log file. */
export function detectContentType(data: Uint8Array, fileName: string): string | null {
  if (data.length === 0) return null;
  const signature = SIGNATURES.find((candidate) => startsWith(data, candidate.bytes));
  if (signature) return signature.type;
  // Text has no signature; require a text-like name as well so arbitrary files are not waved through as text.
  if (TEXT_EXTENSIONS.test(fileName) && isText(data)) return 'text/plain; charset=utf-8';
  return null;
}
