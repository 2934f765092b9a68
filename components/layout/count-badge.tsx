/** A header link's count as a small pill, hidden from screen readers (the link's name says it). */
export function CountBadge({
  count,
  max,
  testId,
  className,
}: {
  count: number;
  max: number;
  testId: string;
  className: string;
}) {
  if (count <= 0) return null;
  return (
    <span
      aria-hidden="true"
      data-testid={testId}
      className={`rounded-full px-1.5 text-xs font-semibold leading-5 text-white ${className}`}
    >
      {count > max ? `${max}+` : count}
    </span>
  );
}
