import { effect, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createPortalClient } from '../api/client';
import type { Locale, RequestType } from '../api/contract';
import { PortalError } from '../api/errors';
import { warn } from '../core/log';
import type { PanelHost, PanelState } from '../core/panel-contract';
import { createTranslator } from '../i18n';
import { createAccount } from './account';
import { createArticleIndex } from './articles';
import { createDraftStore } from './drafts';
import { appVersionOf, hostFacts, onPageGone, onPageHide } from './environment';
import { createArticleFeedback } from './feedback';
import { createResource } from './resource';
import { createRouter } from './router';
import { subjectOf } from '../api/subject';
import { createSession } from './session';
import { createSafeStorage } from './storage';

const REQUEST_TYPES_MAX_AGE_MS = 5 * 60_000;

/** Everything the views share: created once per panel, handed down through context. */
export function createAppState(host: PanelHost, initial: PanelState) {
  const config = { ...host.config, appVersion: appVersionOf(host.config.appVersion) };
  const locale = signal(initial.locale);
  /** The language the host configured (init, setLocale): a visitor's, and everyone's until their profile is known. */
  const hostLocale = signal(initial.locale);
  const session = createSession(initial.identity, initial.token, (error) => {
    warn('getToken() failed; the user is offered a retry.', error);
    host.emit('error', { code: 'token_failed', message: error.message });
  });
  const client = createPortalClient({
    baseUrl: config.portalUrl,
    locale: () => locale.value,
    token: async (refresh) => {
      const owner = session.userId.peek();
      const token = await session.token(refresh);
      // identify() without logout() keeps the views until the host's token says who it is: a call of the earlier
      // user's views (a form, a reply) that gets another user's token must not go out in that user's name.
      if (owner !== null && token !== null && subjectOf(token) !== owner) throw new PortalError('token_failed', 'The user changed while the call waited for a token.');
      return token;
    },
    onExpired() {
      if (session.expired.peek()) return;
      session.expired.value = true;
      host.emit('error', { code: 'session_expired', message: 'The portal rejected the token twice; the session has expired.' });
    },
  });
  const account = createAccount(client, session, locale, hostLocale);
  const storage = createSafeStorage();
  const base = `medsupport:${config.portalUrl}`;
  const userScope = (): string => `${base}:user:${session.userId.value ?? 'visitor'}`;
  const drafts = createDraftStore(storage, userScope, `${base}:user:`);
  // A visitor the host identifies while writing keeps the text: their drafts of this page become the user's. Older
  // ones are someone's who left: on a PC the practice shares, not for whoever signs in next.
  const pageStart = Date.now();
  let previousUser = session.userId.peek();
  const stopIdentifyEffect = effect(() => {
    const user = session.userId.value;
    if (previousUser === null && user !== null) drafts.adopt(`${base}:user:visitor`, pageStart);
    previousUser = user;
  });
  const articles = createArticleIndex(client, storage, `${base}:articles`, locale);
  const stopPageHide = onPageHide(drafts.flush);
  const feedback = createArticleFeedback(client, session.userId, session.identified);
  const stopPageGone = onPageGone(feedback.pageGone);
  const requestTypes = createResource<RequestType[]>(() => client.requestTypes());
  // Every way into the panel starts at the categories or needs them: asked for now, they travel while the first
  // render runs, instead of after it.
  requestTypes.ensure();
  // A panel left open in a practice's software all day must not keep a form the support team has changed since:
  // each opening asks again once they are a few minutes old.
  const isOpen = signal(false);
  // The panel's one polite live region (drawn by App with the dialog's shell, empty): a region created already
  // filled, as a view's own would be, is often not read at all.
  const announcement = signal('');
  let queued: string[] = [];
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const stopOpenEffect = effect(() => {
    if (isOpen.value) void requestTypes.revalidate(REQUEST_TYPES_MAX_AGE_MS);
  });
  // Names and descriptions come localised from the portal: a language switch must fetch them again.
  let first = true;
  const stopLocaleEffect = effect(() => {
    host.report({ locale: locale.value });
    if (first) first = false;
    else if (requestTypes.data.peek() !== null || requestTypes.loading.peek()) void requestTypes.reload();
  });

  return {
    config,
    host,
    locale,
    /** The host asked for this language: it applies now, and to visitors from now on. */
    setHostLocale(next: Locale) {
      hostLocale.value = next;
      locale.value = next;
    },
    t: createTranslator(locale, config.strings),
    router: createRouter(),
    session,
    client,
    storage,
    drafts,
    userScope,
    articles,
    /** Which query words led to an article that helped, for the portal's search to learn from. */
    feedback,
    context: signal(hostFacts(initial.context) ?? {}),
    isOpen,
    /** New replies of the support team, as the launcher's badge counts them (kept by the lazily loaded unread state). */
    unreadCount: signal(0),
    /** What is said while the panel is closed (a reply that arrived); emptied when it opens, so closing says nothing old. */
    closedNews: signal(''),
    requestTypes,
    account,
    announcement,
    /**
     * Says `text` through the live region. Emptied first and filled a moment later, so the same sentence twice is
     * heard twice and the view change that came with it is drawn; texts of the same moment are read as one.
     */
    announce(text: string) {
      queued.push(text);
      if (announceTimer !== undefined) return;
      announcement.value = '';
      announceTimer = setTimeout(() => {
        announceTimer = undefined;
        announcement.value = queued.join(' ');
        queued = [];
      }, 150);
    },
    /** Tells the host a send failed; a token failure the session has reported already, once. */
    reportFailure(error: PortalError) {
      if (error.kind !== 'token_failed') host.emit('error', { code: error.kind, message: error.message });
    },
    /**
     * Forgets everything of the current user in memory and storage, and any visitor's drafts on this device; the
     * panel is a visitor's afterwards.
     */
    logout() {
      drafts.clearScope(`${userScope()}:`);
      drafts.clearScope(`${base}:user:visitor:`);
      session.set(null);
    },
    dispose() {
      clearTimeout(announceTimer);
      account.dispose();
      articles.dispose();
      drafts.flush();
      stopPageHide();
      stopPageGone();
      stopLocaleEffect();
      stopOpenEffect();
      stopIdentifyEffect();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() outside the panel');
  return app;
}
