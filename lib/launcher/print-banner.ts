import { getDb } from '../db/prisma';
import { DEMO_PASSWORD, demoAccounts } from '../demo/demo-documents';

/** Prints where the app is and which demo accounts exist in this database. */
export async function printBanner(options: { url: string; seconds: number }): Promise<void> {
  const present = await getDb().user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    select: { email: true },
  });
  const emails = new Set(present.map((u) => u.email));
  const lines = [
    '',
    `  Scholia is running at ${options.url}  (ready in ${options.seconds.toFixed(1)} s)`,
  ];
  const accounts = demoAccounts.filter((a) => emails.has(a.email));
  if (accounts.length) {
    lines.push('', `  Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const a of accounts) lines.push(`    ${a.email.padEnd(24)} ${a.role.toLowerCase()}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}
