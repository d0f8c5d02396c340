import type { Identity, SupportWidget, WidgetErrorCode, WidgetEvents } from '../../src/index';
import type {} from '../../src/global';

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
  // A host's navigator.language works as the README says (de-DE → de); another language does not.
  widget.setLocale('de-DE');
  widget.setLocale('en');
  // @ts-expect-error only German and English
  widget.setLocale('fr');
  void unknownCode;
}

/** The script-tag global may still be the snippet's stub, whose on() returns nothing. */
export function globalChecks(): void {
  const off = window.MedSupport.on('ready', () => undefined);
  // @ts-expect-error the stub returns no unsubscribe function
  off();
  off?.();
}
