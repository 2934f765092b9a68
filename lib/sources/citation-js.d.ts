// citation-js ships no types; this declares only the parts Scholia calls.
declare module '@citation-js/core' {
  type BibliographyOptions = {
    format: 'text' | 'html';
    template: string;
    lang: string;
  };

  /** A set of CSL-JSON items that can be rendered in many output formats. */
  export class Cite {
    constructor(data: readonly object[]);
    format(name: 'bibliography', options: BibliographyOptions): string;
    format(name: 'bibtex'): string;
    format(name: 'ris', options: { format: 'object' }): Record<string, unknown>[];
  }

  /** The plugin registry; `@csl` holds the citation styles citeproc can use. */
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void };
      };
    };
  };
}
