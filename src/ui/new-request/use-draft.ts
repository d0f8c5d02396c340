import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../state/app';
import { isEmptyDraft, newIdempotencyKey, type Draft, type DraftKind } from '../../state/drafts';

const fresh = (): Draft => ({ fields: {}, idempotencyKey: newIdempotencyKey(), includeContext: true, savedAt: 0 });

/**
 * A form's draft: restored on mount (with a hint when it had text), saved on every change, removed only when the
 * portal confirmed, the user discarded it, or the user logs out.
 */
export function useDraft(kind: DraftKind, id: string) {
  const { drafts, session } = useApp();
  const scope = session.userId.value;
  const initial = useMemo(() => drafts.load(kind, id), [kind, id, scope]);
  const [draft, setDraft] = useState<Draft>(() => initial ?? fresh());
  const [restored, setRestored] = useState(() => !isEmptyDraft(initial));

  // Another user (or the same one after a token arrived) means another draft; the first one is already in state.
  const shown = useRef(initial);
  useEffect(() => {
    if (shown.current === initial) return;
    shown.current = initial;
    setDraft(initial ?? fresh());
    setRestored(!isEmptyDraft(initial));
  }, [initial]);

  const update = (patch: Partial<Draft>): void => {
    setDraft((current) => {
      const next = { ...current, ...patch, fields: { ...current.fields, ...patch.fields }, savedAt: Date.now() };
      drafts.save(kind, id, next);
      return next;
    });
  };

  return {
    draft,
    restored,
    update,
    setField: (field: string, value: string) => update({ fields: { [field]: value } }),
    dismissHint: () => setRestored(false),
    /** Drops the text and starts a new draft with a new idempotency key. */
    discard(): void {
      drafts.remove(kind, id);
      setDraft(fresh());
      setRestored(false);
    },
  };
}
