import { describe, expect, it } from 'vitest';
import { assignmentSettingsInWords } from './assignment-settings-in-words';

const plain = {
  dueAt: '2030-03-01T12:00:00.000Z',
  allowLate: true,
  hideUntilPostCount: 0,
  anonymousToPeers: false,
  prompts: 0,
};

describe('assignmentSettingsInWords', () => {
  it('says nothing for an assignment with every setting off', () => {
    expect(assignmentSettingsInWords(plain)).toEqual([]);
  });

  it('names each setting that is on, and counts reading prompts', () => {
    expect(
      assignmentSettingsInWords({
        ...plain,
        allowLate: false,
        hideUntilPostCount: 2,
        anonymousToPeers: true,
        prompts: 3,
      }),
    ).toEqual([
      'Classmates’ notes hidden until you post 2',
      'Anonymous to peers',
      'No late work',
      '3 reading prompts',
    ]);
    expect(assignmentSettingsInWords({ ...plain, prompts: 1 })).toEqual(['1 reading prompt']);
  });

  it('does not mention late work when nothing is ever due', () => {
    expect(assignmentSettingsInWords({ ...plain, dueAt: null, allowLate: false })).toEqual([]);
  });
});
