import type { RejectedRecord } from '@/domain/parse-dataset';
import { useT } from '@/lib/i18n/use-t';

const SHOWN = 200;

/** Records left out of a load or an import, each with its file, place, field and reason. */
export function RejectedList({ records }: { records: readonly RejectedRecord[] }) {
  const { t } = useT();
  return (
    <ul>
      {records.slice(0, SHOWN).map((r) => (
        <li key={`${r.file}-${r.collection}-${r.index}-${r.recordId ?? ''}-${r.field}`}>
          {t('data.rejectedRow', {
            file: r.file,
            collection: r.collection,
            index: r.index,
            id: r.recordId ? `(${r.recordId})` : '',
            field: r.field,
            message: r.message,
          })}
        </li>
      ))}
    </ul>
  );
}
