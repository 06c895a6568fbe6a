import { useT } from '@/lib/i18n/use-t';
import type { DraftProvenance } from '../extract';
import { LocalizedField, NumberField, SelectField } from './fields';

interface ProvenanceFieldsProps {
  path: string;
  value: DraftProvenance;
  onChange: (value: DraftProvenance) => void;
}

/** The paragraph a value was read from, and whether the text states it or it was inferred (why). */
export function ProvenanceFields({ path, value, onChange }: ProvenanceFieldsProps) {
  const { t } = useT();
  return (
    <div className="provenance-fields">
      <NumberField
        path={`${path}.paragraph`}
        label={t('review.paragraph')}
        value={value.paragraph}
        onChange={(paragraph) => onChange({ ...value, paragraph: paragraph ?? Number.NaN })}
      />
      <SelectField
        path={`${path}.status`}
        label={t('review.status')}
        value={value.status}
        options={[
          { value: 'stated', label: t('provenance.stated') },
          { value: 'inferred', label: t('provenance.inferred') },
        ]}
        onChange={(status) =>
          onChange({ ...value, status: status === 'inferred' ? 'inferred' : 'stated' })
        }
      />
      {value.status === 'inferred' && (
        <LocalizedField
          path={`${path}.reason`}
          label={t('review.reason')}
          value={value.reason}
          onChange={(reason) => onChange({ ...value, reason })}
        />
      )}
    </div>
  );
}
