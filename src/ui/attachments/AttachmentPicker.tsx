import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../i18n';
import { useApp } from '../../state/app';
import { ACCEPTED_FILES, type Upload, type Uploads } from '../../state/uploads';
import { useErrorText } from '../shared/Status';

/** A form's paste handler: a pasted screenshot becomes an attachment; pasted text goes into the field as usual. */
export const pasteInto =
  (uploads: Uploads) =>
  (event: ClipboardEvent): void => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    uploads.add(files);
  };

const REASON = { size: 'attach.tooBig', type: 'attach.badType', count: 'attach.tooMany' } as const;

/**
 * Files by picking, dropping or pasting (a screenshot of an error message), with previews and progress. `required`
 * says at least one file must go; `error` is the form's message when none does (the button "choose files" carries
 * `id`-choose, for the form to focus).
 */
export function AttachmentPicker({ uploads, id, required, error }: { uploads: Uploads; id: string; required?: boolean; error?: string }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [over, setOver] = useState(false);
  // The button goes with its file: focus moves first to the file after it (else before it, else "choose files"), so
  // the keyboard user stays where they were instead of being sent back to the panel's title.
  const remove = (localId: number, index: number): void => {
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.file button');
    (buttons?.[index + 1] ?? buttons?.[index - 1] ?? chooser.current)?.focus();
    uploads.remove(localId);
  };
  const kb = (bytes: number): string => `${formatNumber(app.locale.value, Math.max(1, Math.round(bytes / 1024)))} KB`;
  const failureText = (u: Upload): string =>
    u.error?.status === 413 ? t('attach.tooBig', { name: u.name }) : u.error?.status === 415 ? t('attach.badType', { name: u.name }) : t('attach.failed', { name: u.name, reason: u.error ? errorText(u.error) : '' });

  // What happens to the files is said, not only drawn: added, failed (each), and uploaded once none is left going.
  const items = uploads.items.value;
  const states = useRef(new Map(items.map((u) => [u.localId, u.state])));
  const finished = useRef<string[]>([]);
  useEffect(() => {
    const before = states.current;
    states.current = new Map(items.map((u) => [u.localId, u.state]));
    const added = items.filter((u) => !before.has(u.localId)).length;
    const failed = items.filter((u) => u.state === 'failed' && before.get(u.localId) !== 'failed');
    finished.current.push(...items.filter((u) => u.state === 'done' && before.get(u.localId) === 'uploading').map((u) => u.name));
    const done = finished.current;
    const idle = !items.some((u) => u.state === 'uploading');
    const said = [
      added ? t('attach.added', { count: added }) : '',
      ...failed.map(failureText),
      idle && done.length ? t('attach.uploaded', { count: done.length, name: done[0]! }) : '',
    ].filter(Boolean);
    if (idle) finished.current = [];
    if (said.length) app.announce(said.join(' '));
  }, [items]);

  return (
    <div class="attach-picker">
      <div
        class={`dropzone${over ? ' over' : ''}${error ? ' invalid' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          uploads.add([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <span id={`${id}-hint`}>{t('attach.hint')}</span>{' '}
        <button
          ref={chooser}
          id={`${id}-choose`}
          type="button"
          class="link-button"
          aria-describedby={[`${id}-hint`, required && `${id}-required`, error && `${id}-err`].filter(Boolean).join(' ')}
          onClick={() => input.current?.click()}
        >
          {t('attach.choose')}
        </button>
        {required && (
          <p id={`${id}-required`} class="hint">
            {t('attach.required')}
            <span class="required" aria-hidden="true">
              {' *'}
            </span>
          </p>
        )}
        {error && (
          <p id={`${id}-err`} class="field-error">
            {error}
          </p>
        )}
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_FILES}
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            uploads.add([...(el.files ?? [])]);
            el.value = '';
          }}
        />
      </div>
      {uploads.refused.value.length > 0 && (
        <ul class="refused" role="alert">
          {uploads.refused.value.map((r, i) => (
            <li key={i}>{t(REASON[r.reason], { name: r.name })}</li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <ul ref={list} class="files" aria-label={t('attach.list')}>
          {items.map((u, index) => {
            // A failure is a sentence of its own under the name (not only red, not run into the size), and describes
            // the file's remove button, the control the user reaches for it.
            const failure = u.state === 'failed' ? `${id}-file-${u.localId}-err` : undefined;
            return (
              <li key={u.localId} class={`file ${u.state}`}>
                {u.preview ? <img src={u.preview} alt="" /> : <span class="file-icon" aria-hidden="true">📄</span>}
                <span class="file-name">
                  {u.name} <span class="file-size">({kb(u.size)})</span>
                  {u.state === 'uploading' && <progress max={1} value={u.progress} aria-label={t('attach.uploading', { name: u.name })} />}
                  {failure && (
                    <span id={failure} class="field-error file-error">
                      <span aria-hidden="true">⚠ </span>
                      {failureText(u)}
                    </span>
                  )}
                </span>
                <button
                  type="button"
                  class="icon-button small"
                  aria-label={t('attach.remove', { name: u.name })}
                  aria-describedby={failure}
                  onClick={() => remove(u.localId, index)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
