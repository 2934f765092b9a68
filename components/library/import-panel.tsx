'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { courseOptions, SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { uploadDocument } from './upload-document';

const ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf';

/** Import a document by upload, drag and drop, or paste; shows progress, then opens it. */
export function ImportPanel({ courses }: { courses: { id: string; title: string }[] }) {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState('');
  const busy = progress !== undefined;

  // A file picked before the page finished loading never fired our onChange.
  useEffect(() => {
    const early = fileInput.current?.files?.[0];
    if (early) setFile(early);
  }, []);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      setFile(dropped);
      setMode('file');
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const meta = Object.fromEntries(
      ['title', 'author', 'sourceUrl', 'courseId'].map((k) => [k, String(form.get(k) ?? '')]),
    );
    let body: FormData | string;
    if (mode === 'file') {
      const chosen = file ?? fileInput.current?.files?.[0];
      if (!chosen) return setError('Choose a file to import, or drop one here.');
      body = new FormData();
      body.append('file', chosen);
      for (const [k, v] of Object.entries(meta)) body.append(k, v);
    } else {
      const text = String(form.get('text') ?? '');
      if (!text.trim()) return setError('Paste some text to import.');
      body = JSON.stringify({ ...meta, text });
    }
    setError('');
    setProgress(0);
    const result = await uploadDocument(body, setProgress);
    if (result.ok) {
      router.push(`/documents/${result.id}`);
      return;
    }
    setProgress(undefined);
    setError(result.error);
  }

  return (
    <section
      aria-labelledby="import-heading"
      className="rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        Import a document
      </h2>
      <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-4" noValidate>
        <div role="radiogroup" aria-label="How to import" className="flex gap-2 text-sm">
          {(['file', 'paste'] as const).map((m) => (
            <label key={m} className="flex items-center gap-1">
              <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} />
              {m === 'file' ? 'Upload a file' : 'Paste text'}
            </label>
          ))}
        </div>
        {mode === 'file' ? (
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="drop-zone"
            className={`flex flex-col items-center gap-2 rounded-md border-2 border-dashed p-6 text-center text-sm ${dragging ? 'border-accent bg-purple-50' : 'border-stone-300'}`}
          >
            <p>
              {file
                ? `Selected: ${file.name}`
                : 'Drop a .txt, .md, .html, .docx or text-based .pdf file here, or'}
            </p>
            <label className="cursor-pointer rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
              Choose a file
              <input
                ref={fileInput}
                type="file"
                name="file"
                accept={ACCEPT}
                className="sr-only"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </label>
          </div>
        ) : (
          <div className="flex flex-col gap-1">
            <label htmlFor="import-text" className="text-sm font-medium">
              Text
            </label>
            <textarea
              id="import-text"
              name="text"
              rows={8}
              className="rounded-md border border-stone-300 px-3 py-2 font-serif"
              placeholder="Paste a forum thread, an essay, or any text…"
            />
          </div>
        )}
        <details className="text-sm">
          <summary className="cursor-pointer">
            Title, author, source and course (optional, filled from the file where possible)
          </summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <TextField label="Title" name="title" />
            <TextField label="Author" name="author" />
            <TextField label="Source URL" name="sourceUrl" type="url" placeholder="https://…" />
            <SelectField label="Course" name="courseId" options={courseOptions(courses)} />
          </div>
        </details>
        {error && <Alert>{error}</Alert>}
        {busy && (
          <div role="status" aria-live="polite" className="flex flex-col gap-1 text-sm">
            <span>
              {progress === null
                ? 'Processing the document…'
                : `Uploading… ${Math.round(progress * 100)}%`}
            </span>
            <progress
              max={1}
              value={progress ?? undefined}
              aria-label="Import progress"
              className="w-full"
            />
          </div>
        )}
        <Button type="submit" pending={busy} className="self-start">
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </form>
    </section>
  );
}
