import { SignJWT } from 'jose';
import type { Locale, RequestSummary } from '../../src/api/contract.js';
import type { UserRecord } from '../store/portal-store.js';
import { confirmationMail, registrationMail, replyMail } from './templates.js';
import type { MailMessage, MailTransport } from './transport.js';

export interface NotifierOptions {
  appUrl: string;
  jwtSecret: string;
  log: (line: string) => void;
}

/** `PORTAL_APP_URL?medsupport=<target>`, keeping any query or fragment the app URL already has. */
export function appLink(appUrl: string, target: string): string {
  const url = new URL(appUrl);
  url.search = `${url.search ? `${url.search}&` : '?'}medsupport=${target}`;
  return url.toString();
}

/**
 * Sends the portal's mails without making API responses wait for SMTP; failures are logged, never thrown.
 * `flush()` waits for mails still in flight (used on shutdown and by tests).
 */
export function createNotifier(transport: MailTransport, options: NotifierOptions) {
  const pending = new Set<Promise<void>>();
  const secret = new TextEncoder().encode(options.jwtSecret);

  const dispatch = (message: MailMessage) => {
    const delivery = transport(message).then(
      () => undefined,
      (error: unknown) => options.log(`mail: ${message.kind}${message.requestKey ? ` ${message.requestKey}` : ''} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    const tracked = delivery.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };

  const requestLink = (key: string) => appLink(options.appUrl, `request/${encodeURIComponent(key)}`);

  return {
    requestCreated(user: UserRecord, request: RequestSummary) {
      if (!user.notifyByEmail) return;
      const content = confirmationMail(user.locale, user.name, request.key, request.summary, requestLink(request.key));
      dispatch({ kind: 'confirmation', to: user.email, requestKey: request.key, ...content });
    },
    /** Visitors get replies too: until they register, the mail is the only place they can read them. */
    agentReplied(user: UserRecord, request: RequestSummary, reply: string) {
      if (!user.notifyByEmail) return;
      const content = replyMail(user.locale, user.name, request.key, request.summary, reply, requestLink(request.key));
      dispatch({ kind: 'reply', to: user.email, requestKey: request.key, ...content });
    },
    async registration(email: string, name: string | null, locale: Locale) {
      const token = await new SignJWT({ email, purpose: 'registration' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt()
        .setExpirationTime('24h')
        .sign(secret);
      const content = registrationMail(locale, name, appLink(options.appUrl, `register/${token}`));
      dispatch({ kind: 'registration', to: email, ...content });
    },
    flush: async () => {
      await Promise.all([...pending]);
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
