import { SelectField } from '@/components/ui/select-field';

/** Search, scope and sort for the library: a plain GET form, so results have a URL. */
export function LibraryToolbar({
  q,
  scope,
  sort,
  courses,
}: {
  q: string;
  scope: string;
  sort: string;
  courses: { id: string; title: string }[];
}) {
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-3 text-sm">
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="library-q" className="font-medium">
          Search titles and text
        </label>
        <input
          id="library-q"
          name="q"
          type="search"
          defaultValue={q}
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
        />
      </div>
      <SelectField
        label="Show"
        name="scope"
        defaultValue={scope}
        options={[
          { value: 'all', label: 'All documents' },
          { value: 'mine', label: 'Mine' },
          ...courses.map((c) => ({ value: c.id, label: c.title })),
        ]}
      />
      <SelectField
        label="Sort by"
        name="sort"
        defaultValue={sort}
        options={[
          ...(q ? [{ value: 'relevance', label: 'Relevance' }] : []),
          { value: 'updated', label: 'Recently updated' },
          { value: 'created', label: 'Recently added' },
          { value: 'title', label: 'Title' },
        ]}
      />
      <button
        type="submit"
        className="rounded-md bg-accent px-3 py-2 font-medium text-white hover:bg-accent-strong"
      >
        Apply
      </button>
    </form>
  );
}
