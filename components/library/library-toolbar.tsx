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
      <div className="flex flex-col gap-1">
        <label htmlFor="library-scope" className="font-medium">
          Show
        </label>
        <select
          id="library-scope"
          name="scope"
          defaultValue={scope}
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
        >
          <option value="all">All documents</option>
          <option value="mine">Mine</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-sort" className="font-medium">
          Sort by
        </label>
        <select
          id="library-sort"
          name="sort"
          defaultValue={sort}
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
        >
          {q && <option value="relevance">Relevance</option>}
          <option value="updated">Recently updated</option>
          <option value="created">Recently added</option>
          <option value="title">Title</option>
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-accent px-3 py-2 font-medium text-white hover:bg-accent-strong"
      >
        Apply
      </button>
    </form>
  );
}
