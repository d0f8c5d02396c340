/** The extensions a detected type may keep; the first is added to a name that ends otherwise. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg', '.jpe', '.jfif'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'image/bmp': ['.bmp', '.dib'],
  'application/pdf': ['.pdf'],
};

const NAME_MAX = 200;

/**
 * Control characters, quotes, and the invisible marks that reorder or hide text: "rechnung\u202Egnp.exe" shows as
 * "rechnungexe.png" in a list but is saved as an .exe.
 */
const UNSAFE = /[\x00-\x1f\x7f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploaded name without folders and unsafe characters, at most 200 characters (code points, never half a pair),
 * a longer one cut before its extension.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const chars = Array.from(base.replace(UNSAFE, '').trim());
  // A long name is cut before its extension, which says what opens the file.
  const extension = Array.from(chars.length > NAME_MAX ? (/\.[\p{L}\p{N}]{1,10}$/u.exec(chars.join(''))?.[0] ?? '') : '');
  const cleaned = [...chars.slice(0, NAME_MAX - extension.length), ...extension].join('').trim();
  return cleaned || 'attachment';
}

/**
 * The name a file is stored and downloaded under: it ends in an extension of the type its content was detected as.
 * The content decides the type, so the name must not promise another: "hilfe.bat" starting with "BM" passes as a
 * bitmap, and saved under its own name a double-click on the support agent's PC would run it. Such a name keeps
 * its text and gains the type's extension ("hilfe.bat.bmp"). Text files already need a text extension to be text.
 */
export function nameForType(name: string, contentType: string): string {
  const extensions = EXTENSIONS[contentType];
  if (!extensions || extensions.some((extension) => name.toLowerCase().endsWith(extension))) return name;
  const extension = extensions[0] as string;
  return `${Array.from(name).slice(0, NAME_MAX - extension.length).join('')}${extension}`;
}
