const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as the export prints it: "12 Mar 2026". */
export function exportDate(date: Date | string): string {
  return FORMAT.format(typeof date === 'string' ? new Date(date) : date);
}
