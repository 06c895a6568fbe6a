import { useMemo, type ReactNode } from 'react';
import { FactSources } from '@/components/fact-sources';
import { AbbrText } from '@/components/ui/abbr-text';
import { FactRows } from '@/domain/aggregate/fact-rows';
import type { HeadlineTotals, Total } from '@/domain/aggregate/headline-totals';
import type { DatasetIndex } from '@/domain/dataset-index';
import { periodLabel } from '@/domain/periods';
import { compareCodes } from '@/domain/text';
import { formatNumber, formatPercent, formatVnd } from '@/lib/format';
import { qualifierLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';

const MAX_PERIODS = 4;

interface CardProps {
  label: string;
  value: ReactNode | undefined;
  facts: FactRows | undefined;
  index: DatasetIndex;
}

function Card({ label, value, facts, index }: CardProps) {
  const { t, lang } = useT();
  const periods = useMemo(() => {
    const spans = [...(facts?.periods() ?? [])].sort(
      (a, b) => compareCodes(a.start, b.start) || compareCodes(a.end, b.end),
    );
    const labels = [...new Set(spans.map((p) => periodLabel(p, lang)))];
    // A national total spans dozens of periods: the first and the last say enough.
    return labels.length <= MAX_PERIODS
      ? t('card.periods', { periods: labels.join(', ') })
      : t('card.periodsMany', {
          first: labels[0]!,
          last: labels[labels.length - 1]!,
          count: formatNumber(labels.length, lang),
        });
  }, [facts, lang, t]);
  const reports = useMemo(() => facts?.reportCount() ?? 0, [facts]);
  return (
    <li className="card" data-testid="headline-card">
      <span className="card__label">
        <AbbrText text={label} />
      </span>
      {value === undefined || !facts ? (
        <span className="card__value card__value--none">{t('charts.notReportedShort')}</span>
      ) : (
        <>
          <span className="card__value">{value}</span>
          <span className="card__meta muted">
            {t('card.reports', { count: formatNumber(reports, lang) })} · {periods}
          </span>
          <FactSources facts={facts} index={index} />
        </>
      )}
    </li>
  );
}

/** The selection's key figures; what the reports do not state reads "not reported", never 0. */
export function HeadlineCards({ totals, index }: { totals: HeadlineTotals; index: DatasetIndex }) {
  const { t, lang } = useT();
  const hedged = (total: Total | undefined, format: (n: number) => string) => {
    if (!total) return undefined;
    const hedge = qualifierLabels[total.qualifier][lang];
    const amount =
      total.upTo === undefined
        ? format(total.value)
        : `${format(total.value)} – ${format(total.upTo)} ⚠`;
    return hedge ? `${hedge} ${amount}` : amount;
  };
  const number = (n: number) => formatNumber(n, lang);
  const quota = totals.quotaCompletionPct;
  const awards = useMemo(() => {
    const parts = [totals.awardCollectives?.facts, totals.awardIndividuals?.facts].filter(
      (part) => part !== undefined,
    );
    return parts.length === 0 ? undefined : FactRows.union(parts[0]!.table, parts);
  }, [totals]);
  return (
    <ul className="cards" aria-label={t('charts.title')}>
      <Card
        label={t('card.enlisted')}
        value={hedged(totals.enlisted, number)}
        facts={totals.enlisted?.facts}
        index={index}
      />
      <Card
        label={t('card.quota')}
        value={
          quota &&
          (quota.min === quota.max
            ? formatPercent(quota.min, lang)
            : `${formatPercent(quota.min, lang)} – ${formatPercent(quota.max, lang)}`)
        }
        facts={quota?.facts}
        index={index}
      />
      <Card
        label={t('card.educated')}
        value={hedged(totals.educated, number)}
        facts={totals.educated?.facts}
        index={index}
      />
      <Card
        label={t('card.cadres')}
        value={hedged(totals.cadresTrained, number)}
        facts={totals.cadresTrained?.facts}
        index={index}
      />
      <Card
        label={t('card.exercisesDone')}
        value={hedged(totals.exercisesDone, number)}
        facts={totals.exercisesDone?.facts}
        index={index}
      />
      <Card
        label={t('card.exercisesPlanned')}
        value={hedged(totals.exercisesPlanned, number)}
        facts={totals.exercisesPlanned?.facts}
        index={index}
      />
      <Card
        label={t('card.awards')}
        value={
          !awards
            ? undefined
            : t('card.awardsValue', {
                collectives: totals.awardCollectives
                  ? number(totals.awardCollectives.value)
                  : t('charts.notReportedShort'),
                individuals: totals.awardIndividuals
                  ? number(totals.awardIndividuals.value)
                  : t('charts.notReportedShort'),
              })
        }
        facts={awards}
        index={index}
      />
      <Card
        label={t('card.money')}
        value={hedged(totals.moneyVnd, (n) => formatVnd(n, lang))}
        facts={totals.moneyVnd?.facts}
        index={index}
      />
    </ul>
  );
}
