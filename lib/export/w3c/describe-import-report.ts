import type { ImportReport } from './plan-import';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** An import report in words: "12 imported: 10 exact, 1 fuzzy, 1 orphaned; 3 replies; 1 skipped". */
export function describeImportReport(report: ImportReport): string {
  const parts = [
    `${report.imported} imported: ${report.exact} exact, ${report.fuzzy} fuzzy, ${report.orphaned} orphaned`,
    count(report.replies, 'reply', 'replies'),
    ...(report.skipped.length ? [`${report.skipped.length} skipped`] : []),
  ];
  return parts.join('; ');
}
