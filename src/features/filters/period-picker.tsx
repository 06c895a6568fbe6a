import { useId } from 'react';
import type { PeriodMatch, PeriodSelection } from '@/domain/report-filter';
import { useT } from '@/lib/i18n/use-t';
import { lastTwelveMonths, thisYear } from './period-presets';

interface PeriodPickerProps {
  period: PeriodSelection | null;
  match: PeriodMatch;
  /** Years in the data, ascending; the year lists offer these. */
  years: readonly number[];
  today?: Date;
  onPeriod: (period: PeriodSelection | null) => void;
  onMatch: (match: PeriodMatch) => void;
}

type Mode = 'all' | PeriodSelection['kind'];
const modes: Mode[] = ['all', 'year', 'quarter', 'half', 'range'];

export function PeriodPicker({
  period,
  match,
  years,
  today = new Date(),
  onPeriod,
  onMatch,
}: PeriodPickerProps) {
  const { t } = useT();
  const id = useId();
  const mode: Mode = period?.kind ?? 'all';
  const latest = years[years.length - 1] ?? today.getUTCFullYear();
  const year = period && period.kind !== 'range' ? period.year : latest;
  const yearOptions = years.includes(year) ? years : [...years, year].sort((a, b) => a - b);

  const switchMode = (next: Mode) => {
    if (next === 'all') onPeriod(null);
    else if (next === 'year') onPeriod({ kind: 'year', year });
    else if (next === 'quarter') onPeriod({ kind: 'quarter', year, quarter: 1 });
    else if (next === 'half') onPeriod({ kind: 'half', year, half: 1 });
    else onPeriod({ kind: 'range', start: `${year}-01-01`, end: `${year}-12-31` });
  };
  const setYear = (value: number) => {
    if (period && period.kind !== 'range') onPeriod({ ...period, year: value });
  };

  return (
    <div className="period-picker">
      <fieldset>
        <legend>{t('filters.periodMode')}</legend>
        <div className="segmented">
          {modes.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === m}
                onChange={() => switchMode(m)}
              />
              {t(`filters.mode.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>

      {period && period.kind !== 'range' && (
        <div className="period-picker__fields">
          <label>
            {t('filters.year')}{' '}
            <select value={period.year} onChange={(e) => setYear(Number(e.target.value))}>
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {period.kind === 'quarter' && (
            <label>
              {t('filters.quarter')}{' '}
              <select
                value={period.quarter}
                onChange={(e) =>
                  onPeriod({ ...period, quarter: Number(e.target.value) as 1 | 2 | 3 | 4 })
                }
              >
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
            </label>
          )}
          {period.kind === 'half' && (
            <label>
              {t('filters.half')}{' '}
              <select
                value={period.half}
                onChange={(e) => onPeriod({ ...period, half: Number(e.target.value) as 1 | 2 })}
              >
                <option value={1}>{t('filters.half1')}</option>
                <option value={2}>{t('filters.half2')}</option>
              </select>
            </label>
          )}
        </div>
      )}

      {period?.kind === 'range' && (
        <div className="period-picker__fields">
          <label>
            {t('filters.from')}{' '}
            <input
              type="date"
              value={period.start}
              max={period.end}
              onChange={(e) => {
                const start = e.target.value;
                if (start)
                  onPeriod({ kind: 'range', start, end: start > period.end ? start : period.end });
              }}
            />
          </label>
          <label>
            {t('filters.to')}{' '}
            <input
              type="date"
              value={period.end}
              min={period.start}
              onChange={(e) => {
                const end = e.target.value;
                if (end)
                  onPeriod({ kind: 'range', start: end < period.start ? end : period.start, end });
              }}
            />
          </label>
        </div>
      )}

      <div className="period-picker__presets" role="group" aria-label={t('filters.presets')}>
        <button type="button" onClick={() => onPeriod(thisYear(today))}>
          {t('filters.preset.thisYear')}
        </button>
        <button type="button" onClick={() => onPeriod(lastTwelveMonths(today))}>
          {t('filters.preset.last12')}
        </button>
        <button type="button" onClick={() => onPeriod(null)}>
          {t('filters.preset.all')}
        </button>
      </div>

      <fieldset>
        <legend>{t('filters.match')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-match`}
            checked={match === 'reviewed'}
            onChange={() => onMatch('reviewed')}
          />
          {t('filters.match.reviewed')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-match`}
            checked={match === 'conference'}
            onChange={() => onMatch('conference')}
          />
          {t('filters.match.conference')}
        </label>
        <p className="muted small">{t('filters.match.help')}</p>
      </fieldset>
    </div>
  );
}
