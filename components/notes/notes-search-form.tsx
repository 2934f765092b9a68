import { SelectField } from '@/components/ui/select-field';

const INPUT = 'rounded-md border border-stone-300 bg-white px-3 py-2';

/** Text, tag, author and document filters for the notes search: a GET form, so results have a URL. */
export function NotesSearchForm({
  q,
  tag,
  author,
  document,
  documents,
}: {
  q: string;
  tag: string;
  author: string;
  document: string;
  documents: { id: string; title: string }[];
}) {
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-3 text-sm">
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="notes-q" className="font-medium">
          Search notes and quotes
        </label>
        <input id="notes-q" name="q" type="search" defaultValue={q} className={INPUT} />
      </div>
      <div className="flex w-32 flex-col gap-1">
        <label htmlFor="notes-tag" className="font-medium">
          Tag
        </label>
        <input id="notes-tag" name="tag" defaultValue={tag} className={INPUT} />
      </div>
      <div className="flex w-40 flex-col gap-1">
        <label htmlFor="notes-author" className="font-medium">
          Author
        </label>
        <input id="notes-author" name="author" defaultValue={author} className={INPUT} />
      </div>
      <SelectField
        label="Document"
        name="document"
        defaultValue={document}
        options={[
          { value: '', label: 'All documents' },
          ...documents.map((d) => ({ value: d.id, label: d.title })),
        ]}
      />
      <button
        type="submit"
        className="rounded-md bg-accent px-3 py-2 font-medium text-white hover:bg-accent-strong"
      >
        Search
      </button>
    </form>
  );
}
