/** A CSL-JSON name: a person split into family and given names, or an organisation as one literal. */
export type CslName = { family: string; given?: string } | { literal: string };
