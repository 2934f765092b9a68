import { Window, type Document } from 'happy-dom';

/**
 * Parses XML or HTML in an inert happy-dom window (no scripts, no loading of anything) and
 * returns what `read` takes from it; the window is closed afterwards.
 */
export function readMarkup<T>(
  markup: string,
  type: 'application/xml' | 'text/html',
  read: (document: Document) => T,
): T {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    return read(new window.DOMParser().parseFromString(markup, type));
  } finally {
    window.happyDOM.abort();
    void window.happyDOM.close();
  }
}
