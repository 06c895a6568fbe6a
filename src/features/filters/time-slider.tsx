import { useEffect, useId, useState } from 'react';
import type { PeriodSelection } from '@/domain/report-filter';
import { useT } from '@/lib/i18n/use-t';
import { periodSelectionLabel } from './filter-labels';
import { samePeriod, sliderSteps, type SliderStep } from './period-presets';

interface TimeSliderProps {
  years: readonly number[];
  period: PeriodSelection | null;
  /** `playing` changes replace the history entry, so playback does not flood back/forward. */
  onPeriod: (period: PeriodSelection, playing: boolean) => void;
  intervalMs?: number;
}

/** A slider over the years or quarters of the data, with a play button that steps through them. */
export function TimeSlider({ years, period, onPeriod, intervalMs = 1500 }: TimeSliderProps) {
  const { t, lang } = useT();
  const id = useId();
  const [step, setStep] = useState<SliderStep>(period?.kind === 'quarter' ? 'quarter' : 'year');
  const [playing, setPlaying] = useState(false);
  const steps = sliderSteps(years, step);
  const position = steps.findIndex((s) => samePeriod(s, period));

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = position + 1;
      const target = steps[next];
      if (target) onPeriod(target, true);
      else setPlaying(false);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [playing, position, steps, onPeriod, intervalMs]);

  if (steps.length === 0) return null;
  const current = steps[position];
  const play = () => {
    if (position === -1 || position === steps.length - 1)
      onPeriod(steps[0] as PeriodSelection, true);
    setPlaying(true);
  };

  return (
    <div className="time-slider" role="group" aria-label={t('slider.label')}>
      <button
        type="button"
        onClick={playing ? () => setPlaying(false) : play}
        aria-pressed={playing}
      >
        {playing ? `⏸ ${t('slider.pause')}` : `▶ ${t('slider.play')}`}
      </button>
      <label htmlFor={id} className="visually-hidden">
        {t('slider.position')}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        value={Math.max(position, 0)}
        aria-valuetext={current ? periodSelectionLabel(current, lang) : t('filters.mode.all')}
        onChange={(e) => onPeriod(steps[Number(e.target.value)] as PeriodSelection, false)}
      />
      <output htmlFor={id} className="time-slider__value">
        {current ? periodSelectionLabel(current, lang) : t('filters.mode.all')}
      </output>
      <label>
        {t('slider.step')}{' '}
        <select value={step} onChange={(e) => setStep(e.target.value as SliderStep)}>
          <option value="year">{t('slider.byYear')}</option>
          <option value="quarter">{t('slider.byQuarter')}</option>
        </select>
      </label>
    </div>
  );
}
