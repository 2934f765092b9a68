import type { ComponentProps } from 'react';

/**
 * A small button that reads as an underlined word ("Edit reply", "Hide note"), with a
 * target at least 24 px tall, so neighbours sitting close still meet WCAG 2.5.8.
 */
export function TextButton({ className = '', ...props }: ComponentProps<'button'>) {
  return (
    <button
      type="button"
      {...props}
      className={`inline-flex min-h-6 items-center underline ${className}`}
    />
  );
}
