const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks a publication date written YYYY, YYYY-MM or YYYY-MM-DD names a real month and day; returns it trimmed, or null. */
export function parseIssuedDate(text: string): string | null {
  const date = text.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return date;
  if (month < 1 || month > 12) return null;
  if (day === undefined) return date;
  // Proleptic Gregorian leap years, so early primary sources are checked the same way.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days ? date : null;
}
