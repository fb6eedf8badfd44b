/**
 * A list's views or filters as a row of pressed buttons in a labelled group: each a toggle of the same
 * list rather than a tab panel of its own, so `aria-pressed` says which is on.
 */
export function FilterTabs<V extends string>({
  label,
  options,
  value,
  onChange,
  text,
}: {
  /** What the group chooses, for screen readers. */
  label: string;
  options: readonly V[];
  value: V;
  onChange: (next: V) => void;
  text: (option: V) => string;
}) {
  return (
    <fieldset className="tabs plain-group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option || 'all'}
          type="button"
          className={value === option ? 'tab active' : 'tab'}
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {text(option)}
        </button>
      ))}
    </fieldset>
  );
}
