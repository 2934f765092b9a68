'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextButton } from '@/components/ui/text-button';
import type { CitationStyle } from '@/lib/sources/citation-styles';
import { useLibrarySearch } from './use-library-search';

const TYPES = [
  ['book', 'Book'],
  ['article', 'Article'],
  ['web_page', 'Web page'],
  ['primary_source', 'Primary source'],
  ['dataset', 'Dataset'],
  ['other', 'Other'],
] as const;

const FIELDS = [
  ['title', 'Title'],
  ['url', 'URL'],
  ['container', 'Journal, website or collection'],
  ['publisher', 'Publisher'],
  ['issued', 'Date (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ['pages', 'Pages or location'],
  ['doi', 'DOI'],
  ['isbn', 'ISBN'],
] as const;

/**
 * Attaching a source to a note: search the course's library first (so one book is not
 * entered twice), or describe a new source; then say how it bears on the passage.
 */
export function AttachSourceForm({
  documentId,
  style,
  busy,
  onAttach,
  onCancel,
}: {
  documentId: string;
  style: CitationStyle;
  busy: boolean;
  onAttach: (body: unknown) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ id: string; citation: string } | null>(null);
  const [type, setType] = useState('book');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [authors, setAuthors] = useState('');
  const [relation, setRelation] = useState('supports');
  const [quotedPassage, setQuotedPassage] = useState('');
  const [note, setNote] = useState('');
  const results = useLibrarySearch(documentId, query);
  const field = 'rounded border border-stone-300 bg-white px-1.5 py-1 text-sm';

  function body() {
    const link = { relation, quotedPassage: quotedPassage || undefined, note: note || undefined };
    if (chosen) return { ...link, sourceId: chosen.id };
    const described = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim()));
    const names = authors
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    return { ...link, source: { type, authors: names, ...described } };
  }

  return (
    <form
      aria-label="Attach a source"
      className="flex flex-col gap-1.5 rounded border border-stone-300 bg-stone-50 p-2 text-xs"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onAttach(body())) onCancel();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label className="flex flex-col gap-0.5 font-medium">
        Search the library
        <input
          autoFocus
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className={field}
        />
      </label>
      {chosen ? (
        <p>
          Using: <cite className="not-italic">{chosen.citation}</cite>{' '}
          <TextButton onClick={() => setChosen(null)}>Change</TextButton>
        </p>
      ) : (
        <>
          {results && results.length > 0 && (
            <ul aria-label="Library results" className="flex flex-col gap-1">
              {results.map((r) => (
                <li key={r.id}>
                  <TextButton
                    className="text-left"
                    onClick={() => setChosen({ id: r.id, citation: r.citations[style] })}
                  >
                    {r.citations[style]}
                  </TextButton>
                </li>
              ))}
            </ul>
          )}
          {results?.length === 0 && query && (
            <p>Nothing in the library matches; describe it below.</p>
          )}
          <fieldset className="flex flex-col gap-1">
            <legend className="font-medium">Or a new source</legend>
            <label className="flex flex-col gap-0.5">
              Type
              <select value={type} onChange={(e) => setType(e.target.value)} className={field}>
                {TYPES.map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-0.5">
              Authors (one per line, “Family, Given”)
              <textarea
                rows={2}
                value={authors}
                onChange={(e) => setAuthors(e.target.value)}
                className={field}
              />
            </label>
            {FIELDS.map(([key, label]) => (
              <label key={key} className="flex flex-col gap-0.5">
                {label}
                <input
                  value={fields[key] ?? ''}
                  onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
                  className={field}
                />
              </label>
            ))}
          </fieldset>
        </>
      )}
      <label className="flex flex-col gap-0.5 font-medium">
        How it bears on the passage
        <select value={relation} onChange={(e) => setRelation(e.target.value)} className={field}>
          <option value="supports">Supports</option>
          <option value="refutes">Refutes</option>
          <option value="context">Context</option>
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        Quoted passage from the source
        <textarea
          rows={2}
          value={quotedPassage}
          onChange={(e) => setQuotedPassage(e.target.value)}
          className={field}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} className={field} />
      </label>
      <div className="flex gap-1">
        <Button type="submit" pending={busy}>
          Attach source
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
