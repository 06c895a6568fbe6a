import { useState, type ReactNode } from 'react';
import type { LocalizedText } from '@/domain/schema/common';
import type { Period } from '@/domain/schema/period';
import { periodKinds } from '@/domain/schema/period';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { parseNumber } from '../extract/numbers';
import { inputIdOf, useFieldError } from './review-errors';
import { useUnitChoices } from './unit-choices';

interface FieldShellProps {
  path: string;
  label: string;
  hint?: string;
  children: (input: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/** A labelled input that shows the schema's refusal of it, if any, beneath. */
function FieldShell({ path, label, hint, children }: FieldShellProps) {
  const error = useFieldError(path);
  const id = inputIdOf(path);
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name: path,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field__error">
          {error}
        </small>
      )}
    </div>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time';
  hint?: string;
}

export function TextField({ path, label, value, onChange, multiline, type, hint }: TextFieldProps) {
  return (
    <FieldShell path={path} label={label} hint={hint}>
      {(input) =>
        multiline ? (
          <textarea
            {...input}
            rows={3}
            value={value ?? ''}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...input}
            type={type ?? 'text'}
            value={value ?? ''}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

interface LocalizedFieldProps {
  path: string;
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
}

/** Vietnamese first; English left blank takes the Vietnamese. */
export function LocalizedField({ path, label, value, onChange, multiline }: LocalizedFieldProps) {
  const { t } = useT();
  const current = value ?? { vi: '', en: '' };
  return (
    <div className="field-pair">
      <TextField
        path={`${path}.vi`}
        label={`${label} (${t('review.inVietnamese')})`}
        value={current.vi}
        multiline={multiline}
        onChange={(vi) => onChange({ ...current, vi })}
      />
      <TextField
        path={`${path}.en`}
        label={`${label} (${t('review.inEnglish')})`}
        hint={t('review.englishHint')}
        value={current.en}
        multiline={multiline}
        onChange={(en) => onChange({ ...current, en })}
      />
    </div>
  );
}

interface NumberFieldProps {
  path: string;
  label: string;
  hint?: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
}

function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, '');
  return trimmed === '' ? null : parseNumber(trimmed);
}

/** Read the Vietnamese way (2.550; 1,5); blank is "stated without a number". */
export function NumberField({ path, label, hint, value, onChange }: NumberFieldProps) {
  const { lang } = useT();
  const shown = value == null || Number.isNaN(value) ? '' : formatNumber(value, 'vi');
  const [raw, setRaw] = useState(shown);
  // A value changed from outside (undo, a reset) replaces what was typed; one typed here does not.
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!Object.is(readNumber(raw), value)) setRaw(shown);
  }
  return (
    <FieldShell path={path} label={label} hint={hint}>
      {(input) => (
        <input
          {...input}
          inputMode="decimal"
          lang={lang}
          value={raw}
          onChange={(e) => {
            setRaw(e.target.value);
            onChange(readNumber(e.target.value));
          }}
        />
      )}
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  path: string;
  label: string;
  value: string | null | undefined;
  options: readonly Option[];
  onChange: (value: string | undefined) => void;
  /** The label of the empty choice; without one a value must be chosen. */
  emptyLabel?: string;
}

export function SelectField({
  path,
  label,
  value,
  options,
  onChange,
  emptyLabel,
}: SelectFieldProps) {
  return (
    <FieldShell path={path} label={label}>
      {(input) => (
        <select
          {...input}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        >
          {(emptyLabel !== undefined || !value) && <option value="">{emptyLabel ?? '—'}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface UnitFieldProps {
  path: string;
  label: string;
  value: string | null | undefined;
  onChange: (value: string | undefined) => void;
  /** Said when the field may stay empty. */
  emptyLabel?: string;
}

/** A unit typed or picked from the table's list; a name the table does not hold is refused. */
export function UnitField({ path, label, value, onChange, emptyLabel }: UnitFieldProps) {
  const { t } = useT();
  const choices = useUnitChoices();
  const shown = value ? (choices.labelOfId.get(value) ?? value) : '';
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (choices.idOfLabel.get(text) !== value) setText(shown);
  }
  const unknown = text.trim() !== '' && !choices.idOfLabel.has(text);
  return (
    <FieldShell
      path={path}
      label={label}
      hint={unknown ? t('review.unitUnknown') : emptyLabel && !text ? emptyLabel : undefined}
    >
      {(input) => (
        <input
          {...input}
          list={choices.listId}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(choices.idOfLabel.get(e.target.value));
          }}
        />
      )}
    </FieldShell>
  );
}

/** The one list of units every unit input offers. */
export function UnitOptions() {
  const choices = useUnitChoices();
  return (
    <datalist id={choices.listId}>
      {choices.options.map((o) => (
        <option key={o.id} value={o.label} />
      ))}
    </datalist>
  );
}

interface PeriodFieldProps {
  path: string;
  label: string;
  value: Period | null | undefined;
  onChange: (value: Period | null) => void;
}

/** A period as its kind and first and last days; "none" where the report gives none. */
export function PeriodField({ path, label, value, onChange }: PeriodFieldProps) {
  const { t } = useT();
  const current = value ?? null;
  return (
    <fieldset className="field-period">
      <legend>{label}</legend>
      <SelectField
        path={`${path}.kind`}
        label={t('review.periodKind')}
        value={current?.kind}
        emptyLabel={t('review.periodNone')}
        options={periodKinds.map((k) => ({ value: k, label: t(`review.periodKind.${k}`) }))}
        onChange={(kind) =>
          onChange(
            kind
              ? {
                  kind: kind as Period['kind'],
                  start: current?.start ?? '',
                  end: current?.end ?? '',
                }
              : null,
          )
        }
      />
      {current && (
        <>
          <TextField
            path={`${path}.start`}
            type="date"
            label={t('review.periodStart')}
            value={current.start}
            onChange={(start) => onChange({ ...current, start })}
          />
          <TextField
            path={`${path}.end`}
            type="date"
            label={t('review.periodEnd')}
            value={current.end}
            onChange={(end) => onChange({ ...current, end })}
          />
        </>
      )}
    </fieldset>
  );
}
