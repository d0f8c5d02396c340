import { describe, expect, it } from 'vitest';
import { createListCache } from '../../server/http/list-cache.js';

const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

describe('list cache', () => {
  it('computes a list once per version, and sends it again as the same UTF-8 with the same ETag', async () => {
    const lists = createListCache();
    let computed = 0;
    const compute = async () => `{"items":[{"summary":"Drucker ${++computed} für Zimmer ä"}]}`;
    const first = await lists.get('anna', 1, compute);
    const again = await lists.get('anna', 1, compute);
    expect(computed).toBe(1);
    expect(again.body).toBeInstanceOf(Uint8Array);
    expect(text(again.body)).toBe(text(first.body));
    expect(again.etag).toBe(first.etag);
    expect(lists.etag('anna', 1)).toBe(first.etag);

    const changed = await lists.get('anna', 2, compute);
    expect(computed).toBe(2);
    expect(text(changed.body)).toContain('Drucker 2');
    expect(changed.etag).not.toBe(first.etag);
  });
});
