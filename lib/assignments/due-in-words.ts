const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/** How far off a due time is, in words that need no time zone: "Due in 3 days", "Was due 2 hours ago". */
export function dueInWords(dueAt: string, now: Date): string {
  const ms = new Date(dueAt).getTime() - now.getTime();
  const minutes = Math.round(ms / 60_000);
  const hours = Math.round(ms / 3_600_000);
  const phrase =
    Math.abs(minutes) < 60
      ? RELATIVE.format(minutes, 'minute')
      : Math.abs(hours) < 48
        ? RELATIVE.format(hours, 'hour')
        : RELATIVE.format(Math.round(ms / 86_400_000), 'day');
  return ms >= 0 ? `Due ${phrase}` : `Was due ${phrase}`;
}
