import { useState } from 'preact/hooks';
import type { AttachmentRef } from '../../api/contract';
import { PortalError } from '../../api/errors';
import { formatNumber } from '../../i18n';
import { useApp } from '../../state/app';
import { downloadAttachment } from '../../state/download';
import { useErrorText } from '../shared/Status';

/** The files of one activity entry; each downloads on click (the portal wants the bearer token for them). */
export function Attachments({ files }: { files: AttachmentRef[] }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const [failed, setFailed] = useState<{ id: string; error: PortalError } | null>(null);
  const download = (file: AttachmentRef): void => {
    setFailed(null);
    downloadAttachment(app, file).catch((error: unknown) =>
      setFailed({ id: file.id, error: error instanceof PortalError ? error : new PortalError('network', String(error)) }),
    );
  };
  return (
    <ul class="attachments" aria-label={t('request.attachments')}>
      {files.map((file) => (
        <li key={file.id}>
          <button type="button" class="link-button" onClick={() => download(file)}>
            {file.name}
          </button>{' '}
          <span class="size">({t('request.size', { kb: formatNumber(app.locale.value, Math.max(1, Math.round(file.size / 1024))) })})</span>
          {failed?.id === file.id && (
            <span class="field-error" role="alert">
              {' '}
              {errorText(failed.error)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
