import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lineWriter } from '../../server/log-lines.js';

describe('log lines', () => {
  it('are written in order, all of one turn of the event loop in one write', async () => {
    const writes: string[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void writes.push(chunk.toString())) });
    const log = lineWriter(stream);
    log('GET /a 200 1.0ms');
    log('GET /b 304 0.5ms');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    log('POST /c 201 3.2ms');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['GET /a 200 1.0ms\nGET /b 304 0.5ms\n', 'POST /c 201 3.2ms\n']);
  });
});
