import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useDataset } from '@/data/dataset-queries';
import type { DatasetIndex } from '@/domain/dataset-index';
import { useFilterSubtitle } from '@/features/filters/use-filter-subtitle';
import { formatDate } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

function todayIso() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function FilterLine({ index }: { index: DatasetIndex }) {
  const { t } = useT();
  return <p>{t('print.filters', { filters: useFilterSubtitle(index) })}</p>;
}

/**
 * The first lines of a printout (hidden on screen): what is shown, for which filters, from
 * which data, and when it was printed.
 */
export function PrintCover() {
  const { t, lang } = useT();
  const { data } = useDataset();
  const { pathname } = useLocation();
  const [printedOn, setPrintedOn] = useState(todayIso);
  useEffect(() => {
    const refresh = () => setPrintedOn(todayIso());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  const meta = data?.index.dataset.meta;
  return (
    <div className="print-cover" aria-hidden="true">
      <p className="print-cover__title">{t('app.name')}</p>
      {data && pathname === '/' && <FilterLine index={data.index} />}
      <p>
        {t('print.printedOn', { date: formatDate(printedOn, lang) })}
        {meta && ` · ${t('print.data', { title: meta.title })}`}
        {meta?.synthetic && ` · ${t('print.synthetic')}`}
      </p>
    </div>
  );
}
