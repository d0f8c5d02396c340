import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RequestType, RequestTypeField } from '../../api/contract';
import { applicableFields } from '../../api/field-conditions';
import { PortalError } from '../../api/errors';
import type { NewRequestPrefill } from '../../core/types';
import { useApp } from '../../state/app';
import { collectContext, onBackOnline } from '../../state/environment';
import type { DraftAttachment } from '../../state/drafts';
import { createUploads } from '../../state/uploads';
import { AttachmentPicker, pasteInto } from '../attachments/AttachmentPicker';
import { ArticleList } from '../shared/ArticleList';
import { useSecondsUntil } from '../shared/hooks';
import { LiveCount } from '../shared/LiveCount';
import { DraftRestored } from '../shared/DraftRestored';
import { useErrorText } from '../shared/Status';
import { useArticleSearch } from '../shared/use-search';
import { sendKeys } from '../shared/send-keys';
import { ContextPreview } from './ContextPreview';
import { Field } from './Field';
import { PrefillQuestion } from './PrefillQuestion';
import { sentValue } from './sent-value';
import { useDraft } from './use-draft';
import { keptText, validateFields, VISITOR_FIELDS } from './validate';

interface Licenses {
  used: number;
  quota: number;
}

const licensesOf = (context: Record<string, unknown>): Licenses | null => {
  const l = context['licenses'] as Partial<Licenses> | undefined;
  return l && typeof l.used === 'number' && typeof l.quota === 'number' ? { used: l.used, quota: l.quota } : null;
};

