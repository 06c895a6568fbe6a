import { Fragment } from 'react';
import type { LocalizedText } from '@/domain/schema/common';
import type { Period } from '@/domain/schema/period';
import {
  deliveryLabels,
  exerciseTypeLabels,
  levelLabels,
  measureLabels,
  qualifierLabels,
  recipientKindLabels,
  statusLabels,
  targetGroupLabels,
  topicLabels,
} from '@/lib/i18n/labels';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '@/lib/i18n/use-t';
import type { DraftFact } from '../extract';
import { fieldsOf, type FieldSpec } from './fact-fields';
import {
  LocalizedField,
  NumberField,
  PeriodField,
  SelectField,
  TextField,
  UnitField,
} from './fields';
import { factSummary } from './fact-summary';
import { ProvenanceFields } from './provenance-fields';
import { useUnitChoices } from './unit-choices';

const enumLabels: Record<string, Record<string, LocalizedText>> = {
  measure: measureLabels,
  qualifier: qualifierLabels,
  exerciseType: exerciseTypeLabels,
  status: statusLabels,
  targetGroup: targetGroupLabels,
  delivery: deliveryLabels,
  recipientKind: recipientKindLabels,
  level: levelLabels,
  topic: topicLabels,
};

interface FactEditorProps {
  fact: DraftFact;
  index: number;
  active: boolean;
  /** Collapsed, a fact is one line; its inputs are drawn only when it is opened. */
  expanded: boolean;
  onToggle: () => void;
  onChange: (fact: DraftFact) => void;
  onRemove: () => void;
  onShowInText: () => void;
}

/** One fact of the draft, every field its category has, as the schema describes them. */
export function FactEditor(props: FactEditorProps) {
  const { fact, index, active, expanded, onToggle, onChange, onRemove, onShowInText } = props;
  const { t, lang } = useT();
  const record = fact as unknown as Record<string, unknown>;
  const set = (key: string, value: unknown) => onChange({ ...fact, [key]: value } as DraftFact);
  const path = (key: string) => `facts.${index}.${key}`;
  const hasSpan = fact.provenance.span.end > fact.provenance.span.start;
  const choices = useUnitChoices();
  const unitLabel = (id: string) => choices.labelOfId.get(id)?.replace(/ \(.*$/, '') ?? id;

  const input = (spec: FieldSpec) => {
    const label = t(`review.field.${spec.key}` as MessageKey);
    const value = record[spec.key];
    const common = { path: path(spec.key), label };
    switch (spec.input.kind) {
      case 'fixed':
        return null;
      case 'enum': {
        const labels = enumLabels[spec.key];
        const options = spec.input.options.map((o) => ({
          value: o,
          label: labels?.[o]?.[lang] || t('review.exact'),
        }));
        return (
          <SelectField
            {...common}
            value={value as string | null}
            options={options}
            emptyLabel={spec.nullable || spec.optional ? t('review.notStated') : undefined}
            onChange={(v) => set(spec.key, v ?? (spec.nullable ? null : undefined))}
          />
        );
      }
      case 'number':
        return (
          <NumberField
            {...common}
            hint={t('review.numberHint')}
            value={value as number | null | undefined}
            onChange={(v) => set(spec.key, v ?? (spec.nullable ? null : undefined))}
          />
        );
      case 'text':
        return (
          <TextField
            {...common}
            value={value as string | undefined}
            onChange={(v) => set(spec.key, v)}
          />
        );
      case 'localized':
        return (
          <LocalizedField
            {...common}
            value={value as LocalizedText | undefined}
            onChange={(v) => set(spec.key, v)}
          />
        );
      case 'list':
        return (
          <TextField
            {...common}
            hint={t('review.listHint')}
            value={((value as string[] | undefined) ?? []).join('; ')}
            onChange={(v) =>
              set(
                spec.key,
                v
                  .split(';')
                  .map((s) => s.trim())
                  .filter(Boolean),
              )
            }
          />
        );
      case 'period':
        return (
          <PeriodField
            {...common}
            value={value as Period | null | undefined}
            onChange={(v) => set(spec.key, v ?? (spec.optional ? undefined : null))}
          />
        );
      case 'unit':
        return (
          <UnitField
            {...common}
            value={value as string | null | undefined}
            emptyLabel={spec.optional ? t('review.notStated') : undefined}
            onChange={(v) => set(spec.key, v ?? (spec.optional ? undefined : null))}
          />
        );
    }
  };

  return (
    <fieldset
      className={`fact-editor${active ? ' fact-editor--active' : ''}`}
      id={`review-fact-${index}`}
      data-fact-index={index}
    >
      <legend>
        {t('review.factLegend', {
          n: index + 1,
          category: t(`review.category.${fact.category}`),
        })}
      </legend>
      <p className="fact-editor__summary">{factSummary(fact, lang, unitLabel)}</p>
      <div className="fact-editor__actions">
        <button type="button" aria-expanded={expanded} onClick={onToggle}>
          {t(expanded ? 'review.closeFact' : 'review.editFact', { n: index + 1 })}
        </button>
        <button type="button" onClick={onShowInText} disabled={!hasSpan}>
          {hasSpan ? t('review.showInText') : t('review.noSpan')}
        </button>
        <button type="button" onClick={onRemove}>
          {t('review.removeFact', { n: index + 1 })}
        </button>
      </div>
      {expanded && (
        <>
          <div className="fact-editor__fields">
            {fieldsOf(fact.category).map((spec) => (
              <Fragment key={spec.key}>{input(spec)}</Fragment>
            ))}
          </div>
          <ProvenanceFields
            path={path('provenance')}
            value={fact.provenance}
            onChange={(provenance) => onChange({ ...fact, provenance })}
          />
        </>
      )}
    </fieldset>
  );
}
