/** What the reader shows until the document's text is drawn. */
export function OpeningDocument() {
  return (
    <p role="status" className="text-stone-600">
      Opening the document…
    </p>
  );
}
