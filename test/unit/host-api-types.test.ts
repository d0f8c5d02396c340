import { describe, expect, it } from 'vitest';
import type { Identity, SupportWidget, WidgetErrorCode, WidgetEvents } from '../../src/index';

/**
 * Checked by `tsc --noEmit -p .`, not at run time: each `@ts-expect-error` fails the type check if the call it marks
 * becomes accepted again.
 */
function typeChecks(widget: SupportWidget): void {
  // @ts-expect-error the request view needs its key
  widget.open('request');
  // @ts-expect-error an identity needs a token or getToken
  widget.identify({});
  // @ts-expect-error only the documented codes
  const unknownCode: WidgetErrorCode = 'oops';
  widget.open();
  widget.open('request', 'MED-42');
  widget.open('new', { category: 'billing' });
  widget.identify({ getToken: () => 'token' });
  const identity: Identity = { token: 'token' };
  widget.identify(identity);
  widget.on('error', (error: WidgetEvents['error']) => {
    const code: WidgetErrorCode = error.code;
    void code;
  });
  void unknownCode;
}

describe('host API types', () => {
  it('are checked by tsc', () => {
    expect(typeof typeChecks).toBe('function');
  });
});
