/** Short phrases for an assignment's settings and reading prompts, as its list entry shows them. */
export function assignmentSettingsInWords(a: {
  dueAt: string | null;
  allowLate: boolean;
  hideUntilPostCount: number;
  anonymousToPeers: boolean;
  prompts: number;
}): string[] {
  return [
    a.hideUntilPostCount > 0 && `Classmates’ notes hidden until you post ${a.hideUntilPostCount}`,
    a.anonymousToPeers && 'Anonymous to peers',
    // Without a due time nothing is ever late, so the setting says nothing yet.
    a.dueAt !== null && !a.allowLate && 'No late work',
    a.prompts > 0 && `${a.prompts} reading ${a.prompts === 1 ? 'prompt' : 'prompts'}`,
  ].filter((phrase): phrase is string => typeof phrase === 'string');
}
