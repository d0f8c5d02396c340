import { describe, expect, it } from 'vitest';
import type { PortalClient } from '../../src/api/client';
import { ACCEPTED_FILES, createUploads, refusalFor } from '../../src/state/uploads';

const file = (name: string, type: string, size = 1_000) => ({ name, type, size });

describe('the files the widget lets go up', () => {
  it('are the images the portal takes, PDF and text: an iPhone photo or an SVG is refused before its upload', () => {
    expect(refusalFor(file('scan.png', 'image/png'), 0)).toBeNull();
    expect(refusalFor(file('foto.jpg', 'image/jpeg'), 0)).toBeNull();
    expect(refusalFor(file('befund.pdf', 'application/pdf'), 0)).toBeNull();
    expect(refusalFor(file('export.csv', 'text/csv'), 0)).toBeNull();
    expect(refusalFor(file('IMG_0001.HEIC', 'image/heic'), 0)).toBe('type');
    expect(refusalFor(file('logo.svg', 'image/svg+xml'), 0)).toBe('type');
  });

  it('are what the file chooser offers, the text files the portal takes among them', () => {
    for (const accepted of ['image/png', 'application/pdf', '.csv', '.json', '.xml', '.md', '.log']) expect(ACCEPTED_FILES.split(',')).toContain(accepted);
    expect(ACCEPTED_FILES).not.toContain('image/*');
  });
});

describe('the files a new request shows after its create', () => {
  it('tell which files did not arrive, one per arrival of a name, so two pasted screenshots of one name are told apart', () => {
    const uploads = createUploads({} as PortalClient, [
      { id: 'a1', name: 'image.png', size: 10 },
      { id: 'a2', name: 'image.png', size: 12 },
      { id: 'a3', name: 'befund.pdf', size: 99 },
    ]);
    expect(uploads.missingFrom(['image.png', 'image.png', 'befund.pdf'])).toEqual([]);
    expect(uploads.missingFrom(['image.png', 'befund.pdf'])).toEqual(['image.png']);
    expect(uploads.missingFrom([])).toEqual(['image.png', 'image.png', 'befund.pdf']);
  });
});
