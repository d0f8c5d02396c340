import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIMITS, type ActivityItem } from '../../api/contract';
import { PortalError } from '../../api/errors';
import { charCount } from '../../api/text-rules';
import { formatNumber } from '../../i18n';
import { useApp } from '../../state/app';
import { newIdempotencyKey } from '../../state/drafts';
import { createUploads } from '../../state/uploads';
import { AttachmentPicker, pasteInto } from '../attachments/AttachmentPicker';
import { useDraft } from '../new-request/use-draft';
import { keptText } from '../new-request/validate';
import { DraftRestored } from '../shared/DraftRestored';
import { sendKeys } from '../shared/send-keys';
import { useErrorText } from '../shared/Status';

const REUSED = /idempotency-key-reused$/;
const CLOSED = /request-closed$/;

export interface ReplyBoxProps {
  requestKey: string;
  /** Shown under the label and read with the field, e.g. that a reply reopens a resolved request. */
  hint?: string;
  onSent(item: ActivityItem): void;
  onStale(): void;
  /** The portal refused the reply because the request was closed meanwhile; the draft is kept for a new request. */
  onClosed(): void;
}

/**
 * The reply under the timeline. Its text is a draft like a new request's: saved while typing, kept on failure, and
 * sent with one idempotency key, so Retry after a lost answer never posts the reply twice.
 */
export function ReplyBox({ requestKey, hint, onSent, onStale, onClosed }: ReplyBoxProps) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const { draft, restored, setField, update, discard, dismissHint } = useDraft('reply', requestKey);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<PortalError | null>(null);
  const [notice, setNotice] = useState<'empty' | 'refused' | 'sent' | 'arrived' | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const uploads = useMemo(() => createUploads(app.client), [app]);
  useEffect(() => () => uploads.clear(), [uploads]);
  const body = draft.fields['body'] ?? '';
  const id = `ms-reply-${requestKey}`;
  // Pasted text over the portal's limit is kept and marked, never cut (no maxlength).
  const over = charCount(body) - LIMITS.textMaxLength;
  const invalid = notice === 'empty' || notice === 'refused' || over > 0;
  // The files sent, refused in the service desk's own words (its size limit may be below the portal's).
  const filesRefused = failure && uploads.ids().length > 0 ? failure.filesReason() : null;

  const submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (sending || uploads.busy.value) return;
    if (!body.trim() || over > 0) {
      if (over <= 0) setNotice('empty');
      input.current?.focus();
      return;
    }
    setSending(true);
    setFailure(null);
    setNotice(null);
    try {
      const attachments = uploads.ids();
      const item = await app.client.comment(requestKey, { body, ...(attachments.length ? { attachments } : {}) }, draft.idempotencyKey);
      discard();
      uploads.clear();
      setNotice('sent');
      onSent(item);
    } catch (error) {
      const failed = error instanceof PortalError ? error : new PortalError('network', String(error));
      if (failed.status === 409 && REUSED.test(failed.problem?.type ?? '')) {
        // An earlier version of this text did arrive; the edited one goes out as a new reply under a new key.
        update({ idempotencyKey: newIdempotencyKey() });
        setNotice('arrived');
        onStale();
      } else if (failed.status === 409 && CLOSED.test(failed.problem?.type ?? '')) {
        onClosed();
      } else {
        setFailure(failed);
        if (failed.refusedFields({ body: 'body' }).length) {
          setNotice('refused');
          input.current?.focus();
        }
        app.reportFailure(failed);
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      class="reply"
      noValidate
      onSubmit={submit}
      onKeyDown={sendKeys(submit)}
      onPaste={pasteInto(uploads)}
    >
      <label for={id} class="reply-label">
        {t('request.reply')}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {restored && <DraftRestored onDiscard={discard} onKeep={dismissHint} />}
      <textarea
        ref={input}
        id={id}
        rows={4}
        value={body}
        readOnly={sending}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', invalid ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined}
        onInput={(e) => {
          setField('body', (e.currentTarget as HTMLTextAreaElement).value);
          // The portal's refusal pointed at this text: with the mark goes the message that asks to check it.
          if (notice === 'refused') setFailure(null);
          if (notice) setNotice(null);
        }}
      />
      <AttachmentPicker uploads={uploads} id={`${id}-files`} error={filesRefused ? t('attach.refused', { reason: filesRefused }) : undefined} />
      {invalid && (
        <p id={`${id}-err`} class="field-error">
          {over > 0
            ? t('form.tooLongBy', { count: over, n: formatNumber(app.locale.value, over), max: formatNumber(app.locale.value, LIMITS.textMaxLength) })
            : notice === 'empty'
              ? t('request.replyEmpty')
              : t('form.refused', { label: t('request.reply') })}
        </p>
      )}
      {failure && (
        <div class="state error" role="alert">
          <p>{failure.refusedFields({ body: 'body' }).length || filesRefused ? t('form.checkMarked') : errorText(failure)}</p>
          <p>{t(keptText(failure))}</p>
        </div>
      )}
      {/* "Sending" too: screen readers mostly do not say the new name of the button that has focus. */}
      <p class="sr-only" aria-live="polite">
        {sending ? t('form.sending') : notice === 'sent' ? t('request.sent') : notice === 'arrived' ? t('request.arrived') : ''}
      </p>
      {notice === 'arrived' && (
        <p class="notice" role="note">
          {t('request.arrived')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn" aria-describedby={`${id}-keys`} aria-busy={sending ? 'true' : 'false'} aria-disabled={sending ? 'true' : undefined}>
          {sending ? t('form.sending') : failure?.retryable ? t('panel.retry') : t('request.send')}
        </button>
        {/* The same keys as a new request's form: Ctrl/Cmd+Enter sends from the text. */}
        <span id={`${id}-keys`} class="hint keys">
          {t('form.sendKeys')}
        </span>
      </div>
    </form>
  );
}
