import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ApiTokensPanel } from '@/components/settings/api-tokens-panel';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { CitationStyleForm } from '@/components/settings/citation-style-form';
import { getDb } from '@/lib/db/prisma';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { getCurrentUser } from '@/lib/auth/get-current-user';

export const metadata: Metadata = { title: 'Settings' };

/** Account settings: password, citation style and personal API tokens. */
export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/settings');
  const [tokens, prefs] = await Promise.all([
    listApiTokens(user.id),
    getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { citationStyle: true } }),
  ]);
  return (
    <div className="flex flex-col gap-10">
      <h1 className="font-serif text-3xl font-semibold">Settings</h1>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="citations-heading" className="flex flex-col gap-3">
        <h2 id="citations-heading" className="text-xl font-semibold">
          Citations
        </h2>
        <CitationStyleForm current={prefs.citationStyle} />
      </section>
      <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          Personal API tokens
        </h2>
        <p className="max-w-prose text-sm text-stone-600">
          Scripts can call the JSON API under <code>/api/v1</code> with a token in the header{' '}
          <code>Authorization: Bearer &lt;token&gt;</code>.
        </p>
        <ApiTokensPanel
          tokens={tokens.map((t) => ({
            ...t,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          }))}
        />
      </section>
    </div>
  );
}
