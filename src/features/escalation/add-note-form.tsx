import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationInputError } from '@/data/escalation-repository';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import { formatBytes } from '@/i18n/format';

export interface NoteInput {
  text: string;
  attachment: { blob: Blob; name: string } | null;
}

type NoteErrorCode = EscalationInputError['code'];

/** Every code the repository throws has a message; a new code fails the typecheck until it does. */
const NOTE_ERROR_CODES = {
  'attachment/too-large': true,
  'attachment/unsupported-type': true,
  'note/empty': true,
  'escalation/not-found': true,
} as const satisfies Record<NoteErrorCode, true>;

function noteErrorCode(error: unknown): NoteErrorCode | 'unknown' {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in NOTE_ERROR_CODES ? (code as NoteErrorCode) : 'unknown';
}

type NoteState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; code: NoteErrorCode | 'unknown' };

/**
 * A later note with an optional photo or screenshot: a new entry, never an edit. The note is never
 * lost: on any error the text stays in the field and the message says what to change.
 */
export function AddNoteForm({ onAddNote }: { onAddNote: (input: NoteInput) => Promise<unknown> }) {
  const { t, i18n } = useTranslation('escalation');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // Changing the key empties the file input after a note is saved (its value cannot be set).
  const [fileInputKey, setFileInputKey] = useState(0);
  const [state, setState] = useState<NoteState>({ kind: 'idle' });
  const size = formatBytes(MAX_ATTACHMENT_BYTES, i18n.language);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      await onAddNote({
        text: text.trim(),
        attachment: file ? { blob: file, name: file.name } : null,
      });
      setText('');
      setFile(null);
      setFileInputKey((key) => key + 1);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'error', code: noteErrorCode(error) });
    }
  }

  const errorCode = state.kind === 'error' ? state.code : null;
  const isAttachmentError = errorCode?.startsWith('attachment/') ?? false;
  return (
    <form onSubmit={handleSubmit} noValidate className="add-note">
      <div className="field">
        <label htmlFor="note-text">{t('note.text')}</label>
        <textarea
          id="note-text"
          maxLength={4000}
          value={text}
          aria-invalid={errorCode === 'note/empty' || undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="note-attachment">{t('note.attachment')}</label>
        <input
          key={fileInputKey}
          id="note-attachment"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby="note-attachment-hint"
          aria-invalid={isAttachmentError || undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <p id="note-attachment-hint" className="muted">
          {t('note.attachmentHint', { size })}
        </p>
      </div>
      <button type="submit" className="button button-block" disabled={state.kind === 'saving'}>
        {t('note.add')}
      </button>
      <p role="status" aria-live="polite">
        {state.kind === 'saving' && t('note.saving')}
        {state.kind === 'saved' && t('note.saved')}
      </p>
      {errorCode && (
        <p className="form-error" role="alert">
          {t(`note.error.${errorCode}`, { size })}
        </p>
      )}
    </form>
  );
}
