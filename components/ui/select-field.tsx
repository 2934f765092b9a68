import { useId } from 'react';

/** One choice in a SelectField. */
export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled native select; `hideLabel` keeps the label for screen readers only. */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  hideLabel = false,
  compact = false,
}: {
  label: string;
  name: string;
  options: SelectOption[];
  defaultValue?: string;
  hideLabel?: boolean;
  compact?: boolean;
}) {
  const id = useId();
  return (
    <div className={hideLabel ? '' : 'flex flex-col gap-1'}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'text-sm font-medium'}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={`rounded-md border border-stone-300 bg-white ${compact ? 'px-2 py-1' : 'px-3 py-2'}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Only me" followed by the given courses: where a document lives. */
export function courseOptions(courses: { id: string; title: string }[]): SelectOption[] {
  return [
    { value: '', label: 'Only me' },
    ...courses.map((c) => ({ value: c.id, label: c.title })),
  ];
}
