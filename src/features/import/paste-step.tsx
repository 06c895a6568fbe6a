import { useState } from 'react';
import { FilePicker } from '@/components/ui/file-picker';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

/** Past this the paste is refused outright: it is not a report, and reading it would stall. */
export const MAX_PASTE_CHARS = 10_000_000;

interface PasteStepProps {
  /** The text of the last extraction, kept when the analyst goes back to the paste. */
  initial?: { text: string; fileName: string };
  onExtract: (text: string, fileName: string) => void;
}

/** Where a report's text comes in: pasted, or opened from a .txt file. */
export function PasteStep({ initial, onExtract }: PasteStepProps) {
  const { t, lang } = useT();
  const [text, setText] = useState(initial?.text ?? '');
  const [fileName, setFileName] = useState(initial?.fileName ?? '');
  const [error, setError] = useState('');
  const submit = () => {
    if (text.trim() === '') return setError(t('import.warning.empty'));
    if (text.length > MAX_PASTE_CHARS)
      return setError(t('paste.tooLong', { n: formatNumber(MAX_PASTE_CHARS, lang) }));
    setError('');
    onExtract(
      text,
      fileName || t('paste.defaultName', { date: new Date().toISOString().slice(0, 10) }),
    );
  };
  return (
    <form
      className="paste-step"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p>{t('paste.intro')}</p>
      <label htmlFor="paste-text">{t('paste.label')}</label>
      <textarea
        id="paste-text"
        rows={16}
        value={text}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'paste-error' : 'paste-count'}
        onChange={(e) => {
          setText(e.target.value);
          setError('');
        }}
      />
      <p id="paste-count" className="muted">
        {t('paste.count', {
          chars: formatNumber(text.length, lang),
          lines: formatNumber(text === '' ? 0 : text.split('\n').length, lang),
        })}
      </p>
      {error && (
        <p id="paste-error" className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="paste-step__actions">
        <button type="submit" className="button--primary">
          {t('paste.extract')}
        </button>
        <FilePicker
          label={t('paste.openFile')}
          accept=".txt,text/plain"
          onFile={(file) => {
            file.text().then(
              (content) => {
                setText(content);
                setFileName(file.name);
                setError('');
              },
              () => setError(t('paste.fileUnreadable', { file: file.name })),
            );
          }}
        />
      </div>
    </form>
  );
}
