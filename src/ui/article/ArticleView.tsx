import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../api/contract';
import { useApp } from '../../state/app';
import { createResource } from '../../state/resource';
import type { RouteOf } from '../../state/router';
import { ErrorState, Loading } from '../shared/Status';
import { renderSafeHtml } from './safe-html';

/** A knowledge-base article inside the panel, with "This solved my problem". */
export default function ArticleView({ route }: { route: RouteOf<'article'> }) {
  const app = useApp();
  const t = app.t.value;
  const article = useMemo(() => createResource<Article>(() => app.client.article(route.id)), [route.id]);
  const [step, setStep] = useState<'reading' | 'confirm' | 'thanks'>('reading');
  useEffect(() => void article.reload(), [article]);
  const data = article.data.value;
  useEffect(() => {
    if (data) app.host.emit('articleOpen', { id: data.id, title: data.title });
  }, [data]);
  const links = { base: `${app.config.portalUrl}/articles/`, open: (id: string) => app.router.push({ view: 'article', id, fromDraft: route.fromDraft }) };
  const body = useMemo(() => (data ? renderSafeHtml(data.html, { links, image: (alt) => t('article.image', { alt }) }) : null), [data, t]);
  const deflect = useRef<HTMLDivElement>(null);
  const shownStep = useRef(step);
  // Each step's buttons replace the one just pressed: focus moves to the first of them instead of to the page.
  useLayoutEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    deflect.current?.querySelector<HTMLElement>('button')?.focus();
  }, [step]);

  const solved = (): void => {
    if (route.fromDraft) app.drafts.remove('new', route.fromDraft);
    app.host.emit('deflect', { articleId: route.id });
    app.feedback.solved(route);
    setStep('thanks');
  };

  if (article.error.value) return <ErrorState error={article.error.value} onRetry={() => void article.reload()} />;
  if (!data) return <Loading lines={5} />;
  return (
    <article class="article">
      {/* The version served may be German in an English panel (no translation yet); the buttons below stay the panel's. */}
      <h3 class="article-title-main" lang={data.locale}>
        {data.title}
      </h3>
      <div class="article-body" lang={data.locale}>
        {body}
      </div>
      <div ref={deflect} class="deflect" aria-live="polite">
        {step === 'reading' && (
          <div class="actions">
            <button type="button" class="btn" onClick={() => (route.fromDraft ? setStep('confirm') : solved())}>
              {t('article.solved')}
            </button>
            {route.fromDraft && (
              // The form is still mounted below this view: going back finds every field as it was.
              <button
                type="button"
                class="btn secondary"
                onClick={() => {
                  app.feedback.notSolved(route);
                  app.router.back();
                }}
              >
                {t('article.notSolved')}
              </button>
            )}
          </div>
        )}
        {step === 'confirm' && (
          <div class="notice" role="alert">
            <p>{t('article.confirmDiscard')}</p>
            <button type="button" class="btn" onClick={solved}>
              {t('article.confirmYes')}
            </button>{' '}
            <button type="button" class="btn secondary" onClick={() => setStep('reading')}>
              {t('article.confirmNo')}
            </button>
          </div>
        )}
        {step === 'thanks' && (
          <div class="notice">
            <p>{t('article.thanks')}</p>
            <button type="button" class="btn secondary" onClick={() => app.router.reset()}>
              {t('success.home')}
            </button>
          </div>
        )}
      </div>
    </article>
  );
}
