import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../server/attachments/file-name';

describe('a file name kept by the portal', () => {
  it("is cut before its extension, which says what opens the file (an agent's file in JSM has no type check to add it back)", () => {
    expect(safeFileName(`Befund ${'x'.repeat(250)}.pdf`)).toBe(`Befund ${'x'.repeat(189)}.pdf`);
    expect(safeFileName('kurz.pdf')).toBe('kurz.pdf');
    expect(safeFileName('C:\\Praxis\\scan.png')).toBe('scan.png');
  });
});