/** The request form, built from the request type's field definitions, with live article suggestions. */
export function RequestForm({ type, prefill }: { type: RequestType; prefill?: NewRequestPrefill }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const { draft, restored, setField, update, discard, dismissHint } = useDraft('new', type.key);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [filesMissing, setFilesMissing] = useState(false);
  const [filesRefused, setFilesRefused] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<PortalError | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useSecondsUntil(retryAt);
  const form = useRef<HTMLFormElement>(null);
  const uploads = useMemo(() => createUploads(app.client, draft.attachments), [app]);
  // The refusal was of the files then attached: removed or replaced, they are no longer what it speaks of.
  const attachedIds = uploads.ids().join();
  useEffect(() => setFilesRefused(null), [attachedIds]);
  useEffect(() => () => uploads.clear(), [uploads]);
  // Uploaded files belong to the draft: after a reload they are still attached (until the portal expires them).
  const kept = JSON.stringify(uploads.kept());
  useEffect(() => {
    if (kept !== JSON.stringify(draft.attachments ?? [])) update({ attachments: JSON.parse(kept) as DraftAttachment[] });
  }, [kept]);
  const [expired, setExpired] = useState<string[]>([]);
  const visitor = !app.session.identified.value;
  const values = draft.fields;
  // Only what applies to the answers so far; a hidden field keeps its text in the draft but is not sent.
  const typeFields = applicableFields(type.fields, values);
  const fieldsShown = visitor ? [...VISITOR_FIELDS(t), ...typeFields] : typeFields;
  // Where the portal names each field in a 422: a visitor's address and name are the body's own.
  const paths = Object.fromEntries(fieldsShown.map((f) => [f.id, f.id === 'visitorEmail' ? 'email' : f.id === 'visitorName' ? 'name' : `fields.${f.id}`]));
  // Only what was typed, so that the word still being typed ends the text (the search completes it), a line apart.
  const searchText = [values['summary'], values['description']].filter((text) => text?.trim()).join('\n');
  // A description is long and wanders; the summary says what it is about.
  const hits = useArticleSearch(searchText, type.key, values['summary']);
  // Leaving the form unsent after opening one of its suggestions tells the portal that article may have helped.
  useEffect(() => () => app.feedback.left(type.key), [app, type.key]);
  const isBug = type.key === 'bug';
  const licenses = licensesOf(app.context.value);
  const context = collectContext(app.config.appVersion, app.locale.value, app.context.value);
  // Suggestions sit right under the field being typed in (summary or description), so the best one is in view
  // while typing, also on a short window or a phone with the keyboard open.
  const searched = type.fields.filter((f) => f.id === 'summary' || f.id === 'description').map((f) => f.id);
  const [typingIn, setTypingIn] = useState<string | undefined>(searched[0]);
  const suggestAfter = typingIn ?? type.fields[0]?.id;
  const suggestions = (
    <>
      <LiveCount hits={hits} />
      {!!hits?.length && (
        <section class="suggestions">
          <h3 id="ms-suggestions">{t('suggest.title')}</h3>
          <ArticleList hits={hits} labelledBy="ms-suggestions" query={searchText} fromDraft={type.key} />
        </section>
      )}
    </>
  );

  // The values passed the form's own checks: the portal applies a rule the form does not know. A sentence of our own,
  // never the portal's English.
  const markRefused = (failure: PortalError): RequestTypeField[] => {
    const refused = fieldsShown.filter((f) => failure.refusedFields(paths).includes(f.id));
    setErrors(Object.fromEntries(refused.map((f) => [f.id, t('form.refused', { label: f.label })])));
    return refused;
  };
  // A refusal the form cannot explain (naming a field or category it lacks, or none) may come from a form changed in
  // the support portal since it was loaded: the request types are fetched again, and if this one changed, the form
  // says so and marks the fields the refusal named, now there.
  const [outdated, setOutdated] = useState(false);
  const typeAtRefusal = useRef<string | null>(null);
  useEffect(() => {
    if (!failure || typeAtRefusal.current === null || typeAtRefusal.current === JSON.stringify(type)) return;
    typeAtRefusal.current = null;
    setOutdated(true);
    markRefused(failure);
  }, [type]);

  const submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (sending || wait > 0 || uploads.busy.value) return;
    const invalid = validateFields(fieldsShown, values, t);
    const noFile = !!type.attachmentsRequired && uploads.ids().length === 0;
    setErrors(invalid);
    setFilesMissing(noFile);
    const first = fieldsShown.find((f) => invalid[f.id]);
    if (first || noFile) {
      form.current?.querySelector<HTMLElement>(first ? `#ms-f-${first.id}` : '#ms-attach-new-choose')?.focus();
      return;
    }
    setSending(true);
    setFailure(null);
    setExpired([]);
    setFilesRefused(null);
    try {
      const fields = Object.fromEntries(
        typeFields.flatMap((f) => {
          const value = sentValue(f, values[f.id] ?? '');
          const empty = typeof value === 'string' ? !value.trim() : !value.length;
          return empty ? [] : [[f.id, value]];
        }),
      );
      // What the form shows is what is sent: a bug report's previewed context, or else the licence figures alone.
      const sent = isBug ? (draft.includeContext ? context : null) : licenses ? { extra: { licenses } } : null;
      const attachments = uploads.ids();
      const sender = app.session.userId.peek();
      const created = await app.client.createRequest(
        {
          requestTypeId: type.id,
          fields,
          ...(sent ? { context: sent } : {}),
          ...(attachments.length ? { attachments } : {}),
          ...(visitor ? { email: values['visitorEmail']?.trim(), name: values['visitorName']?.trim() } : {}),
        },
        draft.idempotencyKey,
      );
      // The host signed the sender out (or another user in) while it was on its way: the request is the sender's, in
      // their list; the next person at this PC must not see it, nor lose a draft of theirs to it.
      if (app.session.userId.peek() !== sender) return;
      const filesLeft = uploads.missingFrom(created.activity.flatMap((a) => a.attachments ?? []).map((a) => a.name));
      app.drafts.remove('new', type.key);
      app.feedback.sent(type.key);
      uploads.clear();
      app.host.emit('submit', { key: created.key, requestType: type.key });
      app.router.replace({ view: 'success', key: created.key, summary: created.summary, ...(filesLeft.length ? { filesLeft } : {}) });
    } catch (error) {
      const failure = error instanceof PortalError ? error : new PortalError('network', String(error));
      setFailure(failure);
      setRetryAt(failure.retryAfter ? Date.now() + failure.retryAfter * 1000 : null);
      const refused = markRefused(failure);
      if (refused[0]) form.current?.querySelector<HTMLElement>(`#ms-f-${refused[0].id}`)?.focus();
      setOutdated(false);
      typeAtRefusal.current = null;
      // Naming the files, the portal wants one where none went, or refuses those that did (a service desk's own limit).
      const filesReason = failure.filesReason();
      const wantsFile = filesReason !== null && uploads.ids().length === 0;
      if (filesReason !== null && !wantsFile) {
        setFilesRefused(filesReason);
        if (!refused[0]) form.current?.querySelector<HTMLElement>('#ms-attach-new-choose')?.focus();
      }
      if (failure.namesUnknownFields(paths) || failure.wholeFormReason() || wantsFile) {
        typeAtRefusal.current = JSON.stringify(type);
        void app.requestTypes.revalidate(0);
      }
      // The portal wants a file the form did not know was needed.
      if (wantsFile) setFilesMissing(true);
      // The portal names expired uploads by their place in the list that was sent.
      const sent = uploads.ids();
      const gone = Object.keys(failure.fieldErrors()).flatMap((key) => sent[Number(/^attachments\[(\d+)\]$/.exec(key)?.[1] ?? NaN)] ?? []);
      setExpired(uploads.dropExpired(gone));
      app.reportFailure(failure);
    } finally {
      setSending(false);
    }
  };

  // Sent offline: it goes out by itself when the device is back online, with the text as it is by then.
  const latestSubmit = useRef(submit);
  latestSubmit.current = submit;
  const wholeFormReason = failure?.wholeFormReason();
  useEffect(() => (failure?.kind === 'offline' ? onBackOnline(() => void latestSubmit.current()) : undefined), [failure]);

  // An error goes as soon as its field is valid; a new one waits for the next Send, so typing is not scolded.
  const input = (field: RequestTypeField, value: string): void => {
    setField(field.id, value);
    if (errors[field.id] && !validateFields([field], { [field.id]: value }, t)[field.id]) {
      setErrors(({ [field.id]: _fixed, ...rest }) => rest);
    }
  };

  return (
    <form
      ref={form}
      class="request-form"
      noValidate
      onSubmit={submit}
      onKeyDown={sendKeys(submit)}
      onFocusIn={(event) => {
        void app.articles.refresh();
        const name = (event.target as HTMLInputElement).name;
        if (searched.includes(name)) setTypingIn(name);
      }}
      onPaste={pasteInto(uploads)}
    >
      {type.helpText && <p class="hint">{type.helpText}</p>}
      {restored && (
        <DraftRestored
          onDiscard={() => {
            discard();
            uploads.clear();
          }}
          onKeep={dismissHint}
        />
      )}
      {prefill && <PrefillQuestion prefill={prefill} type={type} values={values} apply={(fields) => update({ fields })} />}
      {licenses && type.key === 'billing' && (
        <p class="notice" role="note">
          {t('form.licenses', { used: licenses.used, quota: licenses.quota })}
        </p>
      )}
      <p class="hint">{t('form.requiredNote')}</p>
      {visitor && <p class="hint">{t('visitor.intro')}</p>}
      {fieldsShown.map((field) => (
        <Fragment key={field.id}>
          <Field field={field} value={values[field.id] ?? ''} error={errors[field.id]} onInput={(v) => input(field, v)} />
          {field.id === suggestAfter && suggestions}
        </Fragment>
      ))}
      {expired.length > 0 && (
        <ul class="refused" role="alert">
          {expired.map((name) => (
            <li key={name}>{t('attach.expired', { name })}</li>
          ))}
        </ul>
      )}
      <AttachmentPicker
        uploads={uploads}
        id="ms-attach-new"
        required={type.attachmentsRequired}
        error={filesMissing && !uploads.ids().length ? t('attach.missing') : filesRefused ? t('attach.refused', { reason: filesRefused }) : undefined}
      />
      {uploads.busy.value && <p class="hint">{t('attach.wait')}</p>}
      {isBug && <ContextPreview context={context} include={draft.includeContext} onToggle={(includeContext) => update({ includeContext })} />}
      {failure && (
        <div class="state error" role="alert">
          <p>
            {outdated
              ? t('form.outdated')
              : failure.refusedFields(paths).length || filesRefused
                ? t('form.checkMarked')
                : wholeFormReason
                  ? t('form.refusedWhole', { reason: wholeFormReason })
                  : errorText(failure)}
          </p>
          <p>{t(keptText(failure))}</p>
        </div>
      )}
      {/* Sent with Ctrl+Enter, focus stays in the text; on the button, screen readers mostly do not say its new name. */}
      <p class="sr-only" aria-live="polite">
        {sending ? t('form.sending') : ''}
      </p>
      <div class="actions">
        <button type="submit" class="btn" aria-describedby="ms-send-keys" aria-busy={sending ? 'true' : 'false'} aria-disabled={sending || wait > 0 ? 'true' : undefined}>
          {sending ? t('form.sending') : wait > 0 ? t('panel.retryIn', { seconds: wait }) : failure?.retryable ? t('panel.retry') : t('form.send')}
        </button>
        <span id="ms-send-keys" class="hint keys">
          {t('form.sendKeys')}
        </span>
      </div>
    </form>
  );
}
