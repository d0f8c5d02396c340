import type { Identity, SupportWidget, WidgetErrorCode, WidgetEvents } from '../../src/index';

/**
 * Never run: `npm test` type-checks it (`tsc -p tsconfig.json`), and each `@ts-expect-error` fails that check if the
 * call it marks becomes accepted again.
 */
export function typeChecks(widget: SupportWidget): void {
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
