'use client';

import { useActionState } from 'react';
import { createTokenAction, revokeTokenAction } from '@/app/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/** A token as listed: never its secret. */
export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Revoke "${name}"? Scripts using it will stop working.`))
          e.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button type="submit" variant="secondary" pending={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      {state.error && <Alert>{state.error}</Alert>}
    </form>
  );
}

/** Create, list and revoke personal API tokens; a new token's secret is shown once. */
export function ApiTokensPanel({ tokens }: { tokens: TokenRow[] }) {
  const [state, action, pending] = useActionState(createTokenAction, {});
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex max-w-sm flex-col gap-3" noValidate>
        {state.error && <Alert>{state.error}</Alert>}
        <TextField
          label="Token name"
          name="name"
          placeholder="grading script"
          error={state.fieldErrors?.name}
        />
        <Button type="submit" pending={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </Button>
      </form>
      {state.data && (
        <Alert tone="success">
          <p>Copy your new token now. It will not be shown again.</p>
          <code
            data-testid="new-token"
            className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono"
          >
            {state.data.secret}
          </code>
        </Alert>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-600">You have no API tokens.</p>
      ) : (
        <ul
          className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white"
          aria-label="Your API tokens"
        >
          {tokens.map((t) => (
            <li key={t.id} className="flex items-center gap-3 px-3 py-2 text-sm">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{t.name}</p>
                <p className="text-stone-600">
                  <code>{t.prefix}…</code> · created {new Date(t.createdAt).toLocaleDateString()} ·{' '}
                  {t.lastUsedAt
                    ? `last used ${new Date(t.lastUsedAt).toLocaleString()}`
                    : 'never used'}
                </p>
              </div>
              <RevokeButton tokenId={t.id} name={t.name} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
