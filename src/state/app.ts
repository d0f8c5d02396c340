import { effect, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createPortalClient } from '../api/client';
import type { RequestType } from '../api/contract';
import type { PanelHost, PanelState } from '../core/panel-contract';
import { createTranslator } from '../i18n';
import { createArticleIndex } from './articles';
import { createDraftStore } from './drafts';
import { onPageHide } from './environment';
import { createResource } from './resource';
import { createRouter } from './router';
import { createSession } from './session';
import { createSafeStorage } from './storage';

/** Everything the views share: created once per panel, handed down through context. */
export function createAppState(host: PanelHost, initial: PanelState) {
  const { config } = host;
  const locale = signal(initial.locale);
  const session = createSession(initial.identity);
  const client = createPortalClient({
    baseUrl: config.portalUrl,
    locale: () => locale.value,
    token: (refresh) => session.token(refresh),
  });
  const storage = createSafeStorage();
  const base = `medsupport:${config.portalUrl}`;
  const userScope = (): string => `${base}:user:${session.userId.value ?? 'visitor'}`;
  const drafts = createDraftStore(storage, userScope);
  const stopPageHide = onPageHide(drafts.flush);
  const requestTypes = createResource<RequestType[]>(() => client.requestTypes());
  // Names and descriptions come localised from the portal: a language switch must fetch them again.
  let first = true;
  const stopLocaleEffect = effect(() => {
    void locale.value;
    if (first) first = false;
    else if (requestTypes.data.peek() !== null) void requestTypes.reload();
  });

  return {
    config,
    host,
    locale,
    t: createTranslator(locale, config.strings),
    router: createRouter(),
    session,
    client,
    storage,
    drafts,
    userScope,
    articles: createArticleIndex(client, storage, `${base}:articles`),
    context: signal(initial.context),
    isOpen: signal(false),
    requestTypes,
    dispose() {
      drafts.flush();
      stopPageHide();
      stopLocaleEffect();
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
