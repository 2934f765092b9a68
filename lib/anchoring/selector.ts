/** W3C Web Annotation TextQuoteSelector: the highlighted text and about 32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into a version's canonical text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A selector the anchoring engine understands. */
export type Selector = TextQuoteSelector | TextPositionSelector;
