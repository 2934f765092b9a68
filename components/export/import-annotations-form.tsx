'use client';

import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { describeImportReport } from '@/lib/export/w3c/describe-import-report';
import type { ImportReport } from '@/lib/export/w3c/plan-import';

const VISIBILITIES = [
  { value: 'private', label: 'Only me' },
  { value: 'course', label: 'The course' },
  { value: 'public', label: 'Anyone who can read the document' },
];

type State =
  | { state: 'idle' }
  | { state: 'importing' }
  | { state: 'done'; report: ImportReport }
  | { state: 'failed'; message: string };

async function upload(documentId: string, body: FormData): Promise<State> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/documents/${documentId}/annotations/import`, {
      method: 'POST',
      body,
    });
  } catch {
    return {
      state: 'failed',
      message: 'The import could not reach the server. Check your connection and try again.',
    };
  }
  const json = (await res.json().catch(() => ({}))) as ImportReport & { error?: string };
  if (!res.ok)
    return {
      state: 'failed',
      message: json.error ?? `The import failed (HTTP ${res.status}); try again.`,
    };
  return { state: 'done', report: json };
}

/**
 * Imports annotations from a W3C Web Annotation (.jsonld) or Hypothesis (.json) export
 * into a document, as the user's notes with a chosen visibility; shows progress, then
 * the report in words (with what was skipped and why) and a way back to the reader.
 */
export function ImportAnnotationsForm(props: { documentId: string; defaultVisibility: string }) {
  const [status, setStatus] = useState<State>({ state: 'idle' });
  const fileId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || !file.name)
      return setStatus({ state: 'failed', message: 'Choose an annotations file to import.' });
    setStatus({ state: 'importing' });
    setStatus(await upload(props.documentId, form));
  }

  return (
    <form
      aria-label="Import annotations"
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      noValidate
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={fileId} className="text-sm font-medium">
          Annotations file (W3C Web Annotations or Hypothesis JSON)
        </label>
        <input
          id={fileId}
          type="file"
          name="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          className="text-sm"
        />
      </div>
      <SelectField
        label="Who sees the imported notes"
        name="visibility"
        options={VISIBILITIES}
        defaultValue={props.defaultVisibility.toLowerCase()}
      />
      <div>
        <Button type="submit" pending={status.state === 'importing'}>
          Import annotations
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {status.state === 'importing' ? 'Importing…' : ''}
      </p>
      {status.state === 'failed' && <Alert>{status.message}</Alert>}
      {status.state === 'done' && (
        <Alert tone="success">
          <p>{describeImportReport(status.report)}.</p>
          {status.report.skipped.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {status.report.skipped.map((s) => (
                <li key={s.index}>{`Annotation ${s.index + 1}: ${s.reason}`}</li>
              ))}
            </ul>
          )}
          <Link href={`/documents/${props.documentId}`} className="mt-1 inline-block underline">
            Back to the reader
          </Link>
        </Alert>
      )}
    </form>
  );
}
