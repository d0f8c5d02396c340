import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n';
import { contextRows } from '../../src/ui/shared/context-rows';

describe('contextRows', () => {
  it("labels the host app's own facts as the app's, and the licence figures in words", () => {
    const t = createTranslator(signal('de' as const)).value;
    const rows = contextRows({ pageUrl: 'https://app.example/termine', extra: { page: 'Termine', licenses: { used: 3, quota: 5 }, filter: { room: 2 } } }, t);
    expect(rows.filter(([, value]) => value)).toEqual([
      ['Seite', 'https://app.example/termine'],
      ['„page“ (von der Anwendung)', 'Termine'],
      ['Behandler-Lizenzen', '3 von 5 genutzt'],
      ['„filter“ (von der Anwendung)', '{"room":2}'],
    ]);
  });
});
