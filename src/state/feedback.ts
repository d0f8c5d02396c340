import type { ReadonlySignal } from '@preact/signals';
import type { PortalClient } from '../api/client';

/** An article as the user opened it from a list of search hits, with the words of the query that found it. */
export interface OpenedArticle {
  id: string;
  /** The query's index terms (`ArticleSearch.terms`); empty when the article was not opened from a search. */
  terms?: string[];
  /** The request type whose form's suggestions it was opened from. */
  fromDraft?: string;
}

interface Pending {
  id: string;
  terms: string[];
  user: string | null;
}

/**
 * What helped, told to the portal so that the search learns users' own words (#15): `POST /articles/:id/feedback`
 * with the query's index terms only, never other text. Nothing here is shown to the user or to the host.
 *
 * - `solved`: the user confirmed "Das hat mein Problem gelöst" on an article opened from the home search or from
 *   the form's suggestions.
 * - `abandoned`: an article was opened from the request form's suggestions, not answered with "Nicht gelöst",
 *   and the request was then not sent: the user left the form (Back, Home, another view opened by the host) or
 *   the page went away (`pagehide`: tab closed, reloaded, navigated elsewhere). Closing the panel or switching tabs
 *   is not leaving: the form and its draft stay, and the user often comes back to send. Only the article opened
 *   last counts, the one the user stopped at.
 *
 * Visitors' feedback is not sent: the portal counts practices, and a visitor has none.
 */
export function createArticleFeedback(client: Pick<PortalClient, 'articleFeedback'>, user: ReadonlySignal<string | null>, identified: ReadonlySignal<boolean>) {
  /** Per form (request type key): the article opened last from its suggestions, and by whom. */
  const pending = new Map<string, Pending>();

  const send = (id: string, terms: readonly string[] | undefined, kind: 'solved' | 'abandoned', leaving = false): void => {
    if (!terms?.length || !identified.peek()) return;
    void client.articleFeedback(id, { terms: [...terms], kind }, { leaving });
  };

  const abandon = (form: string, leaving = false): void => {
    const opened = pending.get(form);
    pending.delete(form);
    // Someone else is using the widget by now: their token must not carry the previous user's words.
    if (opened && opened.user === user.peek()) send(opened.id, opened.terms, 'abandoned', leaving);
  };

  return {
    /** An article is opened from a list of hits; from a form's suggestions, that form now waits for its fate. */
    opened(article: OpenedArticle): void {
      if (article.fromDraft && article.terms?.length) pending.set(article.fromDraft, { id: article.id, terms: article.terms, user: user.peek() });
    },
    /** "Das hat mein Problem gelöst", confirmed. */
    solved(article: OpenedArticle): void {
      if (article.fromDraft) pending.delete(article.fromDraft);
      send(article.id, article.terms, 'solved');
    },
    /** "Nicht gelöst – weiter mit meiner Anfrage": that article did not help. */
    notSolved(article: OpenedArticle): void {
      if (article.fromDraft && pending.get(article.fromDraft)?.id === article.id) pending.delete(article.fromDraft);
    },
    /** The form's request went out: whatever was opened before did not answer it. */
    sent(form: string): void {
      pending.delete(form);
    },
    /** The form is gone without a send. */
    left(form: string): void {
      abandon(form);
    },
    /** The page goes away: every form still waiting was abandoned. */
    pageGone(): void {
      for (const form of [...pending.keys()]) abandon(form, true);
    },
  };
}

export type ArticleFeedbackState = ReturnType<typeof createArticleFeedback>;
