'use client';

import { useActionState } from 'react';
import { updateDetailsAction } from '@/app/documents/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/** The owner's form for a document's title, author and source URL. */
export function DocumentDetailsForm(props: {
  documentId: string;
  title: string;
  author: string | null;
  sourceUrl: string | null;
}) {
  const [state, action, pending] = useActionState(updateDetailsAction, {});
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-accent-strong underline">Edit details</summary>
      <form action={action} className="mt-3 grid max-w-xl gap-3" noValidate>
        <input type="hidden" name="documentId" value={props.documentId} />
        <TextField label="Title" name="title" defaultValue={props.title} required />
        <TextField label="Author" name="author" defaultValue={props.author ?? ''} />
        <TextField
          label="Source URL"
          name="sourceUrl"
          type="url"
          defaultValue={props.sourceUrl ?? ''}
        />
        {state.error && <Alert>{state.error}</Alert>}
        {state.ok && <Alert tone="success">Details saved.</Alert>}
        <Button type="submit" pending={pending} className="justify-self-start">
          {pending ? 'Saving…' : 'Save details'}
        </Button>
      </form>
    </details>
  );
}
