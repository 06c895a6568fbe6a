import { AbbrText } from '@/components/ui/abbr-text';

interface CheckboxChipsProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (option: T) => string;
  onToggle: (option: T) => void;
}

/** A row of toggles for a multi-choice filter (conference kinds, topics). */
export function CheckboxChips<T extends string>({
  legend,
  options,
  selected,
  label,
  onToggle,
}: CheckboxChipsProps<T>) {
  return (
    <fieldset className="checkbox-chips">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className={selected.includes(option) ? 'chip chip--on' : 'chip'}>
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={() => onToggle(option)}
          />
          <AbbrText text={label(option)} />
        </label>
      ))}
    </fieldset>
  );
}
